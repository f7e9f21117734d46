import { Redis } from "ioredis";
import { createServer } from "../../src/http/create-server.js";
import { redisOptions } from "../../src/infra/redis-options.js";
import type { BotDeps } from "../bot-deps.js";
import type { RunningChannel } from "../../src/channels/contract.js";
import { simulatorRoutes } from "./simulator-routes.js";
import { SimulatorSender } from "./simulator-sender.js";

/**
 * The simulator channel: anyone who reaches its routes can write as any chat and read any chat's
 * replies, so it listens on the loopback interface only, on a port of its own (never the
 * console's), and config.ts turns it on only for the embedded default, never in production.
 */
export async function startSimulator(
  ctx: Pick<BotDeps, "config" | "db" | "intake" | "log" | "redis" | "redisUrl">,
): Promise<RunningChannel> {
  const app = await createServer(ctx, [simulatorRoutes]);
  const address = await app.listen({ host: "127.0.0.1", port: ctx.config.SIMULATOR_PORT });
  ctx.log.warn({ address }, "simulator channel on (local testing only, no authentication): npm run simulator");
  const publisher = new Redis(redisOptions(ctx.redisUrl));
  return {
    sender: new SimulatorSender(publisher, `${ctx.config.QUEUE_PREFIX}:simulator`),
    async stop() {
      await app.close();
      publisher.disconnect();
    },
  };
}
