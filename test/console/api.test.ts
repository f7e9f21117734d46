import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { createOfficer } from "../../src/console/auth/create-officer.js";
import { eventually, type TestContext } from "../support/test-app.js";
import { openCase, PASSWORD, signIn, useConsoleApp, type SeededOfficer } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let officers: SeededOfficer[];
const officerOf = (agencyId: string) => officers.find((o) => o.agencyId === agencyId)!;

/** A response body never carries a stack trace or an internal error name. */
function expectCleanError(body: string) {
  expect(body).not.toMatch(/\bat .+\(.+:\d+:\d+\)|node_modules|Error:|stack/);
}

useConsoleApp(
  { bots: true, officers: { tag: "api", roles: { "BP3MI-LA": "SUPERVISOR" } } },
  (started) => ({ ctx, app, officers } = started),
);

describe("accounts and sessions", () => {
  it("signs in with a hashed password and sets an httpOnly, SameSite=Strict session cookie", async () => {
    const row = await ctx.db.officer.findUniqueOrThrow({ where: { username: officerOf("BP3MI-LA").username } });
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
    const res = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: officerOf("BP3MI-LA").username.toUpperCase(), password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === "pmi_sesi")!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Strict");
    expect(cookie.path).toBe("/");
    expect(res.json()).toMatchObject({ role: "SUPERVISOR", agency: { id: "BP3MI-LA" } });
    expect(res.body).not.toContain("passwordHash");
  });

  it("refuses a wrong password or an unknown user with the same Indonesian message", async () => {
    const wrong = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: officerOf("BP3MI-JK").username, password: "salah-sekali-123" },
    });
    const unknown = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "tidak-ada", password: "salah-sekali-123" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toBe("Nama pengguna atau kata sandi salah.");
    expect(unknown.json().error).toBe(wrong.json().error);
  });

  it("answers 401 without a session, and after logout the old cookie no longer works", async () => {
    const anonymous = await app.inject({ method: "GET", url: "/api/cases" });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error).toMatch(/Silakan masuk/);
    const client = await signIn(app, officerOf("BP3MI-JK").username);
    expect((await client.get("/api/cases")).statusCode).toBe(200);
    expect((await client.post("/api/auth/logout")).statusCode).toBe(200);
    expect((await client.get("/api/cases")).statusCode).toBe(401);
  });

  it("changes a password: the old one stops working, other sessions end, short passwords are refused", async () => {
    const { username } = await createOfficer(ctx.db, {
      username: "api-ganti-sandi",
      name: "Petugas Ganti Sandi",
      agencyId: "DINSOS-JK",
      role: "OFFICER",
      password: PASSWORD,
    });
    const first = await signIn(app, username);
    const second = await signIn(app, username);
    const wrongOld = await second.post("/api/auth/password", { currentPassword: "bukan-ini-123", newPassword: "kata-sandi-baru-456" });
    expect(wrongOld.statusCode).toBe(400);
    expect(wrongOld.json().error).toBe("Kata sandi lama salah.");
    const tooShort = await second.post("/api/auth/password", { currentPassword: PASSWORD, newPassword: "pendek" });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error).toMatch(/minimal 10 karakter/);
    expect((await second.post("/api/auth/password", { currentPassword: PASSWORD, newPassword: "kata-sandi-baru-456" })).statusCode).toBe(
      200,
    );
    expect((await first.get("/api/auth/me")).statusCode).toBe(401);
    expect((await second.get("/api/auth/me")).statusCode).toBe(200);
    await expect(signIn(app, username)).rejects.toThrow(/401/);
    await signIn(app, username, "kata-sandi-baru-456");
  });

  it("rejects state-changing requests without the session's CSRF token, and changes nothing", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const missing = await app.inject({
      method: "POST",
      url: `/api/cases/${c.id}/notes`,
      headers: { cookie: client.headers.cookie },
      payload: { text: "catatan" },
    });
    const forged = await app.inject({
      method: "POST",
      url: `/api/cases/${c.id}/notes`,
      headers: { cookie: client.headers.cookie, "x-csrf-token": "palsu" },
      payload: { text: "catatan" },
    });
    expect(missing.statusCode).toBe(403);
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error).toMatch(/Token keamanan \(CSRF\) tidak valid/);
    expect(await ctx.db.caseEvent.count({ where: { caseId: c.id, type: "NOTE" } })).toBe(0);
    expect((await client.post(`/api/cases/${c.id}/notes`, { text: "catatan" })).statusCode).toBe(201);
  });
});

