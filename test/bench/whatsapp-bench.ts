/**
 * WhatsApp benchmark: 10,000 inbound texts from 1,000 chats through the real bot code (the
 * channel on a fake socket that emits Baileys' events), the real queues and database, to the
 * replies handed to sendMessage. The bot runs in a process of its own (the "bots" role), the
 * queue workers in this one, as in a deployment; the bot's memory is sampled in its process.
 * The same load is also run with no channel in between (messages handed straight to the
 * intake, replies to a sender that only records) — the pipeline alone — on a fresh database,
 * so the channel's cost is the difference. The bot process runs what production runs
 * (`npm run start:bots`): the project compiled with the production build's settings
 * (tsconfig.build.json) on plain node — not tsx, whose loader alone costs about 80 MB — unless
 * WA_BENCH_RUNTIME=tsx, with the node flags and MALLOC_ARENA_MAX of package.json's "config"
 * (botsNodeFlags, botsMallocArenaMax), which start:bots applies too.
 *   npx tsx test/bench/whatsapp-bench.ts [--messages 10000] [--chats 1000] [--rounds 2]
 *   npm run bench -- --only whatsapp
 * Targets (issue 3): the channel adds < 20% over the pipeline alone; bot process < 200 MB RSS.
 */
import { SCRIPT } from "./pipeline-bench.js";
import { execFileSync, fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { createContext, type AppContext } from "../../src/runtime/context.js";
import { startWorkers } from "../../src/runtime/start-workers.js";
import { createFreshDatabase } from "../support/fresh-database.js";
import type { BotRunReport, BotRunSpec } from "./whatsapp-bench-bot.js";
import { BENCH_DATABASE_URL, BENCH_REDIS_URL, printFigures } from "./bench-figures.js";

export interface WhatsAppBenchOptions {
  messages: number;
  chats: number;
  inboundConcurrency: number;
  outboundConcurrency: number;
  /** Alternating baseline/channel runs; the best of each counts (this machine may be shared). */
  rounds: number;
  adminUrl: string;
  redisUrl: string;
}

/**
 * The bots role's memory settings, from their one source: package.json's "config", which
 * `npm run start:bots` passes to node (npm exposes it as $npm_package_config_*). A young
 * generation of 4 MB and an old generation capped at 160 MB; glibc's malloc keeps one arena per
 * thread by default, two keep node's RSS close to its use. See bots/whatsapp/README.md.
 */
const botsSettings = (() => {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL("../../package.json", import.meta.url)), "utf8")) as {
    config?: { botsNodeFlags?: string; botsMallocArenaMax?: string };
  };
  const { botsNodeFlags, botsMallocArenaMax } = pkg.config ?? {};
  if (!botsNodeFlags || !botsMallocArenaMax)
    throw new Error('package.json: "config" needs botsNodeFlags and botsMallocArenaMax (used by npm run start:bots)');
  return { nodeFlags: botsNodeFlags.split(/\s+/).filter(Boolean), mallocArenaMax: botsMallocArenaMax };
})();

/** The bot process as `npm run start:bots` runs it: its node flags, and MALLOC_ARENA_MAX (the environment's wins). */
const TUNED = { flags: botsSettings.nodeFlags, env: { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? botsSettings.mallocArenaMax } };

const DEFAULTS: WhatsAppBenchOptions = {
  messages: 10_000,
  chats: 1000,
  inboundConcurrency: 50,
  outboundConcurrency: 50,
  rounds: 2,
  adminUrl: BENCH_DATABASE_URL,
  redisUrl: BENCH_REDIS_URL,
};

interface RunResult {
  messagesPerSecond: number;
  seconds: number;
  sends: number;
  report: BotRunReport;
}

