import { randomUUID } from "node:crypto";
import { Worker } from "bullmq";
import { describe, expect, it } from "vitest";
import { startBots } from "../../bots/start-bots.js";
import { JOB_ID, QUEUE } from "../../queues/names.js";
import { sweepOutbox } from "../../queues/outbox-sweeper.js";
import { Outbox } from "../../src/cases/outbox.js";
import { bullConnection } from "../../src/infra/redis-options.js";
import { SimulatedChat } from "../support/simulated-chat.js";
import { eventually, useTestApp, type TestContext } from "../support/test-app.js";

/** A simulator chat with a conversation and nothing else: the test writes its outbound rows itself. */
async function quietChat(ctx: TestContext): Promise<{ chat: SimulatedChat; conversationId: string }> {
  const chatId = `chat-${randomUUID()}`;
  const reporter = await ctx.db.reporter.create({
    data: {
      identities: { create: { channel: "SIMULATOR", externalId: chatId } },
      conversations: { create: { channel: "SIMULATOR", chatId } },
    },
    select: { conversations: { select: { id: true } } },
  });
  return { chat: new SimulatedChat(ctx, chatId), conversationId: reporter.conversations[0]!.id };
}

/** Writes one reply row and queues it after commit, as every producer does. */
async function reply(ctx: TestContext, conversationId: string, text: string): Promise<string> {
  const outbox = new Outbox();
  const id = await ctx.sql.transaction((tx) => outbox.add(tx, { conversationId, channel: "SIMULATOR", text }));
  await outbox.flush(ctx.queues);
  return id;
}

/** Ages the chat's waiting rows past the sweeper's threshold, as if they had been stuck a while. */
async function age(ctx: TestContext, conversationId: string): Promise<void> {
  await ctx.db.message.updateMany({ where: { conversationId, state: "QUEUED" }, data: { createdAt: new Date(Date.now() - 60_000) } });
}

describe("a chat never goes silent behind a stuck outbound row", () => {
  const app = useTestApp();

  it("retries a job that ran before its row was visible, and the chat (a later reply included) recovers within one sweep", async () => {
    const { ctx } = app;
    const stopBots = await startBots(ctx);
    try {
      const { chat, conversationId } = await quietChat(ctx);
      const queue = ctx.queues.outboundQueue("SIMULATOR");
      const outbox = new Outbox();
      // The job is queued before the row's transaction commits: the worker runs it while the row is
      // invisible to every other connection (as a commit not yet visible to the worker would be).
      await ctx.sql.transaction(async (tx) => {
        const id = await outbox.add(tx, { conversationId, channel: "SIMULATOR", text: "Balasan pertama" });
        await outbox.flush(ctx.queues);
        await eventually(
          async () => ["completed", "delayed", "failed"].includes(await queue.getJobState(JOB_ID.outbound(id))),
          10_000,
          "the job to run once",
        );
      });
      // A later reply to the same chat waits behind the first one (each chat is delivered in order).
      await reply(ctx, conversationId, "Balasan kedua");
      await age(ctx, conversationId);
      await sweepOutbox(ctx.db, ctx.queues, ctx.log);
      expect(await chat.newReplies()).toEqual(["Balasan pertama", "Balasan kedua"]);
    } finally {
      await stopBots();
    }
  });

  it("re-delivers a QUEUED row whose job already completed: the sweeper replaces the finished job", async () => {
    const { ctx } = app;
    const { chat, conversationId } = await quietChat(ctx);
    const id = await reply(ctx, conversationId, "Balasan yang tertahan");
    // A worker completes the job without sending, as the outbound worker used to for a row it
    // could not see. The completed job is retained (an hour) under the row's deterministic id.
    const standIn = new Worker(QUEUE.outbound("SIMULATOR"), async () => "skipped: message vanished", {
      connection: bullConnection(ctx.redisUrl),
      prefix: ctx.config.QUEUE_PREFIX,
    });
    try {
      await eventually(
        async () => (await ctx.queues.outboundQueue("SIMULATOR").getJobState(JOB_ID.outbound(id))) === "completed",
        10_000,
        "the job to complete",
      );
    } finally {
      await standIn.close();
    }
    await age(ctx, conversationId);
    // The sweep covers the whole database, which other files share: count this row, not all.
    const swept = await sweepOutbox(ctx.db, ctx.queues, ctx.log);
    expect(swept.outbound).toBeGreaterThanOrEqual(1);
    expect(await ctx.queues.outboundQueue("SIMULATOR").getJobState(JOB_ID.outbound(id))).not.toBe("completed");
    const stopBots = await startBots(ctx);
    try {
      expect(await chat.newReplies()).toEqual(["Balasan yang tertahan"]);
      // Sent rows are not swept again; a row whose job still waits is not queued twice.
      expect((await sweepOutbox(ctx.db, ctx.queues, ctx.log)).outbound).toBe(0);
    } finally {
      await stopBots();
    }
  });

  it("leaves a QUEUED row whose job still waits alone (no second job)", async () => {
    const { ctx } = app;
    const { conversationId } = await quietChat(ctx);
    const id = await reply(ctx, conversationId, "Balasan yang menunggu giliran");
    await age(ctx, conversationId);
    expect((await sweepOutbox(ctx.db, ctx.queues, ctx.log)).outbound).toBe(0);
    expect(await ctx.queues.outboundQueue("SIMULATOR").getJobState(JOB_ID.outbound(id))).not.toBe("unknown");
  });
});