describe("access control matrix", () => {
  it("lets an officer of every seeded agency open exactly the cases their agency is party to; the national level sees all", async () => {
    const cases = [
      await openCase(ctx, { regionId: "ID-JK", kind: "GAJI" }),
      await openCase(ctx, { regionId: "ID-JK", kind: "TERLANTAR" }),
      await openCase(ctx, { regionId: "ID-JK", kind: "KESEHATAN" }),
      await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", extraKinds: ["TERLANTAR"] }),
      await openCase(ctx, { regionId: "ID-LA", kind: "KESEHATAN" }),
      await openCase(ctx, { regionId: "KAB-PEKALONGAN", kind: "DOKUMEN_DITAHAN" }),
      await openCase(ctx, { regionId: "KAB-ASAHAN", kind: "GAGAL_BERANGKAT" }),
      await openCase(ctx, { regionId: "ID-JB", kind: "PENIPUAN_LOWONGAN" }),
      await openCase(ctx, { regionId: null, kind: "LAINNYA" }),
    ];
    // Agencies no routing rule names join one case as supporters, so every agency is party to something.
    // Adding parties takes a supervisor of the lead agency.
    await createOfficer(ctx.db, {
      username: "api-supervisor-bp3mi-jk",
      name: "Supervisor BP3MI-JK",
      agencyId: "BP3MI-JK",
      role: "SUPERVISOR",
      password: PASSWORD,
    });
    const bp3miJk = await signIn(app, "api-supervisor-bp3mi-jk");
    for (const agencyId of ["DISDIK-JK", "DPMPTSP-JK", "DISKOMINFOTIK-JK"]) {
      expect((await bp3miJk.post(`/api/cases/${cases[0]!.id}/parties`, { agencyId, reason: "Koordinasi" })).statusCode).toBe(201);
    }
    const bp3miLa = await signIn(app, officerOf("BP3MI-LA").username);
    for (const agencyId of ["DISDIKBUD-LA", "DPMPTSP-LA", "DISKOMINFO-LA"]) {
      expect((await bp3miLa.post(`/api/cases/${cases[3]!.id}/parties`, { agencyId, reason: "Koordinasi" })).statusCode).toBe(201);
    }
    const parties = await ctx.db.caseAgency.findMany({
      where: { caseId: { in: cases.map((c) => c.id) } },
      select: { caseId: true, agencyId: true },
    });
    const agencies = await ctx.db.agency.findMany({ select: { id: true, kind: true } });
    expect(agencies.length).toBeGreaterThanOrEqual(17);
    let allowed = 0;
    for (const agency of agencies) {
      const client = await signIn(app, officerOf(agency.id).username);
      const inbox = (await client.get("/api/cases?status=all&pageSize=100")).json() as { cases: { id: string }[] };
      for (const c of cases) {
        const party = agency.kind === "NATIONAL" || parties.some((p) => p.caseId === c.id && p.agencyId === agency.id);
        const detail = await client.get(`/api/cases/${c.id}`);
        const thread = await client.get(`/api/cases/${c.id}/messages`);
        const note = await client.post(`/api/cases/${c.id}/notes`, { text: `uji akses ${agency.id}` });
        const expected = party ? [200, 200, 201] : [404, 404, 404];
        expect([detail.statusCode, thread.statusCode, note.statusCode], `${agency.id} → case ${c.ticket}`).toEqual(expected);
        if (!party) expect(detail.json().error).toBe("Kasus tidak ditemukan.");
        if (agency.kind !== "NATIONAL")
          expect(
            inbox.cases.some((row) => row.id === c.id),
            `${agency.id} inbox → ${c.ticket}`,
          ).toBe(party);
        if (party) allowed++;
      }
    }
    // Sanity: the matrix has both outcomes for non-national agencies.
    expect(allowed).toBeGreaterThan(cases.length);
    expect(allowed).toBeLessThan(cases.length * agencies.length);
    // Every agency's officer saw at least one case.
    for (const agency of agencies)
      expect(parties.some((p) => p.agencyId === agency.id) || agency.kind === "NATIONAL", agency.id).toBe(true);
    // One sign-in per agency, each a scrypt check at the production cost: slow on a shared machine.
  }, 180_000);

  it("answers 404 for ids that are not case ids, and 404 for attachments of cases out of reach", async () => {
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    for (const url of ["/api/cases/123", "/api/cases/00000000-0000-0000-0000-000000000000", "/api/cases/%27%20OR%201=1--"]) {
      const res = await client.get(url);
      expect(res.statusCode, url).toBe(404);
      expectCleanError(res.body);
    }
  });
});

