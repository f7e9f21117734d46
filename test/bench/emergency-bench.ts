/**
 * Emergency latency benchmark: how long an emergency message waits for its first reply while a
 * 10,000-message burst of ordinary complaints floods both channels. WhatsApp (fake socket) and
 * Telegram (long polling, or with --telegram-webhook a webhook) run in this process with the
 * production pace and typing settings (the config defaults: WhatsApp 5 messages/s per number,
 * 1.5 s per chat, "typing..." before long replies; Telegram 30/s, 1 s per chat). The queue
 * workers run in a process of their own (emergency-bench-workers.ts), as a deployment runs
 * ROLES=workers beside ROLES=bots, and so does the fake Bot API (fake-telegram-process.ts), as
 * Telegram's servers are not on the bots' event loop.
 * Measured per emergency: from the message handed to the channel (socket event, Bot API update)
 * to the first reply handed to sendMessage (WhatsApp) or arriving at the Bot API (Telegram), and
 * where that time went (the rows' and jobs' own times). Emergencies come one a second per
 * channel from chats of their own (a WhatsApp number sends 5 messages a second at most: more
 * emergencies than that would wait for one another, whatever the burst).
 * The baseline, in the same run: an ordinary complaint from a fresh chat sent beside each
 * emergency, measured the same way (both waited for at most 60 s; one not answered counts as 60 s).
 * --rate offers the burst at that many messages/s over both channels (0, the default: all at
 * once, so Telegram's updates wait at the Bot API, which hands them out in order: 100 per
 * getUpdates, or with --telegram-webhook one per POST to the bot's webhook, 100 requests in
 * flight, as Telegram pushes them to a webhook deployment).
 *   npx tsx test/bench/emergency-bench.ts [--messages 10000] [--emergencies 40] [--rate 0] [--telegram-webhook]
 *   npm run bench -- --only emergency
 * Target (issue 11): p99 < 1 s.
 */
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { startBots } from "../../bots/start-bots.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { freePort } from "../../src/infra/free-port.js";
import { createContext } from "../../src/runtime/context.js";
import { fakeBotsOptions, fakeSocketFactory } from "../support/fake-whatsapp-socket.js";
import { createFreshDatabase } from "../support/fresh-database.js";
import { person, textMessage } from "../support/whatsapp-messages.js";
import { BENCH_DATABASE_URL, BENCH_REDIS_URL, percentile, printFigures } from "./bench-figures.js";
import { SCRIPT } from "./pipeline-bench.js";
import { epochNow, RemoteTelegramApi } from "./remote-telegram-api.js";
import { JOB_ID } from "../../queues/names.js";

export interface EmergencyBenchOptions {
  /** Ordinary messages in the burst, half per channel. */
  messages: number;
  /** Emergencies per channel, spread over the burst. */
  emergencies: number;
  /** Messages per second offered over both channels; 0: the whole burst at once. */
  rate: number;
  /** Telegram pushes updates to the bot's webhook instead of the bot long-polling. */
  telegramWebhook: boolean;
}

