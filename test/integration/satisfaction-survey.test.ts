import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
  officers = await seedOfficers(app.ctx, "survei", { "BP3MI-LA": "SUPERVISOR" });
});
afterAll(async () => {
  await consoleApp?.close();
});

async function resolvedCase() {
  const { ctx } = app;
  const chat = new SimulatedChat(ctx);
  await chat.say("gaji sy blm dibayar 3 bln sama majikan di malaysia, sy dr lampung timur");
  await skipFacts((t) => chat.say(t), await chat.say("1"));
  await chat.say("ya");
  const [created] = await chat.cases();
  const deps = { db: ctx.db, queues: ctx.queues, rules: ctx.rules, updates: ctx.updates };
  await changeCaseStatus(deps, { caseId: created!.id, to: "DITANGANI" });
  await changeCaseStatus(deps, { caseId: created!.id, to: "SELESAI" });
  return { chat, created: created!, deps };
}

describe("satisfaction survey after closure", () => {
  it("asks once with buttons 1-5, stores the rating and the comment, and reports show it by office", async () => {
    const { ctx } = app;
    const { chat, created, deps } = await resolvedCase();
    const question = await ctx.db.message.findFirstOrThrow({
      where: { caseId: created.id, direction: "OUT", text: { contains: "penilaian Bapak/Ibu" } },
    });
    expect(question.text).toContain(`Pengaduan ${created.ticket} sudah selesai ditangani`);
    expect(question.payload).toMatchObject({ buttons: [1, 2, 3, 4, 5].map((n) => ({ label: String(n), action: `survey:${n}` })) });
    await chat.newReplies();

    await chat.send("survey:4", { kind: "action" });
    expect((await chat.newReplies()).join("\n")).toMatch(/Terima kasih atas penilaiannya/);
    expect(await chat.say("petugasnya ramah dan cepat")).toMatch(/Pendapat Bapak\/Ibu membantu kami/);
    const survey = await ctx.db.satisfactionSurvey.findUniqueOrThrow({ where: { caseId: created.id } });
    expect(survey).toMatchObject({ rating: 4, comment: "petugasnya ramah dan cepat", agencyId: "BP3MI-LA" });
    // The comment did not reopen the case.
    expect((await ctx.db.case.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("SELESAI");

    // Resolved again after a reopening: not asked a second time.
    await changeCaseStatus(deps, { caseId: created.id, to: "DITANGANI" });
    await changeCaseStatus(deps, { caseId: created.id, to: "SELESAI" });
    expect(await ctx.db.message.count({ where: { caseId: created.id, direction: "OUT", text: { contains: "penilaian Bapak/Ibu" } } })).toBe(
      1,
    );

    const second = await resolvedCase();
    await second.chat.newReplies();
    expect(await second.chat.say("2")).toMatch(/Terima kasih atas penilaiannya/);
    expect(await second.chat.say("lewati")).toMatch(/Pendapat Bapak\/Ibu membantu kami/);
    expect(await ctx.db.satisfactionSurvey.findUniqueOrThrow({ where: { caseId: second.created.id } })).toMatchObject({
      rating: 2,
      comment: "",
    });

    const supervisor = await signIn(consoleApp, officers.find((o) => o.agencyId === "BP3MI-LA")!.username);
    const report = (await supervisor.get("/api/reports")).json() as {
      satisfaction: { agencyId: string; count: number; average: number }[];
    };
    expect(report.satisfaction.find((s) => s.agencyId === "BP3MI-LA")).toMatchObject({ count: 2, average: 3 });
    const csv = await supervisor.get("/api/reports.csv");
    expect(csv.body).toMatch(/Kepuasan,BP3MI-LA,.*rata-rata 3 dari 5.*,2,/);
  });
});
