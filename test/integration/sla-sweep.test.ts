import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBots } from "../../bots/start-bots.js";
import { JOB_ID } from "../../queues/names.js";
import { sweepSlaDeadlines } from "../../queues/sla-sweeper.js";
import { startWorkers } from "../../src/runtime/start-workers.js";
import { openCase } from "../console/console-fixtures.js";
import { PrivateRedis } from "../support/private-redis.js";
import { SimulatedChat } from "../support/simulated-chat.js";
import { skipFacts } from "../support/skip-facts.js";
import { createTestContext, eventually, type TestContext } from "../support/test-app.js";

let redis: PrivateRedis;
let ctx: TestContext;
let stops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  redis = await PrivateRedis.start();
  ctx = await createTestContext({}, redis.url);
  stops = [startWorkers(ctx, { slaSweepEveryMs: 250 }), await startBots(ctx)];
});

afterAll(async () => {
  for (const stop of stops) await stop();
  await ctx?.cleanup();
  await redis?.stop();
});

const breaches = (caseId: string) => ctx.db.caseEvent.count({ where: { caseId, type: "SLA_BREACHED" } });

describe("SLA deadlines when Redis loses its data", () => {
  it("escalates a deadline whose timer was lost in a Redis restart, and only once when the timer fires after all", async () => {
    const supervisor = await ctx.db.officer.create({
      data: {
        agencyId: "BP3MI-LA",
        username: `spv-sweep-${Date.now()}`,
        name: "Supervisor Lampung",
        role: "SUPERVISOR",
        passwordHash: "x",
      },
    });
    const officer = await ctx.db.officer.create({
      data: { agencyId: "BP3MI-LA", username: `ptg-sweep-${Date.now()}`, name: "Petugas Lampung", role: "OFFICER", passwordHash: "x" },
    });
    const chat = new SimulatedChat(ctx);
    await chat.say("PT penempatan minta biaya 40 juta padahal resminya tidak segitu, saya dari bandar lampung, tujuan korea");
    await skipFacts((t) => chat.say(t), await chat.say("1"));
    await chat.say("ya");
    const [created] = await chat.cases();
    const timerId = JOB_ID.sla(created!.id, "first-response", created!.firstResponseDueAt!);
    expect(await ctx.queues.sla.getJobState(timerId)).toBe("delayed");

    await redis.restartEmpty();
    expect(await ctx.queues.sla.getJobState(timerId)).toBe("unknown");
    // The deadline passes while no timer exists any more.
    const dueAt = new Date(Date.now() - 1000);
    await ctx.db.case.update({ where: { id: created!.id }, data: { firstResponseDueAt: dueAt } });

    const breach = await eventually(
      () => ctx.db.caseEvent.findFirst({ where: { caseId: created!.id, type: "SLA_BREACHED" } }),
      20_000,
      "SLA breach event",
    );
    expect(breach.data).toEqual({ clock: "first-response", dueAt: dueAt.toISOString() });
    // Every officer of the lead agency is told, not only its supervisors.
    for (const who of [supervisor, officer]) {
      const notice = await ctx.db.officerNotification.findFirstOrThrow({ where: { officerId: who.id, caseId: created!.id } });
      expect(notice).toMatchObject({ type: "SLA_BREACHED", readAt: null });
      expect(notice.text).toMatch(new RegExp(`^Tiket ${created!.ticket} melewati batas waktu respons pertama`));
    }

    // A timer for the same deadline that fires after all (re-created, or late) finds it escalated.
    await ctx.queues.addSlaTimer(created!.id, "first-response", dueAt);
    const late = await eventually(
      async () => {
        const job = await ctx.queues.sla.getJob(JOB_ID.sla(created!.id, "first-response", dueAt));
        return job?.finishedOn ? job : undefined;
      },
      10_000,
      "the late timer to run",
    );
    expect(late.returnvalue).toBe("already escalated");
    expect(await breaches(created!.id)).toBe(1);
  });

  it("leaves paused, met and closed clocks alone, and escalates each passed deadline once", async () => {
    const past = new Date(Date.now() - 60_000);
    const open = async (data: Parameters<typeof ctx.db.case.update>[0]["data"]) => {
      const c = await openCase(ctx, { regionId: "ID-LA", kind: "GAJI" });
      // Only the first-response clock is under test; the resolution deadline stays ahead.
      await ctx.db.case.update({
        where: { id: c.id },
        data: { firstResponseDueAt: past, resolutionDueAt: new Date(Date.now() + 86_400_000), ...data },
      });
      return c.id;
    };
    // The suite's sweeper runs every 250 ms; a direct sweep here may find nothing left to do.
    const overdue = await open({});
    const paused = await open({ slaPausedAt: new Date(), status: "MENUNGGU_KETERANGAN" });
    const met = await open({ firstRespondedAt: new Date() });
    const closed = await open({ status: "DITUTUP" });
    await sweepSlaDeadlines(ctx);
    expect(await breaches(overdue)).toBe(1);
    expect(await sweepSlaDeadlines(ctx)).toBe(0);
    expect(await breaches(overdue)).toBe(1);
    for (const id of [paused, met, closed]) expect(await breaches(id)).toBe(0);
    // A deadline moved later (the case was paused, then resumed) and passed again is a new breach.
    await ctx.db.case.update({ where: { id: overdue }, data: { firstResponseDueAt: new Date(Date.now() - 1000) } });
    await sweepSlaDeadlines(ctx);
    expect(await breaches(overdue)).toBe(2);
  });
});