const EMERGENCY_TEXT = "tolong saya disekap majikan di malaysia, tidak boleh keluar rumah, paspor ditahan";
const CONTROL_TEXT = "gaji saya belum dibayar 3 bulan, saya dari lampung, kerja di malaysia";
/** The longest an emergency or an ordinary control message is waited for. */
const WAIT_MS = 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runEmergencyBench(overrides: Partial<EmergencyBenchOptions> = {}): Promise<Record<string, string | number>> {
  const opts = { messages: 10_000, emergencies: 40, rate: 0, telegramWebhook: false, ...overrides };
  const api = new RemoteTelegramApi();
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
    ...(opts.telegramWebhook ? await webhookSettings() : {}),
  });
  const ctx = await createContext(config, createLogger(config.LOG_LEVEL), { databaseUrl: database.url, redisUrl: BENCH_REDIS_URL });
  const workers = await startWorkerProcess({ databaseUrl: database.url, redisUrl: BENCH_REDIS_URL, prefix: config.QUEUE_PREFIX });
  const fake = fakeSocketFactory();
  const stopBots = await startBots(ctx, fakeBotsOptions(fake));
  fake.latest().open({ id: "6281100000009:1@s.whatsapp.net", lid: "99000000000009:1@lid" });
  const socket = fake.latest();

  const perChannel = Math.floor(opts.messages / 2);
  const chats = 500;
  const latency = { wa: [] as number[], tg: [] as number[], waControl: [] as number[], tgControl: [] as number[] };
  const missed = { wa: 0, tg: 0, waControl: 0, tgControl: 0 };
  /** The Telegram emergencies' update ids, for their way to the webhook. */
  const emergencyUpdates: number[] = [];
  /** Each emergency's chats and when it was offered (epoch ms), for where its time went. */
  const emergencyChats: { chatIds: string[]; offeredAt: number; channel: "wa" | "tg" }[] = [];
  const started = Date.now();
  const botsLoopDelay = monitorEventLoopDelay({ resolution: 10 });
  botsLoopDelay.enable();
  try {
    // The burst: every chat's next message, round after round, on both channels at once.
    const burst = (async () => {
      for (let round = 0, sent = 0; sent < perChannel; round++) {
        // At a given rate, each round of 2 × `chats` messages leaves at its time.
        if (opts.rate > 0) await sleep(started + (round * chats * 2 * 1000) / opts.rate - Date.now());
        const batch = [];
        const text = SCRIPT[round % SCRIPT.length]!;
        const users: number[] = [];
        for (let c = 0; c < chats && sent < perChannel; c++, sent++) {
          batch.push(textMessage({ jid: person(c).pn, alt: person(c).lid }, text));
          if (batch.length === 20) socket.receive(batch.splice(0));
          users.push(7_000_000 + c);
        }
        if (batch.length) socket.receive(batch);
        // Queued at the Bot API at once (pushed to the webhook from there, 100 requests at most in flight).
        api.burst(users, text);
        // One turn of the event loop per round, as the awaited pushes gave before.
        await sleep(0);
      }
    })();

    /** One message in on both channels from fresh chats; its first reply's latency goes into `wa`/`tg`. */
    const probe = async (n: number, text: string, wa: "wa" | "waControl", tg: "tg" | "tgControl", waitMs = WAIT_MS) => {
      const waPerson = person(n);
      const waOffered = Date.now();
      socket.receive([textMessage({ jid: waPerson.pn, alt: waPerson.lid }, text)]);
      const tgUser = 8_000_000 + n;
      // The fake Bot API runs in a process of its own: times cross as epoch milliseconds.
      const tgOffered = epochNow();
      const tgReply = api.firstReplyAt(tgUser, waitMs);
      const { updateId } = await api.userSends(tgUser, text);
      if (wa === "wa") {
        emergencyUpdates.push(updateId);
        emergencyChats.push({ chatIds: [waPerson.pn, waPerson.lid], offeredAt: waOffered, channel: "wa" });
        emergencyChats.push({ chatIds: [String(tgUser)], offeredAt: tgOffered, channel: "tg" });
      }
      // One not answered in time counts as the wait (and is reported as missed).
      await Promise.all([
        waitUntil(() => socket.sent.find((m) => m.jid === waPerson.pn), waitMs).then(
          (m) => latency[wa].push(m.at - waOffered),
          () => (latency[wa].push(waitMs), missed[wa]++),
        ),
        tgReply.then((at) => {
          if (at === null) latency[tg].push(waitMs), missed[tg]++;
          else latency[tg].push(at - tgOffered);
        }),
      ]);
    };
    // Emergencies from chats of their own, spread over the burst, one a second per channel,
    // each with an ordinary complaint from another fresh chat beside it (the baseline).
    const emergencies = Array.from({ length: opts.emergencies }, async (_, i) => {
      await sleep(200 + i * 1000);
      await Promise.all([probe(50_000 + i, EMERGENCY_TEXT, "wa", "tg"), probe(60_000 + i, CONTROL_TEXT, "waControl", "tgControl")]);
    });
    await Promise.all([burst, ...emergencies]);
    const burstSeconds = (Date.now() - started) / 1000;
    const telegramStats = await api.stats(emergencyUpdates);
    const storedIn = await ctx.db.message.count({ where: { direction: "IN" } });
    const queuedOut = await ctx.db.message.count({ where: { direction: "OUT", state: "QUEUED" } });
    const composingForEmergency = socket.presences.filter((p) => p.type === "composing" && p.jid && /^62812000500/.test(p.jid)).length;
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const figure = (xs: number[]) =>
      [percentile(sorted(xs), 0.5), percentile(sorted(xs), 0.99), sorted(xs).at(-1) ?? 0].map((ms) => Math.round(ms)).join(" / ");
    // How many times longer an ordinary complaint waited (p50 against p50); "≥" when some were cut off at 60 s.
    const ratio = (control: number[], emergency: number[], cut: number) => {
      const times = percentile(sorted(control), 0.5) / Math.max(1, percentile(sorted(emergency), 0.5));
      return `${cut > 0 ? "≥ " : ""}${times >= 10 ? Math.round(times) : Math.round(times * 10) / 10}×`;
    };
    return {
      "burst: ordinary messages offered (WhatsApp + Telegram)": perChannel * 2,
      "offered at, messages/s (0: all at once)": opts.rate,
      "telegram updates reach the bot by": opts.telegramWebhook
        ? `webhook (${telegramStats.maxConnections} requests at most in flight, ${telegramStats.peakInFlight} at the peak, ${telegramStats.refused} refused and sent again)`
        : "long polling",
      "emergencies per channel": opts.emergencies,
      "whatsapp: emergency message in → first reply to sendMessage, ms p50 / p99 / max (target p99 < 1000)": figure(latency.wa),
      "telegram: emergency update in → first reply at the Bot API, ms p50 / p99 / max (target p99 < 1000)": figure(latency.tg),
      ...(opts.telegramWebhook ? webhookFigures(telegramStats.timings, figure) : {}),
      ...(await stageFigures(ctx, emergencyChats, figure)),
      "emergencies with no reply within 60 s, WhatsApp / Telegram": `${missed.wa} / ${missed.tg}`,
      "baseline, ordinary complaint beside each emergency, ms p50 / p99 / max, WhatsApp": figure(latency.waControl),
      "baseline, ordinary complaint beside each emergency, ms p50 / p99 / max, Telegram": figure(latency.tgControl),
      "ordinary complaints with no reply within 60 s, WhatsApp / Telegram": `${missed.waControl} / ${missed.tgControl}`,
      "ordinary p50 / emergency p50, WhatsApp / Telegram":
        `${ratio(latency.waControl, latency.wa, missed.waControl)} / ` + `${ratio(latency.tgControl, latency.tg, missed.tgControl)}`,
      "inbound messages stored when the last emergency was answered": storedIn,
      "ordinary replies still waiting for their paced turn then": queuedOut,
      "'typing...' shown before an emergency reply": composingForEmergency,
      "bots' process: event loop delay during the run, ms p50 / p99 / max": [0.5, 0.99]
        .map((p) => Math.round(botsLoopDelay.percentile(p * 100) / 1e6))
        .concat(Math.round(botsLoopDelay.max / 1e6))
        .join(" / "),
      "workers' process: event loop delay during the run, ms p50 / p99 / max": (await workers.loopDelay()).join(" / "),
      "seconds from the burst's start to the last emergency and control answered": Math.round(burstSeconds * 10) / 10,
    };
  } finally {
    await stopBots();
    await workers.stop();
    const queues = [
      ctx.queues.inbound,
      ctx.queues.inboundEmergency,
      ctx.queues.sla,
      ...(["WHATSAPP", "TELEGRAM"] as const).flatMap((c) => [ctx.queues.outboundQueue(c), ctx.queues.outboundQueue(c, "emergency")]),
    ];
    for (const queue of queues) await queue.obliterate({ force: true }).catch(() => undefined);
    await ctx.close();
    await database.drop();
    await api.stop();
  }
}

