/**
 * Pipeline benchmark: simulated inbound messages through the real queues and database.
 * Prints sustained messages/s end to end (stored, triaged, reply committed and queued), p50/p99
 * latency at a fixed arrival rate, and — measured in the same run on the same machine — the raw
 * BullMQ ceiling (trivial jobs) and the raw PostgreSQL insert ceiling, with the ratios.
 */
import { randomUUID } from "node:crypto";
import { Queue, Worker } from "bullmq";
import pg from "pg";
import { pgConnectionFields } from "../../src/infra/database-url.js";
import { bullConnection } from "../../src/infra/redis-options.js";
import { receiveMessage } from "../../src/intake/receive-message.js";
import type { AppContext } from "../../src/runtime/context.js";
import { startWorkers } from "../../src/runtime/start-workers.js";
import { percentile } from "./bench-figures.js";

export interface PipelineBenchOptions {
  messages: number;
  chats: number;
  rate: number;
  rateSeconds: number;
}

/** A worker's complaint, then small talk: the script every chat of the benchmarks follows. */
export const SCRIPT = [
  "gaji sy blm dibayar 3 bln sama majikan, sy dr lampung kerja di malaysia",
  "1",
  // The optional facts (employer, P3MI), skipped: two skips in a row end them.
  "lewati",
  "lewati",
  "ya",
  "pak tolong dibantu secepatnya ya",
  "terima kasih",
];

export async function runPipelineBench(
  ctx: AppContext,
  databaseUrl: string,
  options: PipelineBenchOptions,
): Promise<Record<string, string | number>> {
  const bullmq = await bullmqCeiling(ctx, Math.min(options.messages * 2, 20_000));
  const postgres = await postgresCeiling(ctx, databaseUrl, Math.min(options.messages, 5_000));

  // The figure is "stored, triaged, reply committed and queued": delivery is the channels' part
  // (their own benchmarks), so no outbound worker competes for the CPU here.
  const stops = [startWorkers(ctx)];
  try {
    const sustained = await sustainedThroughput(ctx, options.messages, options.chats);
    const latency = await latencyAtRate(ctx, options.rate, options.rateSeconds);
    return {
      "pipeline messages/s (sustained)": round(sustained),
      "raw BullMQ trivial jobs/s": round(bullmq),
      "raw PostgreSQL inserts/s (node-postgres, autocommit)": round(postgres),
      "pipeline / BullMQ ceiling": ratio(sustained, bullmq),
      "pipeline / PostgreSQL insert ceiling": ratio(sustained, postgres),
      [`p50 latency ms at ${options.rate} msg/s`]: round(latency.p50),
      [`p99 latency ms at ${options.rate} msg/s`]: round(latency.p99),
      "latency samples": latency.samples,
    };
  } finally {
    for (const stop of stops) await stop();
  }
}

/** Trivial jobs: bulk add, one worker at concurrency 100 — the queue's own ceiling here. */
async function bullmqCeiling(ctx: AppContext, jobs: number): Promise<number> {
  const connection = bullConnection(ctx.redisUrl);
  const name = `ceiling-${randomUUID()}`;
  const queue = new Queue(name, { connection, prefix: ctx.config.QUEUE_PREFIX });
  let done = 0;
  const finished = new Promise<void>((resolve) => {
    const worker = new Worker(name, async () => undefined, { connection, prefix: ctx.config.QUEUE_PREFIX, concurrency: 100 });
    worker.on("completed", () => {
      done += 1;
      if (done === jobs) void worker.close().then(resolve);
    });
  });
  const started = performance.now();
  for (let i = 0; i < jobs; i += 1000) {
    await queue.addBulk(
      Array.from({ length: Math.min(1000, jobs - i) }, (_, k) => ({ name: "noop", data: { i: i + k }, opts: { removeOnComplete: true } })),
    );
  }
  await finished;
  const seconds = (performance.now() - started) / 1000;
  await queue.obliterate({ force: true });
  await queue.close();
  return jobs / seconds;
}