describe("bad input", () => {
  it("answers malformed, invalid and oversized requests with clear Indonesian messages and no stack trace", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const malformed = await app.inject({
      method: "POST",
      url: `/api/cases/${c.id}/notes`,
      headers: { ...client.headers, "content-type": "application/json" },
      payload: "{ ini bukan json",
    });
    expect(malformed.statusCode).toBe(400);
    expectCleanError(malformed.body);
    const invalidStatus = await client.post(`/api/cases/${c.id}/status`, { to: "HILANG" });
    expect(invalidStatus.statusCode).toBe(400);
    expect(invalidStatus.json().error).toMatch(/^Permintaan tidak valid/);
    const empty = await client.post(`/api/cases/${c.id}/reply`, { text: "   " });
    expect(empty.statusCode).toBe(400);
    const badQuery = await client.get("/api/cases?pageSize=100000&urgency=PANIK");
    expect(badQuery.statusCode).toBe(400);
    const huge = await client.post(`/api/cases/${c.id}/reply`, { text: "x".repeat(100_000) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error).toBe("Ukuran data terlalu besar.");
    const unknownAgency = await client.post(`/api/cases/${c.id}/refer`, { agencyId: "DINAS-FIKTIF", reason: "uji" });
    expect(unknownAgency.statusCode).toBe(400);
    expect(unknownAgency.json().error).toBe("Instansi tujuan tidak dikenal.");
    for (const res of [invalidStatus, empty, badQuery, huge, unknownAgency]) expectCleanError(res.body);
    expect(await ctx.db.message.count({ where: { caseId: c.id, direction: "OUT" } })).toBe(0);
  });

  it("returns names and messages containing HTML as plain data, unchanged", async () => {
    const payload = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", workerName: payload, description: payload });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const detail = await client.get(`/api/cases/${c.id}`);
    expect(detail.headers["content-type"]).toMatch(/application\/json/);
    expect(detail.json().worker.name).toBe(payload);
    expect(detail.headers["content-security-policy"]).toMatch(/script-src 'self'/);
  });
});