/**
 * Where an emergency's time went, from the rows' own times: offered → stored (the inbound row's
 * commit began), stored → its reply written (the reply row's transaction began), and what is left
 * until the send (the outbound queue and the channel's pace).
 */
async function stageFigures(
  ctx: Awaited<ReturnType<typeof createContext>>,
  chats: { chatIds: string[]; offeredAt: number; channel: "wa" | "tg" }[],
  figure: (xs: number[]) => string,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const channel of ["wa", "tg"] as const) {
    const stored: number[] = [];
    const written: number[] = [];
    const queued: number[] = [];
    const picked: number[] = [];
    const sent: number[] = [];
    for (const chat of chats.filter((c) => c.channel === channel)) {
      const conversation = await ctx.db.conversation.findFirst({ where: { chatId: { in: chat.chatIds } }, select: { id: true } });
      if (!conversation) continue;
      const first = async (direction: "IN" | "OUT") =>
        ctx.db.message.findFirst({
          where: { conversationId: conversation.id, direction },
          orderBy: { seq: "asc" },
          select: { id: true, createdAt: true, sentAt: true },
        });
      const [inbound, reply] = await Promise.all([first("IN"), first("OUT")]);
      if (inbound) stored.push(inbound.createdAt.getTime() - chat.offeredAt);
      if (inbound && reply) written.push(reply.createdAt.getTime() - inbound.createdAt.getTime());
      const job =
        reply &&
        (await ctx.queues.outboundQueue(channel === "wa" ? "WHATSAPP" : "TELEGRAM", "emergency").getJob(JOB_ID.outbound(reply.id)));
      if (reply && job?.processedOn) {
        queued.push(job.timestamp - reply.createdAt.getTime());
        picked.push(job.processedOn - job.timestamp);
        if (reply.sentAt) sent.push(reply.sentAt.getTime() - job.processedOn);
      }
    }
    const name = channel === "wa" ? "whatsapp" : "telegram";
    out[`${name} emergency: offered → stored, ms p50 / p99 / max`] = figure(stored);
    out[`${name} emergency: stored → reply written, ms p50 / p99 / max`] = figure(written);
    out[`${name} emergency: reply written → its send job queued, ms p50 / p99 / max`] = figure(queued);
    out[`${name} emergency: send job queued → taken by the outbound worker, ms p50 / p99 / max`] = figure(picked);
    out[`${name} emergency: taken → sent, ms p50 / p99 / max`] = figure(sent);
  }
  return out;
}