/** Single-row autocommit inserts of message-sized rows with node-postgres, as parallel as the pool: the database's own ceiling. */
async function postgresCeiling(ctx: AppContext, databaseUrl: string, rows: number): Promise<number> {
  const reporter = await ctx.db.reporter.create({ data: {} });
  const conversation = await ctx.db.conversation.create({
    data: { channel: "SIMULATOR", chatId: `ceiling-${randomUUID()}`, reporterId: reporter.id },
  });
  const pool = new pg.Pool(pgConnectionFields(databaseUrl, ctx.config.DB_POOL_SIZE));
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: ctx.config.DB_POOL_SIZE }, async () => {
      while (next < rows) {
        next += 1;
        await pool.query(
          `INSERT INTO "Message" (id, channel, "externalId", "conversationId", direction, kind, text, state, "createdAt", attempts)
           VALUES (gen_random_uuid(), 'SIMULATOR', $1, $2, 'IN', 'text', $3, 'IGNORED', now(), 0)`,
          [`ceiling-${randomUUID()}`, conversation.id, SCRIPT[0]],
        );
      }
    }),
  );
  const perSecond = rows / ((performance.now() - started) / 1000);
  await pool.end();
  return perSecond;
}

function chatMessage(chatId: string, text: string) {
  return {
    channel: "SIMULATOR" as const,
    externalId: `bench-${randomUUID()}`,
    chatId,
    sender: { id: chatId },
    kind: "text" as const,
    text,
  };
}

/** All messages offered as fast as the intake takes them; the clock stops when the last reply is committed. */
async function sustainedThroughput(ctx: AppContext, messages: number, chats: number): Promise<number> {
  const run = randomUUID().slice(0, 8);
  const perChat = Math.max(1, Math.ceil(messages / chats));
  const started = new Date();
  const t0 = performance.now();
  let sent = 0;
  for (let round = 0; round < perChat && sent < messages; round++) {
    const batch: Promise<unknown>[] = [];
    for (let c = 0; c < chats && sent < messages; c++, sent++) {
      batch.push(receiveMessage(ctx, chatMessage(`bench-${run}-${c}`, SCRIPT[round % SCRIPT.length]!)));
      if (batch.length >= 200) await Promise.all(batch.splice(0));
    }
    await Promise.all(batch);
  }
  for (;;) {
    const pending = await ctx.db.message.count({ where: { direction: "IN", state: "RECEIVED", createdAt: { gte: started } } });
    if (pending === 0) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return messages / ((performance.now() - t0) / 1000);
}

/**
 * A steady arrival rate; latency = from handing the message to the intake to its reply being
 * committed (processedAt, the last write before commit).
 */
async function latencyAtRate(ctx: AppContext, rate: number, seconds: number): Promise<{ p50: number; p99: number; samples: number }> {
  const run = randomUUID().slice(0, 8);
  const total = rate * seconds;
  const offered = new Map<string, number>();
  const inflight: Promise<unknown>[] = [];
  const start = performance.now();
  const epoch = Date.now() - start;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const chatId = `lat-${run}-${i % 400}`;
    const at = performance.now();
    inflight.push(
      receiveMessage(ctx, chatMessage(chatId, SCRIPT[Math.floor(i / 400) % SCRIPT.length]!)).then((r) =>
        offered.set(r.messageId, epoch + at),
      ),
    );
  }
  await Promise.all(inflight);
  const ids = [...offered.keys()];
  for (;;) {
    const pending = await ctx.db.message.count({ where: { id: { in: ids }, state: "RECEIVED" } });
    if (pending === 0) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const rows = await ctx.db.message.findMany({ where: { id: { in: ids } }, select: { id: true, processedAt: true } });
  const latencies = rows.map((r) => r.processedAt!.getTime() - offered.get(r.id)!).sort((a, b) => a - b);
  return { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), samples: latencies.length };
}

const round = (n: number) => Math.round(n * 10) / 10;
const ratio = (a: number, b: number) => `${(a / b).toFixed(3)}`;
