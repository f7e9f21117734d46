/**
 * Telegram benchmark: updates from many chats through the real bot (Telegraf, long polling),
 * the real queues and database, to replies received by a local fake Bot API.
 *   npx tsx test/bench/telegram-bench.ts [--updates 10000] [--chats 1000] [--global 300] [--per-chat-ms 1000]
 * Each chat plays a family member: menu, button, report on behalf of a worker, confirm,
 * status lookup, follow-up, an edit — and sends its next update only after the reply to the
 * previous one arrived (a person waits for the answer). Reported: updates/s from first update
 * to last reply, reply latency, and the outbound pace measured at the fake Bot API against the
 * configured limits (highest count in any 1-second window; shortest gap within one chat).
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { pgConnectionFields } from "../../src/infra/database-url.js";
import { FakeTelegramApi, type SentMessage } from "../support/fake-telegram-api.js";
import { createFreshDatabase } from "../support/fresh-database.js";
import { BENCH_DATABASE_URL, BENCH_REDIS_URL, percentile, printFigures } from "./bench-figures.js";

export interface TelegramBenchOptions {
  updates: number;
  chats: number;
  /** Configured global pace (messages/s). Telegram's own limit is about 30. */
  globalPerSecond: number;
  /** Configured gap between two messages to one chat. Telegram's own limit is about 1 s. */
  perChatIntervalMs: number;
  adminUrl: string;
  redisUrl: string;
}

const DEFAULTS: TelegramBenchOptions = {
  updates: 10_000,
  chats: 1000,
  globalPerSecond: 300,
  perChatIntervalMs: 1000,
  adminUrl: BENCH_DATABASE_URL,
  redisUrl: BENCH_REDIS_URL,
};

type Step = { text: string } | { press: string } | { editPrevious: string } | { ticketLookup: true };

/** One family member's conversation; repeated when a chat sends more updates than it has steps. */
const SCRIPT: Step[] = [
  { text: "/start" },
  { press: "Buat pengaduan" },
  { text: "gaji adik saya di malaysia sudah 3 bulan tidak dibayar majikan" },
  { text: "Siti Aminah, adik saya, 0812 3456 7890" },
  { text: "lampung timur" },
  { press: "YA, kirim" },
  { ticketLookup: true },
  { text: "pak mohon kabari kapan adik saya bisa dihubungi petugas" },
  { editPrevious: "pak mohon kabari kapan adik saya bisa dihubungi petugas ya, nomornya aktif" },
  { text: "menu" },
];

export async function runTelegramBench(overrides: Partial<TelegramBenchOptions> = {}): Promise<Record<string, string | number>> {
  const opts = { ...DEFAULTS, ...overrides };
  const api = new FakeTelegramApi();
  await api.start();
  const database = await createFreshDatabase(opts.adminUrl, "bench_telegram");
  const env: Record<string, string> = {
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    QUEUE_PREFIX: `benchtg${randomBytes(3).toString("hex")}`,
    SIMULATOR: "false",
    DB_POOL_SIZE: "40",
    INBOUND_CONCURRENCY: "20",
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.url,
    TELEGRAM_POLL_TIMEOUT_S: "1",
    TELEGRAM_GLOBAL_PER_SECOND: String(opts.globalPerSecond),
    TELEGRAM_PER_CHAT_INTERVAL_MS: String(opts.perChatIntervalMs),
    TELEGRAM_UPDATE_CONCURRENCY: "100",
    // A send waits for its chat's slot while holding a worker: enough workers for the global pace.
    TELEGRAM_OUTBOUND_CONCURRENCY: String(Math.min(500, Math.ceil(opts.globalPerSecond * (opts.perChatIntervalMs / 1000 + 0.2)) + 20)),
  };
  // The bot runs in its own thread, like a separate server: the fake's arrival times stay true.
  const bot = new Worker(new URL("./telegram-bench-bot-entry.mjs", import.meta.url), {
    workerData: { env, databaseUrl: database.url, redisUrl: opts.redisUrl },
  });
  const botMessage = (type: string) =>
    new Promise<Record<string, number>>((resolve, reject) => {
      const onMessage = (m: { type: string } & Record<string, number>) => {
        if (m.type !== type) return;
        bot.off("message", onMessage);
        resolve(m);
      };
      bot.on("message", onMessage);
      bot.once("error", reject);
    });
  await botMessage("ready");

  const latencies: number[] = [];
  /** externalId → wall-clock ms when the update was handed to the fake, to split the latency. */
  const pushedAt = new Map<string, number>();
  let failures = 0;
  const perChat = Math.ceil(opts.updates / opts.chats);
  const started = performance.now();
  let elapsedS = 0;
  try {
    await Promise.all(
      Array.from({ length: opts.chats }, async (_, index) => {
        const userId = 9_000_000 + index;
        const budget = Math.min(perChat, opts.updates - index * perChat);
        let seen = 0;
        let lastMessageId = 0;
        let lastText = "";
        let ticket = "PMI-7K3M9X";
        for (let i = 0; i < budget; i++) {
          const step = SCRIPT[i % SCRIPT.length]!;
          const sentAt = performance.now();
          if ("press" in step) {
            const withButtons = api.sentTo(userId).filter((m) => m.buttons.some((b) => b.text === step.press));
            const message = withButtons[withButtons.length - 1];
            if (message) pushedAt.set(`cb:${(await api.userPresses(userId, message, step.press)).callbackId}`, Date.now());
            else lastMessageId = (await api.userSends(userId, "menu")).messageId;
          } else if ("editPrevious" in step) {
            await api.userEdits(userId, lastMessageId, step.editPrevious);
          } else {
            lastText = "ticketLookup" in step ? `cek ${ticket}` : step.text;
            lastMessageId = (await api.userSends(userId, lastText)).messageId;
            pushedAt.set(`${userId}:${lastMessageId}`, Date.now());
          }
          let replies: SentMessage[];
          try {
            replies = await api.nextMessages(userId, seen, 1, 120_000);
          } catch {
            failures++;
            break;
          }
          latencies.push(replies[0]!.at - sentAt);
          seen = api.sentTo(userId).length;
          ticket = /PMI-[A-Z0-9]{6}/.exec(replies[0]!.text)?.[0] ?? ticket;
        }
      }),
    );
  } finally {
    elapsedS = (performance.now() - started) / 1000;
  }
  const stages = await stageLatencies(database.url, pushedAt);
  const stoppedMessage = botMessage("stopped");
  bot.postMessage({ type: "stop" });
  const { cases, stored } = await stoppedMessage;
  await bot.terminate();
  await database.drop();
  await api.stop();

  const pace = measurePace(api.sent);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(percentile(latencies, p / 100));
  return {
    "updates answered": `${latencies.length} of ${opts.updates} from ${opts.chats} chats (${failures} chats timed out)`,
    "updates stored / cases opened": `${stored} / ${cases}`,
    "updates/s (first update → last reply)": (latencies.length / elapsedS).toFixed(1),
    "reply latency p50 / p95 / p99 (ms)": `${pct(50)} / ${pct(95)} / ${pct(99)}`,
    "  of which update → stored p50 / p95 (ms)": stages.stored,
    "  of which stored → processed p50 / p95 (ms)": stages.processed,
    "messages sent to the fake Bot API": api.sent.length,
    "global pace: configured limit (msg/s)": opts.globalPerSecond,
    "global pace: most in any 1 s window": pace.maxInWindow,
    "global pace: average while sending (msg/s)": pace.averagePerSecond.toFixed(1),
    "per-chat pace: configured gap (ms)": opts.perChatIntervalMs,
    "per-chat pace: shortest gap seen (ms)": Math.round(pace.minChatGapMs),
    "within limits": pace.maxInWindow <= opts.globalPerSecond && pace.minChatGapMs >= opts.perChatIntervalMs - 5 ? "yes" : "NO",
  };
}