describe("inbox", () => {
  it("puts emergencies first, then the nearest deadline, and filters and searches", async () => {
    const supervisor = await signIn(app, officerOf("BP3MI-LA").username);
    const ago = (hours: number) => new Date(Date.now() - hours * 3600_000);
    const normalOld = await openCase(ctx, {
      regionId: "ID-LA",
      kind: "GAJI",
      now: ago(24 * 30),
      workerName: "Sumiyati Inbox",
      reporterPhone: "+6281234567890",
    });
    const normalNew = await openCase(ctx, { regionId: "ID-LA", kind: "OVERCHARGING", workerName: "Karyo Inbox" });
    const emergency = await openCase(ctx, { regionId: "ID-LA", kind: "TPPO", urgency: "EMERGENCY" });
    for (const c of [normalOld, normalNew, emergency]) expect((await supervisor.post(`/api/cases/${c.id}/claim`)).statusCode).toBe(200);
    const mine = (await supervisor.get("/api/cases?assigned=me")).json() as {
      total: number;
      cases: { id: string; sla: { overdue: boolean } }[];
    };
    expect(mine.cases.map((c) => c.id)).toEqual([emergency.id, normalOld.id, normalNew.id]);
    expect(mine.total).toBe(3);
    expect(mine.cases[1]!.sla.overdue).toBe(true);

    const ids = async (query: string) =>
      ((await supervisor.get(`/api/cases?assigned=me&${query}`)).json() as { cases: { id: string }[] }).cases.map((c) => c.id);
    expect(await ids("urgency=EMERGENCY")).toEqual([emergency.id]);
    expect(await ids("kind=OVERCHARGING")).toEqual([normalNew.id]);
    expect(await ids("overdue=true")).toEqual([normalOld.id]);
    expect(await ids("region=ID-LA&channel=SIMULATOR")).toHaveLength(3);
    expect(await ids("channel=WHATSAPP")).toEqual([]);
    expect(await ids("q=karyo")).toEqual([normalNew.id]);
    expect(await ids(`q=${normalOld.ticket.toLowerCase()}`)).toEqual([normalOld.id]);
    expect(await ids("q=0812-3456")).toEqual([normalOld.id]);
    const page2 = (await supervisor.get("/api/cases?assigned=me&pageSize=2&page=2")).json() as { total: number; cases: { id: string }[] };
    expect(page2.total).toBe(3);
    expect(page2.cases.map((c) => c.id)).toEqual([normalNew.id]);
    const unassigned = await supervisor.get("/api/cases?assigned=unassigned&pageSize=100");
    expect((unassigned.json() as { cases: { id: string }[] }).cases.some((c) => c.id === emergency.id)).toBe(false);
  });
});

