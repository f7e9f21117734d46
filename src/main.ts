/**
 * The one entry point. ROLES=bots,workers,console (default: all three in one process); several
 * processes with different roles share the queues through Redis and the cases through PostgreSQL.
 */
import { ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { RedisMissingError } from "./infra/local-redis.js";
import { startServices } from "./infra/services.js";
import { createContext } from "./runtime/context.js";
import { startWorkers } from "./runtime/start-workers.js";
import { startBots } from "../bots/start-bots.js";
import { startConsole } from "./runtime/start-console.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const services = await startServices(config, log);
  const ctx = await createContext(config, log, services);
  const stops: (() => Promise<void>)[] = [];
  if (config.ROLES.includes("workers")) stops.push(startWorkers(ctx));
  if (config.ROLES.includes("bots")) stops.push(await startBots(ctx));
  if (config.ROLES.includes("console")) stops.push(await startConsole(ctx));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down: finishing in-flight jobs");
    for (const stop of stops.reverse()) await stop();
    await ctx.close();
    await services.stop();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof RedisMissingError) {
    console.error(error.message);
  } else {
    console.error("Start-up failed:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