/** Where the time goes: the adapter storing the update, then the pipeline processing it. */
async function stageLatencies(databaseUrl: string, pushedAt: Map<string, number>): Promise<{ stored: string; processed: string }> {
  const client = new pg.Client(pgConnectionFields(databaseUrl));
  await client.connect();
  const { rows } = await client.query<{ externalId: string; createdAt: Date; processedAt: Date | null }>(
    `SELECT "externalId", "createdAt", "processedAt" FROM "Message" WHERE direction = 'IN' AND channel = 'TELEGRAM'`,
  );
  await client.end();
  const stored: number[] = [];
  const processed: number[] = [];
  for (const row of rows) {
    const pushed = pushedAt.get(row.externalId);
    if (pushed === undefined) continue;
    stored.push(row.createdAt.getTime() - pushed);
    if (row.processedAt) processed.push(row.processedAt.getTime() - row.createdAt.getTime());
  }
  const p = (values: number[], q: number) =>
    Math.round(
      percentile(
        [...values].sort((a, b) => a - b),
        q,
      ),
    );
  return { stored: `${p(stored, 0.5)} / ${p(stored, 0.95)}`, processed: `${p(processed, 0.5)} / ${p(processed, 0.95)}` };
}

/** Highest number of sends in any 1,000 ms window, and the shortest gap between two sends to one chat. */
function measurePace(sent: SentMessage[]): { maxInWindow: number; averagePerSecond: number; minChatGapMs: number } {
  const times = sent.map((m) => m.at).sort((a, b) => a - b);
  let maxInWindow = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= 1000) j++;
    maxInWindow = Math.max(maxInWindow, i - j + 1);
  }
  const lastByChat = new Map<string, number>();
  let minChatGapMs = Infinity;
  for (const m of [...sent].sort((a, b) => a.at - b.at)) {
    const previous = lastByChat.get(m.chatId);
    if (previous !== undefined) minChatGapMs = Math.min(minChatGapMs, m.at - previous);
    lastByChat.set(m.chatId, m.at);
  }
  const span = times.length > 1 ? (times[times.length - 1]! - times[0]!) / 1000 : 1;
  return { maxInWindow, averagePerSecond: times.length / span, minChatGapMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      updates: { type: "string" },
      chats: { type: "string" },
      global: { type: "string" },
      "per-chat-ms": { type: "string" },
    },
  });
  const figures = await runTelegramBench({
    ...(values.updates ? { updates: Number(values.updates) } : {}),
    ...(values.chats ? { chats: Number(values.chats) } : {}),
    ...(values.global ? { globalPerSecond: Number(values.global) } : {}),
    ...(values["per-chat-ms"] ? { perChatIntervalMs: Number(values["per-chat-ms"]) } : {}),
  });
  printFigures("Telegram", figures);
  process.exit(0);
}