export async function runWhatsAppBench(overrides: Partial<WhatsAppBenchOptions> = {}): Promise<Record<string, string | number>> {
  const opts = { ...DEFAULTS, ...overrides };
  const runtime = botRuntime();
  const baselines: RunResult[] = [];
  const channels: RunResult[] = [];
  let unbounded: RunResult;
  try {
    if (process.env.WA_BENCH_ONLY === "whatsapp") {
      // Diagnostics: one channel run with the configured flags, nothing else.
      const only = await runOnce("whatsapp", opts, runtime, TUNED);
      return {
        "messages/s": round(only.messagesPerSecond),
        "CPU ms per message": round(only.report.cpuMs / opts.messages),
        "RSS start / peak MB": `${only.report.rssStartMb} / ${only.report.rssPeakMb}`,
        "heap peak MB": only.report.heapPeakMb,
        "external at RSS peak MB": only.report.externalAtPeakMb,
      };
    }
    for (let round = 0; round < opts.rounds; round++) {
      baselines.push(await runOnce("pipeline", opts, runtime, TUNED));
      channels.push(await runOnce("whatsapp", opts, runtime, TUNED));
    }
    // The same channel run with node's and glibc's defaults: what the bot takes if nobody tunes it.
    unbounded = await runOnce("whatsapp", opts, runtime, UNTUNED);
  } finally {
    runtime.cleanup();
  }
  const best = (runs: RunResult[]) => runs.reduce((a, b) => (b.messagesPerSecond > a.messagesPerSecond ? b : a));
  const baseline = best(baselines);
  const channel = best(channels);
  const overhead = baseline.messagesPerSecond / channel.messagesPerSecond - 1;
  const list = (runs: RunResult[]) => runs.map((r) => round(r.messagesPerSecond)).join(" / ");
  const cpu = { baseline: cpuPerMessage(baselines, opts.messages), channel: cpuPerMessage(channels, opts.messages) };
  const untunedRss = `${unbounded.report.rssStartMb} / ${unbounded.report.rssPeakMb}`;
  return {
    "pipeline alone: inbound messages/s, socket-free (best of runs)": round(baseline.messagesPerSecond),
    "whatsapp channel: inbound messages/s, socket event to sendMessage (best of runs)": round(channel.messagesPerSecond),
    "channel overhead (target < 20%)": `${(overhead * 100).toFixed(1)}%`,
    "bot process CPU ms per inbound message, pipeline alone / whatsapp (median run)": `${cpu.baseline} / ${cpu.channel}`,
    "all runs, pipeline alone": list(baselines),
    "all runs, whatsapp channel": list(channels),
    "whatsapp run: replies handed to sendMessage (identical repeats not resent)": channel.sends,
    "pipeline run: replies handed to sender": baseline.sends,
    [`bot process RSS at start, MB (MALLOC_ARENA_MAX=${TUNED.env.MALLOC_ARENA_MAX} ${TUNED.flags.join(" ")})`]: Math.max(
      ...channels.map((r) => r.report.rssStartMb),
    ),
    [`bot process RSS peak, MB (target < 200; same settings)`]: Math.max(...channels.map((r) => r.report.rssPeakMb)),
    "bot process heap peak, MB": Math.max(...channels.map((r) => r.report.heapPeakMb)),
    "bot process memory outside the heap at the RSS peak, MB": Math.max(...channels.map((r) => r.report.externalAtPeakMb)),
    "bot process RSS at start / peak, MB, untuned (node and glibc defaults)": untunedRss,
    "whatsapp messages/s untuned": round(unbounded.messagesPerSecond),
    "baseline bot process RSS peak, MB": Math.max(...baselines.map((r) => r.report.rssPeakMb)),
    "runtime of bot process": runtime.label,
  };
}

interface BotRuntime {
  script: string;
  execArgv: string[];
  label: string;
  cleanup(): void;
}

/**
 * The bot process's code: compiled once into a temporary folder with the production build's
 * compiler settings (test/bench/tsconfig.whatsapp-bench.json extends tsconfig.build.json and adds
 * only the bot script), or tsx.
 */
function botRuntime(): BotRuntime {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  if (process.env.WA_BENCH_RUNTIME === "tsx") {
    return {
      script: join(root, "test/bench/whatsapp-bench-bot.ts"),
      execArgv: ["--import", "tsx"],
      label: `node ${process.version} + tsx loader`,
      cleanup: () => undefined,
    };
  }
  const out = mkdtempSync(join(tmpdir(), "wa-bench-"));
  execFileSync(
    process.execPath,
    [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "test/bench/tsconfig.whatsapp-bench.json"), "--outDir", out],
    { stdio: "inherit" },
  );
  writeFileSync(join(out, "package.json"), JSON.stringify({ type: "module" }));
  symlinkSync(join(root, "node_modules"), join(out, "node_modules"), "dir");
  return {
    script: join(out, "test/bench/whatsapp-bench-bot.js"),
    execArgv: [],
    label: `node ${process.version}, compiled with tsc (tsconfig.build.json)`,
    cleanup: () => rmSync(out, { recursive: true, force: true }),
  };
}

