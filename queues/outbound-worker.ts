import { DelayedError, Job, RateLimitError, UnrecoverableError, Worker, type ConnectionOptions } from "bullmq";
import { RateLimitedError, RecipientUnreachableError, type ChannelSender, type OutboundButton } from "../src/channels/contract.js";
import type { CaseUpdateBus } from "../src/cases/case-update-bus.js";
import type { Db } from "../src/infra/prisma.js";
import type { Sql } from "../src/infra/sql.js";
import type { Logger } from "../src/logger.js";
import { PRIORITY, type OutboundJob } from "./job-queues.js";
import { JOB_ID, QUEUE } from "./names.js";

export interface OutboundWorkerDeps {
  db: Db;
  /** Every reply passes here: plain SQL, as on the inbound path (src/infra/sql.ts). */
  sql: Sql;
  log: Logger;
  updates: CaseUpdateBus;
  sender: ChannelSender;
}

export interface OutboundWorkerOptions {
  concurrency: number;
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
    QUEUE.outbound(deps.sender.channel),
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
    const message = await deps.db.message
      .update({
        where: { id: job.data.messageId },
        data: { state: "FAILED", error: `${why} Detail teknis: ${error.message}`.slice(0, 500) },
        select: { caseId: true },
      })
      .catch((e: Error) => deps.log.error({ messageId: job.data.messageId, err: e.message }, "could not record outbound failure"));
    if (message?.caseId) await deps.updates.publish({ type: "message.failed", caseId: message.caseId });
    deps.log.warn({ messageId: job.data.messageId, err: error.message }, "outbound message failed after its last try");
  });
  return worker;
}

interface OutboundRow {
  id: string;
  state: string;
  text: string | null;
  payload: { buttons?: OutboundButton[]; platformMessageId?: string } | null;
  chatId: string;
  reporterId: string;
  caseId: string | null;
  /** Messages of the same chat written before this one and not yet sent. */
  earlier: boolean;
}

async function deliver(deps: OutboundWorkerDeps, worker: Worker<OutboundJob>, job: Job<OutboundJob>, token?: string): Promise<string> {
  const [message] = await deps.sql.rows<OutboundRow>`
    SELECT m.id, m.state::text AS state, m.text, m.payload, c."chatId", c."reporterId", m."caseId",
           EXISTS (SELECT 1 FROM "Message" e WHERE e."conversationId" = m."conversationId" AND e.direction = 'OUT' AND e.state = 'QUEUED' AND e.seq < m.seq) AS earlier
    FROM "Message" m JOIN "Conversation" c ON c.id = m."conversationId"
    WHERE m.id = ${job.data.messageId}::uuid`;
  // Not visible (yet): the job may have run before the transaction that wrote the row was
  // visible to this connection. Completing it would leave the row QUEUED and, since each chat is
  // delivered in order, silence the chat; a retry finds it (or fails visibly after the last try).
  if (!message) throw new Error(`outbound message ${job.data.messageId} not found`);
  if (message.state === "SENT") return "skipped: already sent";

  // Emergency replies are queued at top priority (JobQueues.addOutbound): the sender lets them jump the pace too.
  // The stored priority (a promoted job's too; it comes back from Redis as text).
  const urgent = Number(job.priority || job.opts.priority) === PRIORITY.emergency;
  if (message.earlier && token) {
    if (urgent) await promoteEarlier(deps, worker, message.id);
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
    });
    const payload = sent.platformMessageId
      ? JSON.stringify({ ...(message.payload ?? {}), platformMessageId: sent.platformMessageId })
      : null;
    await deps.sql.run`
      UPDATE "Message" SET state = 'SENT', "sentAt" = ${new Date()}::timestamp(3), attempts = attempts + 1, error = NULL,
        payload = COALESCE(${payload}::jsonb, payload), note = COALESCE(${sent.note ?? null}, note)
      WHERE id = ${message.id}::uuid`;
    // An open case page shows "Terkirim" in place of "Dalam antrean".
    if (message.caseId) await deps.updates.publish({ type: "message.sent", caseId: message.caseId });
    return "sent";
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await deps.db.message.update({ where: { id: message.id }, data: { attempts: { increment: 1 }, error: reason.slice(0, 500) } });
    if (error instanceof RecipientUnreachableError) {
      await deps.db.reporter.update({ where: { id: message.reporterId }, data: { unreachableAt: new Date() } });
      throw new UnrecoverableError(reason);
    }
    if (error instanceof RateLimitedError) {
      await worker.rateLimit(error.retryAfterMs);
      throw new RateLimitError();
    }
    throw error;
  }
}

/**
 * An emergency reply leaves after its chat's earlier replies, which may wait far down the
 * ordinary queue behind a burst: they take the emergency's priority (and so its pace), so the
 * chat is answered in order and at once. One already running or delayed keeps its place.
 */
async function promoteEarlier(deps: OutboundWorkerDeps, worker: Worker<OutboundJob>, messageId: string): Promise<void> {
  const earlier = await deps.sql.rows<{ id: string }>`
    SELECT e.id FROM "Message" m JOIN "Message" e ON e."conversationId" = m."conversationId"
    WHERE m.id = ${messageId}::uuid AND e.direction = 'OUT' AND e.state = 'QUEUED' AND e.seq < m.seq`;
  for (const { id } of earlier) {
    const job = await Job.fromId<OutboundJob>(worker, JOB_ID.outbound(id));
    if (job && Number(job.priority) !== PRIORITY.emergency) await job.changePriority({ priority: PRIORITY.emergency });
  }
}
