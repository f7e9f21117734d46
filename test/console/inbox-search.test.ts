import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { anonymiseCases } from "../../src/cases/anonymise-personal-data.js";
import type { Officer } from "../../src/console/auth/sessions.js";
import { queryInbox } from "../../src/store/inbox-query.js";
import { SimulatedChat } from "../support/simulated-chat.js";
import { eventually, type TestContext } from "../support/test-app.js";
import { openCase, signIn, useConsoleApp, type SeededOfficer } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let officers: SeededOfficer[];
const officerOf = (agencyId: string) => officers.find((o) => o.agencyId === agencyId)!;

interface InboxBody {
  total: number;
  totalExact: boolean;
  cases: {
    id: string;
    awaitingReplySince: string | null;
    destinationCountry: string | null;
    phaseLabel: string | null;
    lastMessage: { text: string; fromOfficer: boolean } | null;
  }[];
}

useConsoleApp({ workers: true, officers: { tag: "cari" } }, (started) => ({ ctx, app, officers } = started));

describe("inbox search", () => {
  it("finds a case by any part of the worker's or the reporter's phone, however it was written, and by its ticket in any form", async () => {
    const byWorkerPhone = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", details: { workerPhone: "0813-9191-4242" } });
    const byReporterPhone = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", reporterPhone: "+62 857 7373 9876" });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const ids = async (q: string) =>
      ((await client.get(`/api/cases?status=all&q=${encodeURIComponent(q)}`)).json() as InboxBody).cases.map((c) => c.id);

    expect(await ids("91914242")).toEqual([byWorkerPhone.id]);
    expect(await ids("+62 813 9191 42")).toEqual([byWorkerPhone.id]);
    expect(await ids("13-9191-42")).toEqual([byWorkerPhone.id]);
    expect(await ids("0857-7373-98")).toEqual([byReporterPhone.id]);
    expect(await ids("73739876")).toEqual([byReporterPhone.id]);
    const code = byWorkerPhone.ticket.slice(4);
    expect(await ids(`pmi ${code.slice(0, 3)} ${code.slice(3)}`.toLowerCase())).toEqual([byWorkerPhone.id]);
    expect(await ids(code)).toEqual([byWorkerPhone.id]);
    // Another agency's officer finds nothing: the search keeps the access rule.
    const other = await signIn(app, officerOf("BP3MI-JK").username);
    expect(((await other.get("/api/cases?status=all&q=91914242")).json() as InboxBody).cases).toEqual([]);
  });

  it("finds cases by the reporter's name and the worker's name, with the kind filter matching extra kinds too", async () => {
    const mixed = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", extraKinds: ["KEKERASAN"], reporterName: "Wartinah Pencarian" });
    const worker = await openCase(ctx, { regionId: "ID-LA", kind: "KEKERASAN", workerName: "Sukinah Wartinah" });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const ids = async (query: string) =>
      ((await client.get(`/api/cases?status=all&${query}`)).json() as InboxBody).cases.map((c) => c.id).sort();

    expect(await ids("q=wartinah")).toEqual([mixed.id, worker.id].sort());
    expect(await ids("q=wartinah&kind=KEKERASAN")).toEqual([mixed.id, worker.id].sort());
    expect(await ids("q=wartinah&kind=GAJI")).toEqual([mixed.id]);
    expect(await ids("q=pencarian")).toEqual([mixed.id]);
    expect(await ids("q=wartinah&kind=TPPO")).toEqual([]);
  });

  it("tells a search page whether another page follows instead of counting every match", async () => {
    const opened = [];
    for (let i = 0; i < 3; i++) opened.push(await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", workerName: `Larasati Halaman ${i}` }));
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const page = async (n: number) =>
      (await client.get(`/api/cases?status=all&q=larasati%20halaman&pageSize=2&page=${n}`)).json() as InboxBody;

    const first = await page(1);
    expect(first).toMatchObject({ total: 2, totalExact: false });
    expect(first.cases).toHaveLength(2);
    const second = await page(2);
    expect(second).toMatchObject({ total: 3, totalExact: true });
    expect(second.cases).toHaveLength(1);
    expect([...first.cases, ...second.cases].map((c) => c.id).sort()).toEqual(opened.map((c) => c.id).sort());
    expect(await page(3)).toMatchObject({ total: 3, totalExact: true, cases: [] });
  });

  it("counts a long list only up to the cap and then says there are more", async () => {
    const la = officerOf("BP3MI-LA");
    const officer: Officer = {
      id: la.id,
      username: la.username,
      name: "Petugas",
      role: "OFFICER",
      agencyId: la.agencyId,
      agencyName: "BP3MI Lampung",
      agencyKind: la.agencyKind,
      sessionId: "-",
      csrfToken: "-",
    };
    for (let i = 0; i < 3; i++) {
      const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
      await ctx.db.case.update({ where: { id: c.id }, data: { assignedOfficerId: la.id } });
    }
    const filter = { status: "all", assigned: "me" as const, page: 1, pageSize: 2 };
    expect(await queryInbox(ctx.db, officer, filter, new Date(), 2)).toMatchObject({ total: 2, totalExact: false });
    expect(await queryInbox(ctx.db, officer, filter, new Date(), 3)).toMatchObject({ total: 3, totalExact: true });
    // Further pages count further: page 2 starts after the first two.
    expect(await queryInbox(ctx.db, officer, { ...filter, page: 2 }, new Date(), 2)).toMatchObject({ total: 3, totalExact: true });
  });
});

/**
 * Cases of these tests are opened years ahead: the history (status=all) reads newest first, so
 * they lead the list whatever other test files put in the shared database.
 */
let ahead = 0;
const future = () => new Date(Date.UTC(2031, 0, 1) + ++ahead * 60_000 + Math.floor(Math.random() * 1e9));

describe("full-text search", () => {
  it("finds cases by a word of the story (as a prefix), by a later message, and by the country, never another agency's", async () => {
    const story = await openCase(ctx, {
      regionId: "ID-LA",
      kind: "PENIPUAN_LOWONGAN",
      now: future(),
      description: "Agensinya bernama Cakrawijaya menahan paspor saya dan gajinya dipotong",
    });
    const country = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", now: future(), description: "gaji belum dibayar tiga bulan" });
    await ctx.db.case.update({ where: { id: country.id }, data: { destinationCountry: "Malaysia", phase: "SEDANG_BEKERJA" } });
    await ctx.db.case.update({ where: { id: story.id }, data: { destinationCountry: "Taiwan" } });
    const chat = new SimulatedChat(ctx, country.chatId);
    await chat.send("pak tolong, majikan Wirasentosa mengancam saya");
    await eventually(
      async () =>
        (await ctx.db.message.findFirst({ where: { conversationId: country.conversationId, caseId: country.id, direction: "IN" } })) !==
        null,
      20_000,
      "follow-up joined",
    );

    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const ids = async (query: string) =>
      ((await client.get(`/api/cases?status=all&pageSize=100&${query}`)).json() as InboxBody).cases.map((c) => c.id);

    expect(await ids("q=cakrawijaya")).toEqual([story.id]);
    // A prefix of a word, and words anywhere in the story, all required.
    expect(await ids("q=cakrawija")).toEqual([story.id]);
    expect(await ids("q=paspor%20cakrawijaya%20gaji")).toEqual([story.id]);
    expect(await ids("q=cakrawijaya%20malaysia")).toEqual([]);
    // The words issue 14 names: a complaint word and a country.
    expect(await ids("q=agen")).toContain(story.id);
    expect(await ids("q=Malaysia")).toContain(country.id);
    expect(await ids("q=Malaysia")).not.toContain(story.id);
    // A message the reporter wrote after the case was opened.
    expect(await ids("q=wirasentosa")).toEqual([country.id]);
    expect(await ids("q=wirasentosa&country=Malaysia")).toEqual([country.id]);
    expect(await ids("q=wirasentosa&country=Taiwan")).toEqual([]);

    const other = await signIn(app, officerOf("BP3MI-JK").username);
    for (const q of ["cakrawijaya", "wirasentosa"]) {
      expect(((await other.get(`/api/cases?status=all&q=${q}`)).json() as InboxBody).cases).toEqual([]);
    }
  });

  it("finds an officer's reply, and forgets every word of a case once it is anonymised", async () => {
    const c = await openCase(ctx, {
      regionId: "ID-LA",
      kind: "GAJI",
      now: future(),
      description: "majikan Pranawangsa tidak membayar gaji",
    });
    const chat = new SimulatedChat(ctx, c.chatId);
    await chat.send("agen Kertabumi juga tidak menjawab");
    await eventually(
      async () => (await ctx.db.message.findFirst({ where: { caseId: c.id, direction: "IN", text: { contains: "Kertabumi" } } })) !== null,
      20_000,
      "follow-up joined",
    );
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    expect((await client.post(`/api/cases/${c.id}/reply`, { text: "Kami sudah menghubungi agensi Sindangreja." })).statusCode).toBe(202);
    const ids = async (q: string) => ((await client.get(`/api/cases?status=all&q=${q}`)).json() as InboxBody).cases.map((x) => x.id);
    for (const q of ["pranawangsa", "kertabumi", "sindangreja"]) expect(await ids(q)).toEqual([c.id]);

    await ctx.db.$transaction((tx) => anonymiseCases(tx, [c.id], { now: new Date(), reason: "deletion-request" }));
    for (const q of ["pranawangsa", "kertabumi", "sindangreja"]) expect(await ids(q)).toEqual([]);
  });

  it("does not search numbers inside stories, which the console masks", async () => {
    const c = await openCase(ctx, {
      regionId: "ID-LA",
      kind: "DOKUMEN_DITAHAN",
      now: future(),
      description: "Paspor Jayadipurna nomor B7654321 ditahan, hubungi 0813 5555 1234",
    });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const ids = async (q: string) =>
      ((await client.get(`/api/cases?status=all&q=${encodeURIComponent(q)}`)).json() as InboxBody).cases.map((x) => x.id);
    expect(await ids("jayadipurna")).toEqual([c.id]);
    // The digits are left out of a word search: a right and a wrong guess answer alike.
    expect(await ids("jayadipurna B7654321")).toEqual([c.id]);
    expect(await ids("jayadipurna B0000000")).toEqual([c.id]);
  });

  it("filters by country and phase, and shows both with a masked preview of the latest words", async () => {
    const known = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", now: future(), description: "gaji Sumbertirta 0813 5555 1234" });
    const unknown = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", now: future(), description: "gaji Sumbertirta" });
    await ctx.db.case.update({ where: { id: known.id }, data: { destinationCountry: "Hong Kong", phase: "SETELAH_PULANG" } });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const list = async (query: string) => ((await client.get(`/api/cases?status=all&q=sumbertirta&${query}`)).json() as InboxBody).cases;

    expect((await list("country=Hong%20Kong")).map((c) => c.id)).toEqual([known.id]);
    expect((await list("phase=SETELAH_PULANG")).map((c) => c.id)).toEqual([known.id]);
    expect((await list("phase=NONE")).map((c) => c.id)).toEqual([unknown.id]);
    expect((await list("phase=SEDANG_BEKERJA")).map((c) => c.id)).toEqual([]);
    expect((await client.get("/api/cases?phase=LAINNYA")).statusCode).toBe(400);

    const chat = new SimulatedChat(ctx, known.chatId);
    await chat.send(`Sumbertirta belum bayar, nomor saya 0813 5555 1234 <b>tolong</b> ${"sekali lagi ".repeat(20)}`);
    const row = await eventually(
      async () => ((await list("country=Hong%20Kong"))[0]?.lastMessage ? (await list("country=Hong%20Kong"))[0] : null),
      20_000,
      "preview",
    );
    expect(row).toMatchObject({ destinationCountry: "Hong Kong", phaseLabel: "Sudah pulang (purna PMI)" });
    expect(row.lastMessage!.fromOfficer).toBe(false);
    expect(row.lastMessage!.text).toMatch(/^Sumbertirta belum bayar, nomor saya 0813-\*+-234 <b>tolong<\/b> sekali lagi/);
    expect(row.lastMessage!.text).not.toContain("5555");
    expect(row.lastMessage!.text.length).toBeLessThanOrEqual(121);
    expect(row.lastMessage!.text.endsWith("…")).toBe(true);
  });
});

describe("menunggu balasan", () => {
  it("is set when the reporter writes, cleared by an officer's reply, set again by the next message, and filterable", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", now: future(), description: "gaji Wanasari belum dibayar" });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const row = async () => ((await client.get(`/api/cases?status=all&q=wanasari`)).json() as InboxBody).cases.find((x) => x.id === c.id)!;
    const waitingIds = async () => ((await client.get(`/api/cases?waiting=true&q=wanasari`)).json() as InboxBody).cases.map((x) => x.id);
    expect((await row()).awaitingReplySince).toBeNull();
    expect(await waitingIds()).toEqual([]);

    const chat = new SimulatedChat(ctx, c.chatId);
    await chat.send("pak, bagaimana kabar pengaduan saya?");
    const since = await eventually(async () => (await row()).awaitingReplySince, 20_000, "waiting marker");
    expect(await waitingIds()).toEqual([c.id]);
    expect((await row()).lastMessage).toMatchObject({ text: "pak, bagaimana kabar pengaduan saya?", fromOfficer: false });

    // A second message keeps the time the reporter began waiting.
    await chat.send("halo pak?");
    await eventually(async () => (await row()).lastMessage?.text === "halo pak?", 20_000, "second message");
    expect((await row()).awaitingReplySince).toBe(since);

    const replied = await client.post(`/api/cases/${c.id}/reply`, { text: "Baik Bu, kami sedang menghubungi perusahaan." });
    expect(replied.statusCode).toBe(202);
    expect((await row()).awaitingReplySince).toBeNull();
    expect((await row()).lastMessage).toMatchObject({ text: "Baik Bu, kami sedang menghubungi perusahaan.", fromOfficer: true });
    expect(await waitingIds()).toEqual([]);

    await chat.send("terima kasih, saya tunggu");
    await eventually(async () => (await row()).awaitingReplySince, 20_000, "waiting again");
    expect(await waitingIds()).toEqual([c.id]);

    // Resolving the case ends the wait.
    for (const to of ["DIVERIFIKASI", "DITANGANI", "SELESAI"]) {
      expect((await client.post(`/api/cases/${c.id}/status`, { to })).statusCode).toBe(200);
    }
    expect((await row()).awaitingReplySince).toBeNull();
  });
});
