import type { ChannelName } from "../src/channels/contract.js";
import type { Db } from "../src/infra/prisma.js";
import type { Logger } from "../src/logger.js";
import type { JobQueues } from "./job-queues.js";

/**
 * The safety net of the outbox pattern: rows written but never enqueued (a crash between the
 * commit and the queue add) are re-enqueued. Job ids are deterministic, so a row whose job still
 * exists is not enqueued twice.
 */
export async function sweepOutbox(db: Db, queues: JobQueues, log: Logger, olderThanMs = 30_000): Promise<{ inbound: number; outbound: number }> {
  const before = new Date(Date.now() - olderThanMs);
  const [inbound, outbound] = await Promise.all([
    db.message.findMany({ where: { direction: "IN", state: "RECEIVED", createdAt: { lt: before } }, select: { id: true, conversationId: true }, take: 1000 }),
    db.message.findMany({ where: { direction: "OUT", state: "QUEUED", createdAt: { lt: before } }, select: { id: true, channel: true }, take: 1000 }),
  ]);
  await queues.addInbound([...new Set(inbound.map((m) => m.conversationId))]);
  const byChannel = new Map<ChannelName, string[]>();
  for (const m of outbound) byChannel.set(m.channel as ChannelName, [...(byChannel.get(m.channel as ChannelName) ?? []), m.id]);
  for (const [channel, ids] of byChannel) await queues.addOutbound(channel, ids);
  if (inbound.length || outbound.length) log.info({ inbound: inbound.length, outbound: outbound.length }, "outbox sweep re-enqueued stranded messages");
  return { inbound: inbound.length, outbound: outbound.length };
}

export function startOutboxSweeper(db: Db, queues: JobQueues, log: Logger, everyMs = 30_000): () => void {
  const timer = setInterval(() => {
    sweepOutbox(db, queues, log).catch((error: Error) => log.error({ err: error.message }, "outbox sweep failed"));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
