import { DelayedError, RateLimitError, UnrecoverableError, Worker, type ConnectionOptions, type Job } from "bullmq";
import { RateLimitedError, RecipientUnreachableError, type ChannelSender, type OutboundButton } from "../src/channels/contract.js";
import type { CaseEventBus } from "../src/cases/case-event-bus.js";
import type { Db } from "../src/infra/prisma.js";
import type { Logger } from "../src/logger.js";
import type { OutboundJob } from "./job-queues.js";
import { QUEUE } from "./names.js";

export interface OutboundWorkerDeps {
  db: Db;
  log: Logger;
  events: CaseEventBus;
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
export function createOutboundWorker(deps: OutboundWorkerDeps, connection: ConnectionOptions, prefix: string, options: OutboundWorkerOptions): Worker<OutboundJob> {
  const worker: Worker<OutboundJob> = new Worker<OutboundJob>(
    QUEUE.outbound(deps.sender.channel),
    async (job, token) => deliver(deps, worker, job, token),
    { connection, prefix, concurrency: options.concurrency, ...(options.limiter ? { limiter: options.limiter } : {}) },
  );
  worker.on("failed", async (job, error) => {
    if (!job) return;
    const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (!final) return;
    await deps.db.message.update({ where: { id: job.data.messageId }, data: { state: "FAILED", error: error.message.slice(0, 500) } }).catch((e: Error) => {
      deps.log.error({ messageId: job.data.messageId, err: e.message }, "could not record outbound failure");
    });
    const message = await deps.db.message.findUnique({ where: { id: job.data.messageId }, select: { caseId: true } });
    if (message?.caseId) await deps.events.publish({ type: "message.failed", caseId: message.caseId });
    deps.log.warn({ messageId: job.data.messageId, err: error.message }, "outbound message failed after its last try");
  });
  return worker;
}

async function deliver(deps: OutboundWorkerDeps, worker: Worker<OutboundJob>, job: Job<OutboundJob>, token?: string): Promise<string> {
  const message = await deps.db.message.findUnique({
    where: { id: job.data.messageId },
    select: { id: true, seq: true, state: true, text: true, payload: true, conversationId: true, conversation: { select: { chatId: true, reporterId: true } } },
  });
  if (!message) return "skipped: message vanished";
  if (message.state === "SENT") return "skipped: already sent";

  const earlier = await deps.db.message.count({
    where: { conversationId: message.conversationId, direction: "OUT", state: "QUEUED", seq: { lt: message.seq } },
  });
  if (earlier > 0 && token) {
    await job.moveToDelayed(Date.now() + ORDER_RECHECK_MS, token);
    throw new DelayedError();
  }

  const buttons = (message.payload as { buttons?: OutboundButton[] } | null)?.buttons;
  try {
    const sent = await deps.sender.send({
      messageId: message.id,
      channel: deps.sender.channel,
      chatId: message.conversation.chatId,
      text: message.text ?? "",
      ...(buttons?.length ? { buttons } : {}),
    });
    await deps.db.message.update({
      where: { id: message.id },
      data: {
        state: "SENT",
        sentAt: new Date(),
        attempts: { increment: 1 },
        error: null,
        ...(sent.platformMessageId ? { payload: { ...((message.payload as object | null) ?? {}), platformMessageId: sent.platformMessageId } } : {}),
      },
    });
    return "sent";
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await deps.db.message.update({ where: { id: message.id }, data: { attempts: { increment: 1 }, error: reason.slice(0, 500) } });
    if (error instanceof RecipientUnreachableError) {
      await deps.db.reporter.update({ where: { id: message.conversation.reporterId }, data: { unreachableAt: new Date() } });
      throw new UnrecoverableError(reason);
    }
    if (error instanceof RateLimitedError) {
      await worker.rateLimit(error.retryAfterMs);
      throw new RateLimitError();
    }
    throw error;
  }
}
