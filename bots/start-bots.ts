import type { RunningChannel } from "../src/channels/contract.js";
import type { Config } from "../src/config.js";
import { bullConnection } from "../src/infra/redis-options.js";
import type { BotDeps } from "./bot-deps.js";
import { createOutboundWorker } from "../queues/outbound-worker.js";
import type { StartWhatsAppOptions } from "./whatsapp/start-whatsapp.js";

export interface StartBotsOptions {
  whatsapp?: StartWhatsAppOptions;
}

interface ChannelEntry {
  /** Whether the configuration turns the channel on. */
  enabled(config: Config): boolean;
  start(ctx: BotDeps, options: StartBotsOptions): Promise<RunningChannel>;
}

/**
 * Every channel, in start order. Each loads on demand: a process without a channel does not carry
 * its library (Baileys alone is about 60 MB of memory).
 */
const CHANNELS: Record<"simulator" | "telegram" | "whatsapp", ChannelEntry> = {
  simulator: {
    enabled: (config) => config.SIMULATOR,
    start: async (ctx) => (await import("./simulator/start-simulator.js")).startSimulator(ctx),
  },
  telegram: {
    enabled: (config) => Boolean(config.TELEGRAM_BOT_TOKEN),
    start: async (ctx) => (await import("./telegram/start-telegram.js")).startTelegram(ctx),
  },
  whatsapp: {
    enabled: (config) => config.WHATSAPP_ACCOUNTS.length > 0,
    start: async (ctx, options) => (await import("./whatsapp/start-whatsapp.js")).startWhatsApp(ctx, options.whatsapp),
  },
};

/**
 * The "bots" role: every configured channel connects, and each gets two outbound workers that
 * deliver through it: the ordinary replies', and the emergencies' first replies'. A channel is a
 * folder under bots/ with a start function returning a RunningChannel (src/channels/contract.ts),
 * listed in CHANNELS.
 */
export async function startBots(ctx: BotDeps, options: StartBotsOptions = {}): Promise<() => Promise<void>> {
  const channels: RunningChannel[] = [];
  for (const entry of Object.values(CHANNELS)) if (entry.enabled(ctx.config)) channels.push(await entry.start(ctx, options));
  const connection = bullConnection(ctx.redisUrl);
  const workers = channels.flatMap((channel) => {
    const deps = {
      sql: ctx.deliverySql,
      emergencySql: ctx.emergencySql,
      queues: ctx.queues,
      log: ctx.log,
      updates: ctx.updates,
      sender: channel.sender,
    };
    return [
      createOutboundWorker(deps, connection, ctx.config.QUEUE_PREFIX, {
        concurrency: ctx.config.OUTBOUND_CONCURRENCY,
        ...channel.outbound,
      }),
      // An emergency's first reply has workers of its own: the ordinary ones may all be holding
      // their slots while they wait for their paced turn.
      createOutboundWorker(deps, connection, ctx.config.QUEUE_PREFIX, {
        concurrency: ctx.config.OUTBOUND_EMERGENCY_CONCURRENCY,
        emergency: true,
      }),
    ];
  });
  ctx.log.info({ channels: channels.map((c) => c.sender.channel) }, "channels started");
  return async () => {
    await Promise.all(workers.map((w) => w.close()));
    for (const channel of channels) await channel.stop();
  };
}