describe("case page and actions", () => {
  it("masks phone, passport and NIK until revealed, and audits each reveal", async () => {
    const c = await openCase(ctx, {
      regionId: "ID-LA",
      kind: "DOKUMEN_DITAHAN",
      reporterPhone: "+6281234567789",
      details: { workerPhone: "081298765432", passportNumber: "C1234567", nik: "1871012345670001" },
    });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const detail = (await client.get(`/api/cases/${c.id}`)).json();
    expect(detail.reporter.phone).toBe("+62 812-****-789");
    expect(detail.worker.phone).toBe("0812-****-432");
    expect(detail.worker.passportNumber).toBe("C1****67");
    expect(detail.worker.nik).toBe("18************01");
    expect(JSON.stringify(detail)).not.toContain("1871012345670001");
    const revealed = await client.post(`/api/cases/${c.id}/reveal`, { field: "nik" });
    expect(revealed.json()).toEqual({ field: "nik", value: "1871012345670001" });
    const audit = await ctx.db.caseEvent.findMany({ where: { caseId: c.id, type: "REVEAL_PII" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.officerId).toBe(client.me.id);
    expect(audit[0]!.data).toEqual({ field: "nik" });
  });

  it("sends a reply on the reporter's channel, keeps notes internal, and records both", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    expect((await client.post(`/api/cases/${c.id}/notes`, { text: "Hubungi agen besok pagi" })).statusCode).toBe(201);
    const sent = await client.post(`/api/cases/${c.id}/reply`, { text: "Mohon kirim foto kontrak kerja Bapak/Ibu." });
    expect(sent.statusCode).toBe(202);
    const delivered = await eventually(
      () => ctx.db.message.findFirst({ where: { caseId: c.id, direction: "OUT", state: "SENT" } }),
      10_000,
      "reply delivered",
    );
    expect(delivered.text).toContain("Mohon kirim foto kontrak kerja");
    expect(delivered.text).toContain(c.ticket);
    expect(delivered.conversationId).toBe(c.conversationId);
    expect(await ctx.db.message.count({ where: { caseId: c.id, direction: "OUT" } })).toBe(1);
    const events = (await client.get(`/api/cases/${c.id}/events`)).json().events as {
      type: string;
      officerName: string | null;
      note: string | null;
    }[];
    expect(events.map((e) => e.type)).toEqual(["CREATED", "NOTE", "REPLY"]);
    expect(events[1]).toMatchObject({ officerName: "Petugas BP3MI-LA", note: "Hubungi agen besok pagi" });
    const thread = (await client.get(`/api/cases/${c.id}/messages`)).json().messages as { direction: string; officerName: string | null }[];
    expect(thread.at(-1)).toMatchObject({ direction: "OUT", officerName: "Petugas BP3MI-LA" });
    const caseRow = await ctx.db.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(caseRow.firstRespondedAt).not.toBeNull();
  });

  it("changes status only along allowed transitions, tells the reporter in Indonesian, and only the lead agency may", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const lead = await signIn(app, officerOf("BP3MI-LA").username);
    const support = await signIn(app, officerOf("DISNAKER-LA").username);
    const bySupport = await support.post(`/api/cases/${c.id}/status`, { to: "DITANGANI" });
    expect(bySupport.statusCode).toBe(403);
    expect(bySupport.json().error).toMatch(/penanggung jawab utama/);
    const ok = await lead.post(`/api/cases/${c.id}/status`, { to: "DITANGANI", note: "Kami menghubungi agen" });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ from: "DITERIMA", to: "DITANGANI" });
    const refused = await lead.post(`/api/cases/${c.id}/status`, { to: "DITERIMA" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toBe('Status tidak dapat diubah dari "Ditangani" ke "Diterima".');
    const message = await eventually(
      () => ctx.db.message.findFirst({ where: { caseId: c.id, direction: "OUT", kind: "status", state: "SENT" } }),
      10_000,
      "status message",
    );
    expect(message.text).toContain(`Kabar pengaduan ${c.ticket}: statusnya sekarang Ditangani`);
    expect(message.text).toContain("Catatan petugas: Kami menghubungi agen");
    const event = await ctx.db.caseEvent.findFirstOrThrow({ where: { caseId: c.id, type: "STATUS_CHANGED" } });
    expect(event).toMatchObject({ fromStatus: "DITERIMA", toStatus: "DITANGANI", officerId: lead.me.id, agencyId: "BP3MI-LA" });
  });

  it("refers a case: the dinas becomes lead and sees it at once, with a notice; the reporter is told", async () => {
    const c = await openCase(ctx, { regionId: "ID-JK", kind: "GAJI" });
    const bp3mi = await signIn(app, officerOf("BP3MI-JK").username);
    const dinsos = await signIn(app, officerOf("DINSOS-JK").username);
    expect((await dinsos.get(`/api/cases/${c.id}`)).statusCode).toBe(404);
    const res = await bp3mi.post(`/api/cases/${c.id}/refer`, { agencyId: "DINSOS-JK", reason: "PMI terlantar, perlu rehabilitasi sosial" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ stillVisible: true, previousLeadId: "BP3MI-JK" });
    const inbox = (await dinsos.get("/api/cases?pageSize=100")).json() as { cases: { id: string; status: string }[] };
    expect(inbox.cases.find((x) => x.id === c.id)?.status).toBe("DIRUJUK");
    const detail = (await dinsos.get(`/api/cases/${c.id}`)).json();
    expect(detail.parties.map((p: { agencyId: string; role: string }) => [p.agencyId, p.role])).toEqual(
      expect.arrayContaining([
        ["DINSOS-JK", "LEAD"],
        ["BP3MI-JK", "SUPPORT"],
      ]),
    );
    expect(detail.canSteer).toBe(true);
    const notices = (await dinsos.get("/api/notifications")).json();
    expect(notices.notifications[0].text).toContain(c.ticket);
    const told = await eventually(
      () => ctx.db.message.findFirst({ where: { caseId: c.id, direction: "OUT", state: "SENT" } }),
      10_000,
      "referral message",
    );
    expect(told.text).toContain("dirujuk ke Dinas Sosial Provinsi DKI Jakarta");
    const event = await ctx.db.caseEvent.findFirstOrThrow({ where: { caseId: c.id, type: "REFERRED" } });
    expect(event).toMatchObject({ officerId: bp3mi.me.id, note: "PMI terlantar, perlu rehabilitasi sosial", toStatus: "DIRUJUK" });
    // The former lead can no longer steer the case.
    expect((await bp3mi.post(`/api/cases/${c.id}/status`, { to: "DITANGANI" })).statusCode).toBe(403);
  });

  it("claims and assigns: officers claim for themselves, only supervisors assign others", async () => {
    const c = await openCase(ctx, { regionId: "ID-JK", kind: "GAJI" });
    const officer = await signIn(app, officerOf("BP3MI-JK").username);
    const other = await ctx.db.officer.findFirstOrThrow({ where: { agencyId: "BP3MI-LA" } });
    expect((await officer.post(`/api/cases/${c.id}/assign`, { officerId: other.id })).statusCode).toBe(403);
    expect((await officer.post(`/api/cases/${c.id}/claim`)).statusCode).toBe(200);
    const detail = (await officer.get(`/api/cases/${c.id}`)).json();
    expect(detail.assignedOfficer.id).toBe(officer.me.id);
    const event = await ctx.db.caseEvent.findFirstOrThrow({ where: { caseId: c.id, type: "ASSIGNED" } });
    expect(event).toMatchObject({ officerId: officer.me.id, data: { from: null, to: officer.me.id } });
  });

  it("merges a duplicate into another case: it closes, keeps its history, and its reporter waits for the surviving case's reporter's consent", async () => {
    const keep = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const duplicate = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    await client.post(`/api/cases/${duplicate.id}/notes`, { text: "sama dengan kasus lain" });
    const self = await client.post(`/api/cases/${duplicate.id}/merge`, { intoTicket: duplicate.ticket });
    expect(self.statusCode).toBe(409);
    const res = await client.post(`/api/cases/${duplicate.id}/merge`, { intoTicket: keep.ticket, reason: "Pelapor sama" });
    expect(res.statusCode).toBe(200);
    const row = await ctx.db.case.findUniqueOrThrow({ where: { id: duplicate.id } });
    expect(row).toMatchObject({ mergedIntoId: keep.id, status: "DITUTUP" });
    expect(await ctx.db.caseEvent.count({ where: { caseId: duplicate.id, type: "NOTE" } })).toBe(1);
    const told = await eventually(
      () => ctx.db.message.findFirst({ where: { caseId: duplicate.id, direction: "OUT", state: "SENT" } }),
      10_000,
      "merge message",
    );
    // Another person's case: its ticket is shared only once that case's reporter agrees (a follow request).
    expect(told.text).not.toContain(keep.ticket);
    expect(told.text).toContain("Kami meminta izin pelapor pengaduan tersebut");
    expect((await client.get(`/api/cases/${keep.id}/events`)).json().events.map((e: { type: string }) => e.type)).toContain("MERGED_FROM");
    expect((await client.post(`/api/cases/${duplicate.id}/status`, { to: "DITANGANI" })).statusCode).toBe(409);
  });
});

