import type { ChannelName } from "../src/channels/contract.js";
import { isEmergencyText } from "../src/intake/emergency-text.js";
import type { Logger } from "../src/logger.js";
import type { Db } from "../src/store/database.js";
import { strandedInbound, strandedOutbound } from "../src/store/message-outbox.js";
import type { JobQueues } from "./job-queues.js";

/**
 * The safety net of the outbox pattern: the rows are the truth, jobs only wake-up calls. Inbound
 * rows still RECEIVED get a new job, on the emergencies' queue when their words are an emergency
 * (as the intake queued them). Outbound rows still QUEUED whose job is gone (a crash between
 * commit and enqueue, Redis lost its data) or already finished (a job that ran before its row was
 * visible) are queued again; a row whose job still waits is left alone. Each chat is delivered in
 * order, so one stuck row would otherwise silence its chat.
 */
export async function sweepOutbox(
  db: Db,
  queues: JobQueues,
  log: Logger,
  olderThanMs = 30_000,
): Promise<{ inbound: number; outbound: number }> {
  const before = new Date(Date.now() - olderThanMs);
  const [inbound, queued] = await Promise.all([strandedInbound(db, before, 1000), strandedOutbound(db, before, 1000)]);
  // An emergency whose job was lost goes back to the emergencies' own queue, not behind a backlog.
  const emergencies = new Set(inbound.filter((m) => isEmergencyText(m.text)).map((m) => m.conversationId));
  await queues.addInbound([...emergencies], true);
  await queues.addInbound([...new Set(inbound.map((m) => m.conversationId).filter((id) => !emergencies.has(id)))]);
  const groups = new Map<string, { channel: ChannelName; emergency: boolean; ids: string[] }>();
  for (const m of queued) {
    const emergency = m.case?.urgency === "EMERGENCY";
    const key = `${m.channel}:${emergency}`;
    const group = groups.get(key) ?? { channel: m.channel as ChannelName, emergency, ids: [] };
    group.ids.push(m.id);
    groups.set(key, group);
  }
  let outbound = 0;
  for (const group of groups.values())
    outbound += await queues.redeliverOutbound(group.channel, group.ids, group.emergency ? "emergency" : "normal");
  if (inbound.length || outbound) log.info({ inbound: inbound.length, outbound }, "outbox sweep re-enqueued stranded messages");
  return { inbound: inbound.length, outbound };
}

export function startOutboxSweeper(db: Db, queues: JobQueues, log: Logger, everyMs = 30_000): () => void {
  const timer = setInterval(() => {
    sweepOutbox(db, queues, log).catch((error: Error) => log.error({ err: error.message }, "outbox sweep failed"));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
