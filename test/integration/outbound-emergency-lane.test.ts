import { randomUUID } from "node:crypto";
import type { Worker } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChannelSender, OutboundMessage } from "../../src/channels/contract.js";
import { bullConnection } from "../../src/infra/redis-options.js";
import { receiveMessage } from "../../src/intake/receive-message.js";
import { createOutboundWorker } from "../../queues/outbound-worker.js";
import type { OutboundJob } from "../../queues/job-queues.js";
import { JOB_ID } from "../../queues/names.js";
import { createTestContext, eventually, type TestContext } from "../support/test-app.js";

/**
 * Issue 11 §3: an emergency's first reply leaves at once even when every ordinary outbound slot
 * and connection is taken. Here the ordinary replies are stuck for real: their sends hang, or
 * their "sent" mark waits for a row lock (as it does behind a long inbound transaction that links
 * an intake's replies to its new case). Small pools make a shared one run out at once.
 */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ DB_POOL_SIZE: "2", DELIVERY_DB_POOL_SIZE: "2" });
});
afterAll(async () => {
  await ctx.cleanup();
});

/** A sender that records what it was given, and holds ordinary sends until `release`. */
function holdingSender() {
  const sent: OutboundMessage[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const sender: ChannelSender = {
    channel: "SIMULATOR",
    async send(message) {
      sent.push(message);
      if (!message.urgent) await released;
      return { platformMessageId: randomUUID() };
    },
  };
  return { sender, sent, release };
}

function startWorkers(sender: ChannelSender): Worker<OutboundJob>[] {
  const deps = { sql: ctx.deliverySql, emergencySql: ctx.emergencySql, queues: ctx.queues, log: ctx.log, updates: ctx.updates, sender };
  const connection = bullConnection(ctx.redisUrl);
  return [
    createOutboundWorker(deps, connection, ctx.config.QUEUE_PREFIX, { concurrency: 3 }),
    createOutboundWorker(deps, connection, ctx.config.QUEUE_PREFIX, { concurrency: 1, emergency: true }),
  ];
}

async function queuedReplies(count: number, text: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const conversation = await ctx.db.conversation.create({
      data: { channel: "SIMULATOR", chatId: `lane-${randomUUID()}`, reporter: { create: { kind: "WORKER" } } },
    });
    const row = await ctx.db.message.create({
      data: { channel: "SIMULATOR", conversationId: conversation.id, direction: "OUT", text: `${text} ${i}`, state: "QUEUED" },
    });
    ids.push(row.id);
  }
  return ids;
}

const state = async (id: string) => (await ctx.db.message.findUniqueOrThrow({ where: { id } })).state;

describe("an emergency's first reply beside stuck ordinary replies", () => {
  it("is sent while every ordinary outbound slot holds a send that does not finish", async () => {
    const { sender, sent, release } = holdingSender();
    const workers = startWorkers(sender);
    try {
      const ordinary = await queuedReplies(5, "Kabar biasa");
      await ctx.queues.addOutbound("SIMULATOR", ordinary);
      await eventually(async () => sent.length === 3, 10_000, "three ordinary sends hanging");
      const [emergency] = await queuedReplies(1, "Kami sangat prihatin");
      await ctx.queues.addOutbound("SIMULATOR", [emergency!], "emergency");
      await eventually(async () => (await state(emergency!)) === "SENT", 10_000, "emergency sent");
      // The ordinary slots were still taken: none of the five has finished, two have not started.
      expect(sent.filter((m) => !m.urgent)).toHaveLength(3);
      expect(await ctx.db.message.count({ where: { id: { in: ordinary }, state: "SENT" } })).toBe(0);
      release();
      await eventually(
        async () => (await ctx.db.message.count({ where: { id: { in: ordinary }, state: "SENT" } })) === 5,
        10_000,
        "ordinary sent",
      );
    } finally {
      release();
      await Promise.all(workers.map((w) => w.close()));
    }
  });

  it("keeps intake storing, and an emergency reply leaving, while ordinary 'sent' marks wait for a row lock", async () => {
    const { sender, sent, release } = holdingSender();
    release();
    const ordinary = await queuedReplies(3, "Kabar tertahan");
    // A long transaction holds the rows, as an inbound batch linking them to a new case would.
    let unlock!: () => void;
    const unlocked = new Promise<void>((resolve) => (unlock = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = ctx.emergencySql.transaction(async (tx) => {
      await tx.run`SELECT id FROM "Message" WHERE id = ANY(${ordinary}::uuid[]) FOR UPDATE`;
      locked();
      await unlocked;
    });
    await lockTaken;
    const workers = startWorkers(sender);
    try {
      await ctx.queues.addOutbound("SIMULATOR", ordinary);
      await eventually(async () => sent.length === 3, 10_000, "three ordinary replies handed to the channel");
      // Their marks now wait for the lock, each on a connection; intake's connections are not among them.
      const stored = await receiveMessage(ctx, {
        channel: "SIMULATOR",
        externalId: `lane-in-${randomUUID()}`,
        chatId: `lane-${randomUUID()}`,
        sender: { id: `lane-${randomUUID()}` },
        kind: "text",
        text: "gaji saya belum dibayar",
      });
      expect(await ctx.db.message.findUniqueOrThrow({ where: { id: stored.messageId } })).toMatchObject({ direction: "IN" });
      const [emergency] = await queuedReplies(1, "Kami sangat prihatin");
      await ctx.queues.addOutbound("SIMULATOR", [emergency!], "emergency");
      await eventually(async () => (await state(emergency!)) === "SENT", 10_000, "emergency sent");
      expect(await ctx.db.message.count({ where: { id: { in: ordinary }, state: "SENT" } })).toBe(0);
    } finally {
      unlock();
      await holder;
      await eventually(
        async () => (await ctx.db.message.count({ where: { id: { in: ordinary }, state: "SENT" } })) === 3,
        10_000,
        "ordinary marked once the lock is gone",
      );
      await Promise.all(workers.map((w) => w.close()));
    }
  });

  it("gives a row no second job in the other queue while its first still waits", async () => {
    const [id] = await queuedReplies(1, "Balasan menunggu");
    await ctx.queues.addOutbound("SIMULATOR", [id!]);
    // The sweeper sees the case became an emergency: it would queue the row on the emergencies' queue.
    expect(await ctx.queues.redeliverOutbound("SIMULATOR", [id!], "emergency")).toBe(0);
    expect(await ctx.queues.outboundQueue("SIMULATOR", "emergency").getJobState(JOB_ID.outbound(id!))).toBe("unknown");
    expect(await ctx.queues.outboundQueue("SIMULATOR").getJobState(JOB_ID.outbound(id!))).not.toBe("unknown");
  });
});
