import type { RunningChannel } from "../src/channels/contract.js";
import { bullConnection } from "../src/infra/redis-options.js";
import type { AppContext } from "../src/runtime/context.js";
import { createOutboundWorker } from "../queues/outbound-worker.js";
import { startSimulator } from "./simulator/start-simulator.js";
import type { StartWhatsAppOptions } from "./whatsapp/start-whatsapp.js";

/**
 * The "bots" role: every configured channel connects, and each gets an outbound worker that
 * delivers through it. A channel is a folder under bots/ with a start function returning a
 * RunningChannel.
 */
export async function startBots(ctx: AppContext, options: { whatsapp?: StartWhatsAppOptions } = {}): Promise<() => Promise<void>> {
  const channels: RunningChannel[] = [];
  if (ctx.config.SIMULATOR) channels.push(await startSimulator(ctx));
  // Channels load on demand: a process without a channel does not carry its library
  // (Baileys alone is about 60 MB of memory).
  if (ctx.config.TELEGRAM_BOT_TOKEN) {
    const { startTelegram } = await import("./telegram/start-telegram.js");
    channels.push(await startTelegram(ctx));
  }
  if (ctx.config.WHATSAPP_ACCOUNTS.length > 0) {
    const { startWhatsApp } = await import("./whatsapp/start-whatsapp.js");
    channels.push(await startWhatsApp(ctx, options.whatsapp));
  }
  const connection = bullConnection(ctx.redisUrl);
  const workers = channels.map((channel) =>
    createOutboundWorker({ db: ctx.db, sql: ctx.sql, log: ctx.log, events: ctx.events, sender: channel.sender }, connection, ctx.config.QUEUE_PREFIX, {
      concurrency: ctx.config.OUTBOUND_CONCURRENCY,
      ...channel.outbound,
    }),
  );
  ctx.log.info({ channels: channels.map((c) => c.sender.channel) }, "channels started");
  return async () => {
    await Promise.all(workers.map((w) => w.close()));
    for (const channel of channels) await channel.stop();
  };
}
