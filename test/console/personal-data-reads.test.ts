import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { maskIdentifiersInText } from "../../src/core/mask-identifier.js";
import type { TestContext } from "../support/test-app.js";
import { openCase, signIn, useConsoleApp, type SeededOfficer } from "./console-fixtures.js";

let ctx: TestContext;
let app: FastifyInstance;
let officers: SeededOfficer[];
const officerOf = (agencyId: string) => officers.find((o) => o.agencyId === agencyId)!;

useConsoleApp({ officers: { tag: "baca" } }, (started) => ({ ctx, app, officers } = started));

const eventsOf = (caseId: string, type: string) =>
  ctx.db.caseEvent.findMany({ where: { caseId, type }, select: { officerId: true, data: true, note: true } });

describe("reads of personal data are audited", () => {
  it("writes an event for a case view, a thread read and an attachment download; repeats within minutes add none; the timeline stays about changes", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const message = await ctx.db.message.create({
      data: {
        channel: "SIMULATOR",
        conversationId: c.conversationId,
        caseId: c.id,
        direction: "IN",
        kind: "image",
        state: "PROCESSED",
        text: "foto paspor",
      },
    });
    const attachment = await ctx.db.attachment.create({
      data: {
        messageId: message.id,
        caseId: c.id,
        mime: "image/jpeg",
        fileName: "paspor.jpg",
        size: 3,
        data: Buffer.from([0xff, 0xd8, 0xff]),
      },
    });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    for (let i = 0; i < 2; i++) {
      expect((await client.get(`/api/cases/${c.id}`)).statusCode).toBe(200);
      expect((await client.get(`/api/cases/${c.id}/messages`)).statusCode).toBe(200);
      expect((await client.get(`/api/cases/${c.id}/attachments/${attachment.id}`)).statusCode).toBe(200);
    }
    expect(await eventsOf(c.id, "CASE_VIEWED")).toEqual([expect.objectContaining({ officerId: client.me.id })]);
    expect(await eventsOf(c.id, "THREAD_READ")).toEqual([expect.objectContaining({ officerId: client.me.id })]);
    expect(await eventsOf(c.id, "ATTACHMENT_OPENED")).toEqual([
      expect.objectContaining({ officerId: client.me.id, data: { attachmentId: attachment.id } }),
    ]);
    // Another officer's reads are their own events.
    const national = await signIn(app, officerOf("KP2MI").username);
    await national.get(`/api/cases/${c.id}`);
    expect((await eventsOf(c.id, "CASE_VIEWED")).map((e) => e.officerId).sort()).toEqual([client.me.id, national.me.id].sort());
    const timeline = (await client.get(`/api/cases/${c.id}/events`)).json().events.map((e: { type: string }) => e.type);
    expect(timeline).not.toContain("CASE_VIEWED");
    expect(timeline).toContain("CREATED");
  });

  it("masks phone, passport and NIK numbers inside the description and messages until revealed, and audits the reveal", async () => {
    const description = "Majikan +60 12-345 6789, paspor saya A1234567, NIK 3201234567890123, gaji Rp 15.000.000 belum dibayar";
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", description });
    await ctx.db.message.create({
      data: {
        channel: "SIMULATOR",
        conversationId: c.conversationId,
        caseId: c.id,
        direction: "IN",
        state: "PROCESSED",
        text: "nomor adik saya 0812-3456-7890",
      },
    });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const masked = (await client.get(`/api/cases/${c.id}`)).json().description as string;
    for (const secret of ["12-345 6789", "A1234567", "3201234567890123"]) expect(masked).not.toContain(secret);
    expect(masked).toContain("Rp 15.000.000");
    const thread = (await client.get(`/api/cases/${c.id}/messages`))
      .json()
      .messages.map((m: { text: string }) => m.text)
      .join(" ");
    expect(thread).not.toContain("3456-7890");
    expect(thread).toContain("0812-****-890");
    expect(await eventsOf(c.id, "REVEAL_PII")).toEqual([]);

    expect((await client.get(`/api/cases/${c.id}?reveal=texts`)).json().description).toContain(description);
    const revealedThread = (await client.get(`/api/cases/${c.id}/messages?reveal=texts`))
      .json()
      .messages.map((m: { text: string }) => m.text)
      .join(" ");
    expect(revealedThread).toContain("0812-3456-7890");
    expect((await eventsOf(c.id, "REVEAL_PII")).map((e) => e.data)).toEqual(
      expect.arrayContaining([{ field: "description" }, { field: "messages" }]),
    );
  });

  it("tells identifiers from amounts and dates", () => {
    expect(maskIdentifiersInText("hubungi 0812-3456-7890, WA 6281234567890")).toBe("hubungi 0812-****-890, WA +62 812-****-890");
    expect(maskIdentifiersInText("tanggal 12-03-2025, tahun 2024, Rp 3.000.000")).toBe("tanggal 12-03-2025, tahun 2024, Rp 3.000.000");
    expect(maskIdentifiersInText("NIK 3201234567890123")).toBe("NIK 32************23");
  });
});

describe("phone search", () => {
  it("needs at least eight digits, so masked digits cannot be confirmed one at a time, and audits each search", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI", details: { workerPhone: "0813-2468-1357" } });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    const masked = (await client.get(`/api/cases/${c.id}`)).json().worker.phone as string;
    expect(masked).toBe("0813-****-357");
    for (const probe of ["08132", "0813-24", "0813 246"]) {
      const res = await client.get(`/api/cases?status=all&q=${encodeURIComponent(probe)}`);
      expect(res.statusCode, probe).toBe(400);
      expect(res.json().error).toBe("Untuk mencari nomor telepon, masukkan minimal 8 angka.");
    }
    const found = (await client.get(`/api/cases?status=all&q=${encodeURIComponent("0813-2468")}`))
      .json()
      .cases.map((x: { id: string }) => x.id);
    expect(found).toEqual([c.id]);
    expect((await client.get(`/api/cases?status=all&q=${encodeURIComponent("0899-0000-1111")}`)).json().cases).toEqual([]);
    const searches = await ctx.db.caseEvent.findMany({
      where: { type: "IDENTIFIER_SEARCH", officerId: client.me.id },
      orderBy: { createdAt: "asc" },
      select: { caseId: true, data: true },
    });
    expect(searches).toEqual([
      { caseId: null, data: expect.objectContaining({ digits: 8, results: [c.id] }) },
      { caseId: null, data: expect.objectContaining({ digits: 12, results: [] }) },
    ]);
    expect(JSON.stringify(searches)).not.toMatch(/08132468|089900001111/);
  });
});

describe("no copies of personal data in caches", () => {
  it("sends Cache-Control: no-store on API answers", async () => {
    const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
    const client = await signIn(app, officerOf("BP3MI-LA").username);
    for (const url of [
      `/api/cases/${c.id}`,
      `/api/cases/${c.id}/messages`,
      `/api/cases/${c.id}/events`,
      "/api/cases",
      "/api/auth/me",
      "/api/reference",
    ]) {
      expect((await client.get(url)).headers["cache-control"], url).toBe("no-store");
    }
    const login = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: officerOf("BP3MI-LA").username, password: "kata-sandi-uji-123" },
    });
    expect(login.headers["cache-control"]).toBe("no-store");
  });
});
