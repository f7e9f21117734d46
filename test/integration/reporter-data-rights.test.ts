import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT } from "../../src/audit/record-audit-event.js";
import { verifyAuditChain } from "../../src/audit/verify-audit-chain.js";
import { changeCaseStatus } from "../../src/cases/change-case-status.js";
import { createConsoleApp, seedOfficers, signIn } from "../console/console-fixtures.js";
import { SimulatedChat } from "../support/simulated-chat.js";
import { skipFacts } from "../support/skip-facts.js";
import { useTestApp } from "../support/test-app.js";

const app = useTestApp({ workers: true, bots: true });
let consoleApp: FastifyInstance;
let officers: Awaited<ReturnType<typeof seedOfficers>>;

beforeAll(async () => {
  consoleApp = await createConsoleApp(app.ctx);
  officers = await seedOfficers(app.ctx, "hakdata", { KP2MI: "ADMIN", "BP3MI-LA": "SUPERVISOR" });
});
afterAll(async () => {
  await consoleApp?.close();
});

const closeCase = async (caseId: string) => {
  const { ctx } = app;
  const deps = { db: ctx.db, queues: ctx.queues, rules: ctx.rules, updates: ctx.updates };
  await changeCaseStatus(deps, { caseId, to: "DITANGANI" });
  await changeCaseStatus(deps, { caseId, to: "SELESAI" });
};

async function chatWithCase() {
  const chat = new SimulatedChat(app.ctx);
  await chat.say("gaji sy blm dibayar 3 bln sama majikan di malaysia, sy dr lampung timur");
  await skipFacts((t) => chat.say(t), await chat.say("1"));
  await chat.say("ya");
  const [created] = await chat.cases();
  await app.ctx.db.case.update({ where: { id: created!.id }, data: { nik: "1801234567890001" } });
  return { chat, created: created! };
}

describe("reporter rights by chat: DATA SAYA and HAPUS DATA with the console's decision", () => {
  it("summarises what is held, refuses deletion while the case is handled, and anonymises on approval", async () => {
    const { ctx } = app;
    const { chat, created } = await chatWithCase();

    const summary = await chat.say("data saya");
    expect(summary).toContain(`Pengaduan ${created.ticket}: Diterima`);
    // The intake messages (story, name, two optional facts skipped: two in a row end them, YA) and the command itself.
    expect(summary).toMatch(/Pesan: 6, lampiran \(foto, dokumen, pesan suara\): 0/);
    expect(summary).toContain("NIK 18************01");
    expect(summary).not.toContain("1801234567890001");

    const refused = await chat.say("HAPUS DATA");
    expect(refused).toContain(`pengaduan ${created.ticket} masih ditangani petugas`);
    expect(await ctx.db.deletionRequest.count({ where: { reporter: { cases: { some: { id: created.id } } } } })).toBe(0);

    await closeCase(created.id);
    await chat.newReplies();
    const requested = await chat.say("Hapus data saya.");
    expect(requested).toMatch(/Permintaan penghapusan data Bapak\/Ibu sudah kami catat\. Petugas akan memutuskannya paling lambat .+ WIB/);
    const request = await ctx.db.deletionRequest.findFirstOrThrow({ where: { reporter: { cases: { some: { id: created.id } } } } });
    expect(request.status).toBe("PENDING");
    expect(request.dueAt.getTime() - request.requestedAt.getTime()).toBe(72 * 3600_000);
    expect(await chat.say("hapus data")).toMatch(/sudah kami terima sebelumnya/);

    const supervisor = await signIn(consoleApp, officers.find((o) => o.agencyId === "BP3MI-LA")!.username);
    const list = (await supervisor.get("/api/privacy/deletion-requests")).json() as {
      requests: { id: string; overdue: boolean; cases: { ticket: string }[] }[];
    };
    expect(list.requests.find((r) => r.id === request.id)).toMatchObject({ overdue: false, cases: [{ ticket: created.ticket }] });
    expect((await supervisor.post(`/api/privacy/deletion-requests/${request.id}/decision`, { approve: false })).statusCode).toBe(409);

    const approved = await supervisor.post(`/api/privacy/deletion-requests/${request.id}/decision`, { approve: true });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toEqual({ status: "APPROVED", anonymisedCases: 1 });
    expect((await supervisor.post(`/api/privacy/deletion-requests/${request.id}/decision`, { approve: true })).statusCode).toBe(409);
    expect((await chat.newReplies()).join("\n")).toMatch(/Permintaan penghapusan data Bapak\/Ibu disetujui/);

    const row = await ctx.db.case.findUniqueOrThrow({
      where: { id: created.id },
      include: { reporter: true, messages: { where: { direction: "IN" } } },
    });
    expect(row).toMatchObject({ nik: null, description: "", kind: "GAJI", originRegionId: "ID-LA", status: "SELESAI" });
    expect(row.anonymisedAt).not.toBeNull();
    expect(row.reporter.anonymisedAt).not.toBeNull();
    expect(row.messages.every((m) => m.text === null)).toBe(true);

    const types = (
      await ctx.db.caseEvent.findMany({
        where: { OR: [{ caseId: created.id }, { data: { path: ["reporterId"], equals: row.reporterId } }] },
        select: { type: true },
      })
    ).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        AUDIT.reporterDataSummary,
        AUDIT.deletionRefused,
        AUDIT.deletionRequested,
        AUDIT.deletionApproved,
        AUDIT.anonymised,
      ]),
    );
    expect((await verifyAuditChain(ctx.db)).problems).toEqual([]);
  });

  it("sends an officer's refusal and its reason back to the reporter", async () => {
    const { created, chat } = await chatWithCase();
    await closeCase(created.id);
    await chat.newReplies();
    await chat.say("hapus data");
    const request = await app.ctx.db.deletionRequest.findFirstOrThrow({ where: { reporter: { cases: { some: { id: created.id } } } } });
    const admin = await signIn(consoleApp, officers.find((o) => o.agencyId === "KP2MI")!.username);
    const refused = await admin.post(`/api/privacy/deletion-requests/${request.id}/decision`, {
      approve: false,
      reason: "Data masih diperlukan untuk proses hukum di kepolisian.",
    });
    expect(refused.json()).toEqual({ status: "REFUSED", anonymisedCases: 0 });
    expect((await chat.newReplies()).join("\n")).toMatch(
      /tidak dapat kami setujui\.\nAlasan dari petugas: Data masih diperlukan untuk proses hukum/,
    );
    expect((await app.ctx.db.case.findUniqueOrThrow({ where: { id: created.id } })).nik).toBe("1801234567890001");
  });
});
