/**
 * The bot side of the Telegram benchmark, run in its own worker thread: the real context,
 * queue workers and bots. Kept apart from the fake Bot API so the
 * fake's clock (when a message arrives) is not held up by the bot's busy event loop.
 */
import { parentPort, workerData } from "node:worker_threads";
import { startBots } from "../../bots/start-bots.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { createContext } from "../../src/runtime/context.js";
import { startWorkers } from "../../src/runtime/start-workers.js";

const { env, databaseUrl, redisUrl } = workerData as { env: Record<string, string>; databaseUrl: string; redisUrl: string };
const config = loadConfig(env);
const ctx = await createContext(config, createLogger(config.LOG_LEVEL), { databaseUrl, redisUrl });
const stopWorkers = startWorkers(ctx);
// The "bots" role: with SIMULATOR off and no WhatsApp number, the Telegram channel and its outbound worker.
const stopBots = await startBots(ctx);
parentPort!.postMessage({ type: "ready" });

parentPort!.on("message", async (message: { type: string }) => {
  if (message.type !== "stop") return;
  await stopBots();
  await stopWorkers();
  const cases = await ctx.db.case.count();
  const stored = await ctx.db.message.count({ where: { direction: "IN" } });
  await ctx.queues.inbound.obliterate({ force: true });
  await ctx.queues.sla.obliterate({ force: true });
  await ctx.queues.outboundQueue("TELEGRAM").obliterate({ force: true });
  await ctx.close();
  parentPort!.postMessage({ type: "stopped", cases, stored });
});
