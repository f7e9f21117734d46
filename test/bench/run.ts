/**
 * `npm run bench`: every benchmark, each on a fresh database and its own queue prefix, against
 * BENCH_DATABASE_URL (default the local PostgreSQL) and BENCH_REDIS_URL (default local Redis).
 * Figures are printed as a table; compare ratios, not absolute numbers, across machines.
 *   npm run bench -- [--only pipeline|query-layer|whatsapp|telegram|console|emergency] [--messages 10000]
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { createContext } from "../../src/runtime/context.js";
import { createFreshDatabase } from "../support/fresh-database.js";
import { BENCH_DATABASE_URL, BENCH_REDIS_URL, printFigures } from "./bench-figures.js";
import { runConsoleBench } from "./console-bench.js";
import { runEmergencyBench } from "./emergency-bench.js";
import { runPipelineBench } from "./pipeline-bench.js";
import { runQueryLayerBench } from "./query-layer-bench.js";
import { runTelegramBench } from "./telegram-bench.js";
import { runWhatsAppBench } from "./whatsapp-bench.js";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    messages: { type: "string", default: "10000" },
  },
});

async function withContext<T>(
  label: string,
  fn: (ctx: Awaited<ReturnType<typeof createContext>>, databaseUrl: string) => Promise<T>,
): Promise<T> {
  const database = await createFreshDatabase(BENCH_DATABASE_URL, `bench_${label}`);
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "warn",
    QUEUE_PREFIX: `bench${randomBytes(3).toString("hex")}`,
    SIMULATOR: "true",
    SIMULATOR_PORT: "0",
  });
  const ctx = await createContext(config, createLogger(config.LOG_LEVEL), { databaseUrl: database.url, redisUrl: BENCH_REDIS_URL });
  try {
    return await fn(ctx, database.url);
  } finally {
    // Benchmarks leave tens of thousands of jobs behind (no outbound worker runs): clear them all.
    const queues = [
      ctx.queues.inbound,
      ctx.queues.sla,
      ...(["WHATSAPP", "TELEGRAM", "SIMULATOR"] as const).flatMap((c) => [
        ctx.queues.outboundQueue(c),
        ctx.queues.outboundQueue(c, "emergency"),
      ]),
    ];
    for (const queue of queues) await queue.obliterate({ force: true }).catch(() => undefined);
    await ctx.close();
    await database.drop();
  }
}

async function main(): Promise<void> {
  const messages = Number(values.messages);
  const wants = (name: string) => !values.only || values.only === name;
  if (wants("pipeline")) {
    const figures = await withContext("pipeline", (ctx, url) =>
      runPipelineBench(ctx, url, { messages, chats: 1000, rate: 200, rateSeconds: 10 }),
    );
    printFigures(`Pipeline (${messages} messages, 1000 chats)`, figures);
  }
  if (wants("query-layer"))
    printFigures("Query layer (one indexed lookup)", await withContext("querylayer", (ctx) => runQueryLayerBench(ctx)));
  const channelBenches: [string, () => Promise<Record<string, string | number>>][] = [
    ["whatsapp", () => runWhatsAppBench()],
    ["telegram", () => runTelegramBench()],
    ["console", () => runConsoleBench()],
    ["emergency", () => runEmergencyBench({ messages })],
  ];
  for (const [name, run] of channelBenches) if (wants(name)) printFigures(name, await run());
  // The emergency figure in Telegram's other mode, where the Bot API pushes updates to a webhook.
  if (wants("emergency")) printFigures("emergency, Telegram webhook", await runEmergencyBench({ messages, telegramWebhook: true }));
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
