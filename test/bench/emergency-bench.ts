/**
 * Emergency latency benchmark: how long an emergency message waits for its first reply while a
 * 10,000-message burst of ordinary complaints floods both channels. WhatsApp (fake socket) and
 * Telegram (local fake Bot API, long polling) run with the production pace and typing settings
 * (the config defaults: WhatsApp 5 messages/s per number, 1.5 s per chat, "typing..." before long
 * replies; Telegram 30/s, 1 s per chat), together with the queue workers, in this process.
 * Measured per emergency: from the message handed to the channel (socket event, Bot API update)
 * to the first reply handed to sendMessage (WhatsApp) or arriving at the Bot API (Telegram).
 *   npx tsx test/bench/emergency-bench.ts [--messages 10000] [--emergencies 40]
 *   npm run bench -- --only emergency
 * Target (issue 11): p99 < 1 s.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { startBots } from "../../bots/start-bots.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { createContext } from "../../src/runtime/context.js";
import { startWorkers } from "../../src/runtime/start-workers.js";
import { FakeTelegramApi } from "../support/fake-telegram-api.js";
import { fakeBotsOptions, fakeSocketFactory } from "../support/fake-whatsapp-socket.js";
import { createFreshDatabase } from "../support/fresh-database.js";
import { person, textMessage } from "../support/whatsapp-messages.js";
import { BENCH_DATABASE_URL, BENCH_REDIS_URL, percentile, printFigures } from "./bench-figures.js";
import { SCRIPT } from "./pipeline-bench.js";

export interface EmergencyBenchOptions {
  /** Ordinary messages in the burst, half per channel. */
  messages: number;
  /** Emergencies per channel, spread over the burst. */
  emergencies: number;
}

const EMERGENCY_TEXT = "tolong saya disekap majikan di malaysia, tidak boleh keluar rumah, paspor ditahan";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runEmergencyBench(overrides: Partial<EmergencyBenchOptions> = {}): Promise<Record<string, string | number>> {
  const opts = { messages: 10_000, emergencies: 40, ...overrides };
  const api = new FakeTelegramApi();
  await api.start();
  const database = await createFreshDatabase(BENCH_DATABASE_URL, "bench_emergency");
  // Production pace and typing: the defaults of src/config.ts are left alone.
  const config = loadConfig({
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    QUEUE_PREFIX: `benchem${randomBytes(3).toString("hex")}`,
    SIMULATOR: "false",
    WHATSAPP_ACCOUNTS: "bench",
    WHATSAPP_AUTH_KEY: `bench:${randomBytes(32).toString("base64")}`,
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.url,
    TELEGRAM_POLL_TIMEOUT_S: "1",
  });
  const ctx = await createContext(config, createLogger(config.LOG_LEVEL), { databaseUrl: database.url, redisUrl: BENCH_REDIS_URL });
  const stopWorkers = startWorkers(ctx);
  const fake = fakeSocketFactory();
  const stopBots = await startBots(ctx, fakeBotsOptions(fake));
  fake.latest().open({ id: "6281100000009:1@s.whatsapp.net", lid: "99000000000009:1@lid" });
  const socket = fake.latest();

  const perChannel = Math.floor(opts.messages / 2);
  const chats = 500;
  const waLatency: number[] = [];
  const tgLatency: number[] = [];
  const missed = { wa: 0, tg: 0 };
  const started = Date.now();
  try {
    // The burst: every chat's next message, round after round, on both channels at once.
    const burst = (async () => {
      for (let round = 0, sent = 0; sent < perChannel; round++) {
        const batch = [];
        const text = SCRIPT[round % SCRIPT.length]!;
        const pushes: Promise<unknown>[] = [];
        for (let c = 0; c < chats && sent < perChannel; c++, sent++) {
          batch.push(textMessage({ jid: person(c).pn, alt: person(c).lid }, text));
          if (batch.length === 20) socket.receive(batch.splice(0));
          pushes.push(api.userSends(7_000_000 + c, text));
        }
        if (batch.length) socket.receive(batch);
        await Promise.all(pushes);
      }
    })();

    // Emergencies from chats of their own, spread over the burst, one every 250 ms per channel.
    const emergencies = Array.from({ length: opts.emergencies }, async (_, i) => {
      await sleep(200 + i * 250);
      const wa = person(50_000 + i);
      const waOffered = Date.now();
      socket.receive([textMessage({ jid: wa.pn, alt: wa.lid }, EMERGENCY_TEXT)]);
      const tgUser = 8_000_000 + i;
      // The fake Bot API stamps arrivals with performance.now().
      const tgOffered = performance.now();
      await api.userSends(tgUser, EMERGENCY_TEXT);
      // An emergency not answered within a minute counts as a minute (and is reported as missed).
      await Promise.all([
        waitUntil(() => socket.sent.find((m) => m.jid === wa.pn), 60_000).then(
          (m) => waLatency.push(m.at - waOffered),
          () => (waLatency.push(60_000), missed.wa++),
        ),
        waitUntil(() => api.sentTo(tgUser)[0], 60_000).then(
          (m) => tgLatency.push(m.at - tgOffered),
          () => (tgLatency.push(60_000), missed.tg++),
        ),
      ]);
    });
    await Promise.all([burst, ...emergencies]);
    const burstSeconds = (Date.now() - started) / 1000;
    const storedIn = await ctx.db.message.count({ where: { direction: "IN" } });
    const queuedOut = await ctx.db.message.count({ where: { direction: "OUT", state: "QUEUED" } });
    const composingForEmergency = socket.presences.filter((p) => p.type === "composing" && p.jid && /^62812000500/.test(p.jid)).length;
    const figure = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return `${percentile(sorted, 0.5)} / ${percentile(sorted, 0.99)} / ${sorted[sorted.length - 1] ?? 0}`;
    };
    return {
      "burst: ordinary messages offered (WhatsApp + Telegram)": perChannel * 2,
      "emergencies per channel": opts.emergencies,
      "whatsapp: emergency message in → first reply to sendMessage, ms p50 / p99 / max (target p99 < 1000)": figure(waLatency),
      "telegram: emergency update in → first reply at the Bot API, ms p50 / p99 / max (target p99 < 1000)": figure(tgLatency),
      "emergencies with no reply within 60 s, WhatsApp / Telegram": `${missed.wa} / ${missed.tg}`,
      "inbound messages stored when the last emergency was answered": storedIn,
      "ordinary replies still waiting for their paced turn then": queuedOut,
      "'typing...' shown before an emergency reply": composingForEmergency,
      "seconds from the burst's start to the last emergency answered": Math.round(burstSeconds * 10) / 10,
    };
  } finally {
    await stopBots();
    await stopWorkers();
    const queues = [ctx.queues.inbound, ctx.queues.sla, ctx.queues.outboundQueue("WHATSAPP"), ctx.queues.outboundQueue("TELEGRAM")];
    for (const queue of queues) await queue.obliterate({ force: true }).catch(() => undefined);
    await ctx.close();
    await database.drop();
    await api.stop();
  }
}

async function waitUntil<T>(find: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error("emergency reply not sent in time");
    await sleep(5);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { messages: { type: "string" }, emergencies: { type: "string" } } });
  const figures = await runEmergencyBench({
    ...(values.messages ? { messages: Number(values.messages) } : {}),
    ...(values.emergencies ? { emergencies: Number(values.emergencies) } : {}),
  });
  printFigures("Emergency replies during a burst", figures);
  process.exit(0);
}