interface Tuning {
  flags: string[];
  env: Record<string, string>;
}
const UNTUNED: Tuning = { flags: [], env: {} };

async function runOnce(mode: BotRunSpec["mode"], opts: WhatsAppBenchOptions, runtime: BotRuntime, tuning: Tuning): Promise<RunResult> {
  const database = await createFreshDatabase(opts.adminUrl, `bench_wa_${mode}`);
  const queuePrefix = `benchwa${randomBytes(3).toString("hex")}`;
  const config = loadConfig({
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    ROLES: "workers",
    QUEUE_PREFIX: queuePrefix,
    SIMULATOR: "false",
    DB_POOL_SIZE: "15",
    INBOUND_CONCURRENCY: "50",
  });
  const ctx = await createContext(config, createLogger(config.LOG_LEVEL), { databaseUrl: database.url, redisUrl: opts.redisUrl });
  const stopWorkers = startWorkers(ctx);
  const spec: BotRunSpec = {
    mode,
    databaseUrl: database.url,
    redisUrl: opts.redisUrl,
    queuePrefix,
    messages: opts.messages,
    chats: opts.chats,
    inboundConcurrency: opts.inboundConcurrency,
    outboundConcurrency: opts.outboundConcurrency,
    script: SCRIPT,
  };
  const bot = fork(runtime.script, [], {
    execArgv: [
      ...runtime.execArgv,
      ...tuning.flags,
      ...(process.env.WA_BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.WA_BENCH_CPU_PROF}`] : []),
    ],
    env: { ...process.env, ...tuning.env, WA_BENCH_SPEC: JSON.stringify(spec) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = (type: string) =>
    new Promise<{ type: string; report?: BotRunReport }>((resolve, reject) => {
      const onMessage = (m: { type: string; report?: BotRunReport }) => {
        if (m.type !== type) return;
        bot.off("message", onMessage);
        resolve(m);
      };
      bot.on("message", onMessage);
      bot.once("exit", (code) => reject(new Error(`bench bot exited with ${code}`)));
    });
  try {
    await next("ready");
    const started = new Date();
    bot.send({ type: "go" });
    await settled(ctx, started, opts.messages);
    // The clock stops when everything is answered (polled every 100 ms, the same for both
    // modes): an identical repeat the channel does not resend is done without a send.
    const settledAt = Date.now();
    bot.send({ type: "report" });
    const { report } = await next("report");
    const seconds = (settledAt - report!.firstOfferAt) / 1000;
    return { messagesPerSecond: opts.messages / seconds, seconds, sends: report!.sends, report: report! };
  } finally {
    bot.send({ type: "stop" });
    await new Promise((resolve) => bot.once("exit", resolve));
    await stopWorkers();
    await ctx.close();
    await database.drop();
  }
}

/** Every inbound stored and processed, and nothing left to send. */
async function settled(ctx: AppContext, since: Date, messages: number): Promise<void> {
  for (;;) {
    const [stored, waiting, queued] = await Promise.all([
      ctx.db.message.count({ where: { direction: "IN", createdAt: { gte: since } } }),
      ctx.db.message.count({ where: { direction: "IN", state: "RECEIVED" } }),
      ctx.db.message.count({ where: { direction: "OUT", state: "QUEUED" } }),
    ]);
    if (stored >= messages && waiting === 0 && queued === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

/** CPU time is less disturbed than wall time when other work shares the machine. */
function cpuPerMessage(runs: RunResult[], messages: number): number {
  const sorted = runs.map((r) => r.report.cpuMs / messages).sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 100) / 100;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { messages: { type: "string" }, chats: { type: "string" }, rounds: { type: "string" } } });
  const figures = await runWhatsAppBench({
    ...(values.messages ? { messages: Number(values.messages) } : {}),
    ...(values.chats ? { chats: Number(values.chats) } : {}),
    ...(values.rounds ? { rounds: Number(values.rounds) } : {}),
  });
  printFigures("WhatsApp", figures);
  process.exit(0);
}