/** Where a Telegram emergency's time went before the bot stored it: waiting at the Bot API for a connection, then the bot's answer. */
function webhookFigures(
  timings: { queuedAt: number; sentAt: number; answeredAt: number }[],
  figure: (xs: number[]) => string,
): Record<string, string> {
  return {
    "telegram emergency: waiting at the Bot API for a webhook connection, ms p50 / p99 / max": figure(
      timings.map((t) => t.sentAt - t.queuedAt),
    ),
    "telegram emergency: POST sent → the bot's 200 (stored), ms p50 / p99 / max": figure(timings.map((t) => t.answeredAt - t.sentAt)),
  };
}

/** The bot serves a webhook on a free local port; the fake Bot API pushes to it once registered. */
async function webhookSettings(): Promise<Record<string, string>> {
  const port = await freePort();
  return {
    TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/masuk`,
    TELEGRAM_WEBHOOK_SECRET: randomBytes(24).toString("hex"),
    TELEGRAM_WEBHOOK_PORT: String(port),
  };
}

interface WorkerProcess {
  /** Its event loop's delay so far, ms p50 / p99 / max. */
  loopDelay(): Promise<number[]>;
  stop(): Promise<void>;
}

/** Starts the workers' process and resolves once it is ready. */
async function startWorkerProcess(args: { databaseUrl: string; redisUrl: string; prefix: string }): Promise<WorkerProcess> {
  const child = fork(new URL("./emergency-bench-workers.ts", import.meta.url).pathname, [JSON.stringify(args)], {
    execArgv: ["--import", "tsx"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`the workers' process stopped at start (exit ${code})`)));
  });
  return {
    loopDelay: () =>
      new Promise((resolve) => {
        child.once("message", (answer) => resolve((answer as { delay: number[] }).delay));
        child.send("delay?");
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.send("stop");
      }),
  };
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
  const { values } = parseArgs({
    options: {
      messages: { type: "string" },
      emergencies: { type: "string" },
      rate: { type: "string" },
      "telegram-webhook": { type: "boolean" },
    },
  });
  const figures = await runEmergencyBench({
    ...(values.messages ? { messages: Number(values.messages) } : {}),
    ...(values.emergencies ? { emergencies: Number(values.emergencies) } : {}),
    ...(values.rate ? { rate: Number(values.rate) } : {}),
    telegramWebhook: values["telegram-webhook"] ?? false,
  });
  printFigures("Emergency replies during a burst", figures);
  process.exit(0);
}