describe("reports and agreements", () => {
  it("counts cases per kind, region, channel and status for a period, with medians and SLA compliance; the CSV has the same numbers", async () => {
    // A quiet period no other test writes to: March 2025 (cases created "then").
    const at = (day: number, hour = 3) => new Date(Date.UTC(2025, 2, day, hour));
    const a = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", now: at(3) });
    const b = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", now: at(4) });
    const e = await openCase(ctx, { regionId: "ID-LA", kind: "TPPO", urgency: "EMERGENCY", now: at(5) });
    await openCase(ctx, { regionId: "ID-JK", kind: "GAJI", now: at(6) }); // another agency's case
    // a: answered after 2 h and resolved after 48 h (in time); b: answered late and still open.
    await ctx.db.case.update({ where: { id: a.id }, data: { firstRespondedAt: at(3, 5), resolvedAt: at(5, 3), status: "SELESAI" } });
    await ctx.db.case.update({ where: { id: b.id }, data: { firstRespondedAt: at(28), status: "DITANGANI" } });
    void e;
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const report = (await client.get("/api/reports?from=2025-03-01&to=2025-03-31")).json();
    expect(report.agency.id).toBe("BP3MI-LA");
    expect(report.total).toBe(3);
    expect(report.resolved).toBe(1);
    expect(report.byKind).toEqual([
      { key: "GAJI", label: "Gaji tidak dibayar / dipotong", cases: 2, resolved: 1 },
      { key: "TPPO", label: "Perdagangan orang / disekap / kerja paksa", cases: 1, resolved: 0 },
    ]);
    expect(report.byRegion).toEqual([{ key: "ID-LA", label: "Provinsi Lampung", cases: 3, resolved: 1 }]);
    expect(report.byChannel).toEqual([{ key: "SIMULATOR", label: "Simulator", cases: 3, resolved: 1 }]);
    expect(report.byStatus.map((s: { key: string; cases: number }) => [s.key, s.cases])).toEqual([
      ["DITANGANI", 1],
      ["DITERIMA", 1],
      ["SELESAI", 1],
    ]);
    expect(report.medianFirstResponseHours).toBe(289); // median of 2 h and 576 h
    expect(report.medianResolutionHours).toBe(48);
    expect(report.firstResponse).toEqual({ met: 1, breached: 2, compliance: 1 / 3 });
    expect(report.resolution.met).toBe(1);
    expect(report.resolution.breached).toBe(2);

    const csv = await client.get("/api/reports.csv?from=2025-03-01&to=2025-03-31");
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    const rows = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((l) => l.split(","));
    const row = (section: string, key: string) => rows.find((r) => r[0] === section && r[1] === key);
    expect(row("Ringkasan", "TOTAL")?.slice(3)).toEqual([String(report.total), String(report.resolved)]);
    for (const k of report.byKind) expect(row("Jenis", k.key)?.slice(3)).toEqual([String(k.cases), String(k.resolved)]);
    for (const s of report.byStatus) expect(row("Status", s.key)?.slice(3)).toEqual([String(s.cases), String(s.resolved)]);
    expect(row("Waktu", "MEDIAN_RESPON_JAM")?.[3]).toBe("289");
    expect(row("SLA", "RESPON_KEPATUHAN_PERSEN")?.[3]).toBe("33.3");

    expect((await client.get("/api/reports?agencyId=BP3MI-JK&from=2025-03-01&to=2025-03-31")).statusCode).toBe(403);
    const national = await signIn(app, officerOf("KP2MI").username);
    const all = (await national.get("/api/reports?agencyId=all&from=2025-03-01&to=2025-03-31")).json();
    expect(all.total).toBe(4);
    expect((await national.get("/api/reports?from=2025-03-31&to=2025-03-01")).statusCode).toBe(400);
  });

  it("lists the agreements with number, date and term, and which are in force", async () => {
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const { agreements } = (await client.get("/api/agreements")).json() as {
      agreements: { id: string; numbers: string[]; signedOn: string; endsOn: string; inForce: boolean }[];
    };
    const byId = Object.fromEntries(agreements.map((a) => [a.id, a]));
    expect(byId["MOU-LAMPUNG-2025"]).toMatchObject({ signedOn: "2025-07-30", endsOn: "2030-07-30", inForce: true });
    expect(byId["MOU-DKI-2025"]).toMatchObject({ numbers: ["MoU.4/02.01/KS.01/1/2025", "2 Tahun 2025"], endsOn: "2026-01-20" });
    expect(byId["MOU-ASAHAN-2021"]!.inForce).toBe(false);
  });

  it("shows supervisors the workload per officer and overdue cases; officers may not", async () => {
    const supervisor = await signIn(app, officerOf("BP3MI-LA").username);
    const res = (await supervisor.get("/api/supervision")).json();
    const me = res.officers.find((o: { id: string }) => o.id === supervisor.me.id);
    expect(me.open).toBeGreaterThanOrEqual(3);
    expect(me.overdue).toBeGreaterThanOrEqual(1);
    expect(res.overdue.length).toBeGreaterThanOrEqual(1);
    const officer = await signIn(app, officerOf("DISNAKER-LA").username);
    expect((await officer.get("/api/supervision")).statusCode).toBe(403);
  });
});

