import { describe, expect, it } from "vitest";
import type { MissionDirectorySource } from "../../src/cases/mission-directory.js";
import type { PipelineDeps } from "../../src/intake/pipeline-deps.js";
import { processConversations } from "../../src/intake/process-conversations.js";
import type { AppContext } from "../../src/runtime/context.js";
import { startWorkers } from "../../src/runtime/start-workers.js";
import { SimulatedChat } from "../support/simulated-chat.js";
import { eventually, useTestApp } from "../support/test-app.js";

const app = useTestApp({ bots: true });

const EMERGENCY = "tolong saya disekap majikan di malaysia, tidak boleh keluar rumah, paspor ditahan";

/**
 * Issue 11 §3: an emergency is not processed after the backlog of ordinary messages that every
 * ordinary inbound worker is busy with. No wall-clock: the one ordinary worker is held in the
 * middle of the backlog (at its second round) until the emergencies are answered or 20 s pass,
 * and the test reads what was written in which order.
 */
describe("the emergency path through a busy intake", () => {
  it("answers an emergency while the ordinary worker is still in the middle of a backlog, and keeps each chat's order", async () => {
    const { ctx } = app;
    const backlog = Array.from({ length: 12 }, () => new SimulatedChat(ctx));
    for (const text of ["halo", "1", "gaji saya belum dibayar 2 bulan di taiwan"])
      await Promise.all(backlog.map((chat) => chat.send(text)));
    // A chat whose ordinary messages wait in the backlog before it writes its emergency.
    const mixed = new SimulatedChat(ctx);
    await mixed.send("halo");
    await mixed.send("1");
    const victim = new SimulatedChat(ctx);
    const chats = [...backlog, mixed, victim].map((c) => c.chatId);

    const emergencyAnswered = async () =>
      (await ctx.db.message.count({
        where: { conversation: { chatId: { in: [mixed.chatId, victim.chatId] } }, direction: "IN", text: EMERGENCY, state: "PROCESSED" },
      })) === 2;
    let backlogWaitingWhenAnswered = -1;
    let calls = 0;
    let holding = false;
    // Read once per transaction, before it starts: the ordinary worker's second round waits here.
    const gate: MissionDirectorySource = {
      async current() {
        calls++;
        if (calls === 2 && !holding) {
          holding = true;
          await Promise.all([victim.send(EMERGENCY), mixed.send(EMERGENCY)]);
          const answered = await eventually(emergencyAnswered, 20_000, "emergencies answered").then(
            () => true,
            () => false,
          );
          if (answered) {
            backlogWaitingWhenAnswered = await ctx.db.message.count({
              where: { conversation: { chatId: { in: backlog.map((c) => c.chatId) } }, direction: "IN", state: "RECEIVED" },
            });
          }
          holding = false;
        }
        return ctx.missions.current();
      },
    };
    // The production wiring (startWorkers), with one ordinary worker taking five messages per transaction.
    const deps: AppContext & Pick<PipelineDeps, "batchLimits"> = {
      ...ctx,
      config: { ...ctx.config, INBOUND_CONCURRENCY: 1 },
      missions: gate,
      batchLimits: { messages: 5, rounds: 100 },
    };
    const stopWorkers = startWorkers(deps);
    try {
      for (const chat of [...backlog, mixed, victim]) await chat.settle();
    } finally {
      await stopWorkers();
    }

    // Answered while most of the backlog still waited for the busy ordinary worker.
    expect(backlogWaitingWhenAnswered).toBeGreaterThan(20);
    const replies = await ctx.db.message.findMany({
      where: { conversation: { chatId: { in: chats } }, direction: "OUT" },
      orderBy: { seq: "asc" },
      select: { text: true, conversation: { select: { chatId: true } } },
    });
    const firstEmergencyReply = replies.findIndex((r) => r.conversation.chatId === victim.chatId);
    const lastBacklogReply = replies.findLastIndex((r) => backlog.some((c) => c.chatId === r.conversation.chatId));
    expect(firstEmergencyReply).toBeGreaterThan(-1);
    expect(firstEmergencyReply).toBeLessThan(lastBacklogReply);

    // The emergency chat's earlier messages were handled first, in the order they came.
    const mixedIn = await ctx.db.message.findMany({
      where: { conversation: { chatId: mixed.chatId }, direction: "IN" },
      orderBy: { seq: "asc" },
      select: { text: true, state: true, processedAt: true },
    });
    expect(mixedIn.map((m) => [m.text, m.state])).toEqual([
      ["halo", "PROCESSED"],
      ["1", "PROCESSED"],
      [EMERGENCY, "PROCESSED"],
    ]);
    const times = mixedIn.map((m) => m.processedAt!.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const mixedReplies = await mixed.newReplies();
    expect(mixedReplies[0]).toMatch(/Selamat datang/);
    expect(mixedReplies[1]).toMatch(/ceritakan masalahnya/);
    expect(mixedReplies.slice(2).join("\n")).toMatch(/prihatin/);
    expect((await mixed.cases())[0]?.urgency).toBe("EMERGENCY");
    expect((await victim.cases())[0]?.urgency).toBe("EMERGENCY");

    // Every backlog chat was answered in its own order as well.
    for (const chat of backlog) {
      const own = await chat.newReplies();
      expect(own[0]).toMatch(/Selamat datang/);
      expect(own[1]).toMatch(/ceritakan masalahnya/);
    }
  }, 90_000);

  it("stores an emergency while the ordinary commit ahead of it is held up, and an emergency of that commit's chat after it", async () => {
    const { ctx } = app;
    const busy = new SimulatedChat(ctx);
    await busy.send("halo");
    const reporterId = await busy.reporterId();
    // The ordinary commit clears "unreachable" on its reporter: a lock on that row holds it up.
    await ctx.db.reporter.update({ where: { id: reporterId }, data: { unreachableAt: new Date() } });
    const holder = await ctx.sql.pool.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT id FROM "Reporter" WHERE id = $1 FOR UPDATE`, [reporterId]);
      const holderPid = (await holder.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
      const held = busy.send("gaji saya belum dibayar 2 bulan");
      await eventually(
        async () =>
          (
            await ctx.sql.rows<{
              n: number;
            }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE ${holderPid}::int = ANY(pg_blocking_pids(pid))`
          )[0]!.n > 0,
        10_000,
        "the ordinary commit waiting for the reporter row",
      );
      const sameChat = busy.send(EMERGENCY);
      // Another chat's emergency does not wait for the held commit.
      const victim = new SimulatedChat(ctx);
      const stored = await victim.send(EMERGENCY);
      expect((await ctx.db.message.findUniqueOrThrow({ where: { id: stored.messageId } })).state).toBe("RECEIVED");
      expect(await ctx.db.message.count({ where: { conversation: { chatId: busy.chatId }, direction: "IN" } })).toBe(1);
      await holder.query("COMMIT");
      await Promise.all([held, sameChat]);
    } finally {
      holder.release();
    }
    const rows = await ctx.db.message.findMany({
      where: { conversation: { chatId: busy.chatId }, direction: "IN" },
      orderBy: { seq: "asc" },
      select: { text: true },
    });
    expect(rows.map((r) => r.text)).toEqual(["halo", "gaji saya belum dibayar 2 bulan", EMERGENCY]);
  }, 60_000);

  it("an emergency job waits for the transaction holding its chat instead of leaving the chat to it, then takes its messages in order", async () => {
    const { ctx } = app;
    const chat = new SimulatedChat(ctx);
    await chat.send("halo");
    const { conversationId } = await chat.send(EMERGENCY);
    // Another job's transaction holds the conversation (as an ordinary job in the middle of a batch would).
    const holder = await ctx.sql.pool.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT id FROM "Conversation" WHERE id = $1 FOR NO KEY UPDATE`, [conversationId]);
      const holderPid = (await holder.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
      const job = processConversations(ctx, [conversationId], { emergency: true });
      // Seen waiting for that lock: an ordinary job would have skipped the chat and finished.
      await eventually(
        async () =>
          (
            await ctx.sql.rows<{
              n: number;
            }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE ${holderPid}::int = ANY(pg_blocking_pids(pid))`
          )[0]!.n > 0,
        10_000,
        "the emergency job waiting for the held conversation",
      );
      await holder.query("COMMIT");
      expect(await job).toEqual({ processed: 2 });
    } finally {
      holder.release();
    }
    const rows = await ctx.db.message.findMany({
      where: { conversationId, direction: "IN" },
      orderBy: { seq: "asc" },
      select: { text: true, state: true, processedAt: true },
    });
    expect(rows.map((r) => [r.text, r.state])).toEqual([
      ["halo", "PROCESSED"],
      [EMERGENCY, "PROCESSED"],
    ]);
    expect(rows[0]!.processedAt!.getTime()).toBeLessThanOrEqual(rows[1]!.processedAt!.getTime());
    expect((await chat.cases())[0]?.urgency).toBe("EMERGENCY");
  }, 60_000);
});
