/**
 * The emergency benchmark's "workers" role in a process of its own, as a deployment runs it
 * (ROLES=workers beside ROLES=bots): the inbound workers' conversation engine then does not share
 * an event loop with the bots taking in the burst. Started by emergency-bench.ts with fork();
 * argv[2] is { databaseUrl, redisUrl, prefix } as JSON. Answers "ready", its event loop's delay
 * (ms p50, p99, max) on "delay?", and stops on "stop".
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { createContext } from "../../src/runtime/context.js";
import { startWorkers } from "../../src/runtime/start-workers.js";

const { databaseUrl, redisUrl, prefix } = JSON.parse(process.argv[2] ?? "{}") as { databaseUrl: string; redisUrl: string; prefix: string };
const config = loadConfig({ NODE_ENV: "production", LOG_LEVEL: "warn", ROLES: "workers", QUEUE_PREFIX: prefix, SIMULATOR: "false" });
const ctx = await createContext(config, createLogger(config.LOG_LEVEL), { databaseUrl, redisUrl });
const stop = startWorkers(ctx);
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
process.on("message", (message) => {
  if (message === "delay?") {
    const ms = (ns: number) => Math.round(ns / 1e6);
    process.send?.({ delay: [ms(loopDelay.percentile(50)), ms(loopDelay.percentile(99)), ms(loopDelay.max)] });
    return;
  }
  if (message !== "stop") return;
  void stop()
    .then(() => ctx.close())
    .finally(() => process.exit(0));
});
process.send?.("ready");