describe("operations", () => {
  it("lists outbound messages that failed after their last try and sends one again", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const failed = await ctx.db.message.create({
      data: {
        channel: "SIMULATOR",
        conversationId: c.conversationId,
        caseId: c.id,
        direction: "OUT",
        text: "Pesan uji",
        state: "FAILED",
        attempts: 8,
        error: "socket closed",
      },
    });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const list = (await client.get("/api/operations/failed-messages")).json();
    expect(list.messages.find((m: { id: string }) => m.id === failed.id)).toMatchObject({ ticket: c.ticket, error: "socket closed" });
    const outsider = await signIn(app, officerOf("BP3MI-JK").username);
    expect((await outsider.post(`/api/operations/failed-messages/${failed.id}/retry`)).statusCode).toBe(404);
    expect((await client.post(`/api/operations/failed-messages/${failed.id}/retry`)).statusCode).toBe(202);
    await eventually(
      async () => (await ctx.db.message.findUniqueOrThrow({ where: { id: failed.id } })).state === "SENT",
      10_000,
      "retried message sent",
    );
    expect(await ctx.db.caseEvent.count({ where: { caseId: c.id, type: "MESSAGE_RETRY", officerId: client.me.id } })).toBe(1);
    expect((await client.post(`/api/operations/failed-messages/${failed.id}/retry`)).statusCode).toBe(404);
  });

  it("lists outbound messages waiting in the queue for more than a minute, with their age, to officers who may see them", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    // WHATSAPP: no bot of that channel runs in this suite, so the rows stay QUEUED.
    const queued = (text: string, ageMs: number) =>
      ctx.db.message.create({
        data: {
          channel: "WHATSAPP",
          conversationId: c.conversationId,
          caseId: c.id,
          direction: "OUT",
          text,
          state: "QUEUED",
          createdAt: new Date(Date.now() - ageMs),
        },
      });
    const stuck = await queued("Pesan tertahan", 5 * 60_000);
    const fresh = await queued("Pesan baru", 5_000);
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const { messages } = (await client.get("/api/operations/queued-messages")).json() as {
      messages: { id: string; ticket: string; ageSeconds: number }[];
    };
    const listed = messages.find((m) => m.id === stuck.id);
    expect(listed).toMatchObject({ ticket: c.ticket });
    expect(listed!.ageSeconds).toBeGreaterThanOrEqual(300);
    expect(messages.some((m) => m.id === fresh.id)).toBe(false);
    const outsider = await signIn(app, officerOf("BP3MI-JK").username);
    expect((await outsider.get("/api/operations/queued-messages")).json().messages.some((m: { id: string }) => m.id === stuck.id)).toBe(
      false,
    );
  });

  it("shows the national level the Telegram updates parked after repeated failures, and no one else", async () => {
    const row = await ctx.db.telegramParkedUpdate.create({
      data: { updateId: 987654321n, update: { update_id: 987654321 }, error: "cannot be stored" },
    });
    const national = await signIn(app, officerOf("KP2MI").username);
    const { updates } = (await national.get("/api/operations/parked-updates")).json() as {
      updates: { id: string; updateId: string; error: string }[];
    };
    expect(updates.find((u) => u.id === row.id)).toMatchObject({ updateId: "987654321", error: "cannot be stored" });
    const regional = await signIn(app, officerOf("BP3MI-LA").username);
    expect((await regional.get("/api/operations/parked-updates")).json()).toEqual({ updates: [] });
    await ctx.db.telegramParkedUpdate.delete({ where: { id: row.id } });
  });

  it("shows channel connection status", async () => {
    await ctx.db.channelStatus.upsert({
      where: { id: "whatsapp:uji" },
      create: { id: "whatsapp:uji", channel: "WHATSAPP", state: "open" },
      update: { state: "open" },
    });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const { channels } = (await client.get("/api/operations/channels")).json();
    expect(channels).toEqual(expect.arrayContaining([expect.objectContaining({ id: "whatsapp:uji", channel: "WHATSAPP", state: "open" })]));
  });
});

describe("API description", () => {
  it("publishes an OpenAPI document of the /api routes", async () => {
    const res = await app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      "/api/auth/login",
      "/api/cases",
      "/api/cases/{id}",
      "/api/cases/{id}/refer",
      "/api/reports",
      "/api/operations/failed-messages",
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.paths["/api/cases/{id}/status"].post.requestBody).toBeDefined();
  });
});
