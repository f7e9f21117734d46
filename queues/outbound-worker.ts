import { DelayedError, type Job, RateLimitError, UnrecoverableError, Worker, type ConnectionOptions } from "bullmq";
import { RateLimitedError, RecipientUnreachableError, type ChannelSender, type OutboundButton } from "../src/channels/contract.js";
import type { CaseUpdateBus } from "../src/cases/case-update-bus.js";
import type { Logger } from "../src/logger.js";
import type { Sql } from "../src/store/database.js";
import {
  findOutboundForDelivery,
  markOutboundFailed,
  markOutboundSent,
  queuedBeforeInChat,
  recordOutboundAttemptFailed,
} from "../src/store/message-outbox.js";
import { markReporterUnreachable } from "../src/store/reporters.js";
import { PRIORITY, type JobQueues, type OutboundJob } from "./job-queues.js";
import { QUEUE } from "./names.js";

export interface OutboundWorkerDeps {
  /** Every reply passes here: plain SQL, as on the inbound path (src/infra/sql.ts). */
  sql: Sql;
  /** Emergency replies' reads and marks: connections no ordinary delivery waits on. */
  emergencySql?: Sql;
  queues: Pick<JobQueues, "promoteOutbound">;
  log: Logger;
  updates: CaseUpdateBus;
  sender: ChannelSender;
}

export interface OutboundWorkerOptions {
  concurrency: number;
  /** Consume the channel's emergency queue (an emergency's first replies) instead of the ordinary one. */
  emergency?: boolean;
  /** Channel-wide pace: at most `max` messages per `duration` ms. */
  limiter?: { max: number; duration: number };
}

const ORDER_RECHECK_MS = 250;

/**
 * Delivers outbound rows through a channel's sender. Per chat, messages leave in the order they
 * were written; a failed message stays visible (state FAILED with the error) after the last try.
 */
export function createOutboundWorker(
  deps: OutboundWorkerDeps,
  connection: ConnectionOptions,
  prefix: string,
  options: OutboundWorkerOptions,
): Worker<OutboundJob> {
  const worker: Worker<OutboundJob> = new Worker<OutboundJob>(
    options.emergency ? QUEUE.outboundEmergency(deps.sender.channel) : QUEUE.outbound(deps.sender.channel),
    async (job, token) => deliver(deps, worker, job, token),
    { connection, prefix, concurrency: options.concurrency, ...(options.limiter ? { limiter: options.limiter } : {}) },
  );
  worker.on("failed", async (job, error) => {
    if (!job) return;
    const refused = error instanceof UnrecoverableError;
    if (!refused && job.attemptsMade < (job.opts.attempts ?? 1)) return;
    // Officers read this on the case page and in Operasional: why, in Indonesian, then the platform's words.
    const why = refused
      ? "Ditolak oleh platform pengirim; tidak dicoba lagi."
      : `Tidak terkirim setelah ${job.attemptsMade} kali percobaan.`;
    const message = await markOutboundFailed(deps.sql, job.data.messageId, `${why} Detail teknis: ${error.message}`.slice(0, 500)).catch(
      (e: Error) => deps.log.error({ messageId: job.data.messageId, err: e.message }, "could not record outbound failure"),
    );
    if (message?.caseId) await deps.updates.publish({ type: "message.failed", caseId: message.caseId });
    deps.log.warn({ messageId: job.data.messageId, err: error.message }, "outbound message failed after its last try");
  });
  return worker;
}

interface OutboundPayload {
  buttons?: OutboundButton[];
  platformMessageId?: string;
}

async function deliver(deps: OutboundWorkerDeps, worker: Worker<OutboundJob>, job: Job<OutboundJob>, token?: string): Promise<string> {
  // Emergency replies are queued at top priority (JobQueues.addOutbound): the sender lets them jump the pace too.
  // The stored priority (a promoted job's too; it comes back from Redis as text).
  const priority = Number(job.priority || job.opts.priority);
  const urgent = priority === PRIORITY.emergency;
  const emergency = priority <= PRIORITY.emergencyLater;
  const sql = (emergency && deps.emergencySql) || deps.sql;
  const message = await findOutboundForDelivery<OutboundPayload>(sql, job.data.messageId);
  // Not visible (yet): the job may have run before the transaction that wrote the row was
  // visible to this connection. Completing it would leave the row QUEUED and, since each chat is
  // delivered in order, silence the chat; a retry finds it (or fails visibly after the last try).
  if (!message) throw new Error(`outbound message ${job.data.messageId} not found`);
  if (message.state === "SENT") return "skipped: already sent";

  if (message.earlier && token) {
    if (urgent) await deps.queues.promoteOutbound(deps.sender.channel, await queuedBeforeInChat(sql, message.id));
    await job.moveToDelayed(Date.now() + ORDER_RECHECK_MS, token);
    throw new DelayedError();
  }

  const buttons = message.payload?.buttons;
  try {
    const sent = await deps.sender.send({
      messageId: message.id,
      channel: deps.sender.channel,
      chatId: message.chatId,
      text: message.text ?? "",
      ...(buttons?.length ? { buttons } : {}),
      ...(urgent ? { urgent: true } : {}),
      ...(emergency ? { emergency: true } : {}),
    });
    const payload = sent.platformMessageId
      ? JSON.stringify({ ...(message.payload ?? {}), platformMessageId: sent.platformMessageId })
      : null;
    await markOutboundSent(sql, message.id, { at: new Date(), payload, note: sent.note ?? null });
    // An open case page shows "Terkirim" in place of "Dalam antrean".
    if (message.caseId) await deps.updates.publish({ type: "message.sent", caseId: message.caseId });
    return "sent";
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await recordOutboundAttemptFailed(sql, message.id, reason.slice(0, 500));
    if (error instanceof RecipientUnreachableError) {
      await markReporterUnreachable(sql, message.reporterId, new Date());
      throw new UnrecoverableError(reason);
    }
    if (error instanceof RateLimitedError) {
      await worker.rateLimit(error.retryAfterMs);
      throw new RateLimitError();
    }
    throw error;
  }
}
