import { Worker, type ConnectionOptions } from "bullmq";
import { processConversation, type PipelineDeps } from "../src/intake/process-conversation.js";
import type { InboundJob } from "./job-queues.js";
import { QUEUE } from "./names.js";

const BUSY_RECHECK_MS = 200;

/** Consumes the inbound queue: one job drains one conversation, in order, exactly once. */
export function createInboundWorker(deps: PipelineDeps, connection: ConnectionOptions, prefix: string, concurrency: number): Worker<InboundJob> {
  const worker = new Worker<InboundJob>(
    QUEUE.inbound,
    async (job) => {
      const { processed, more, busy } = await processConversation(deps, job.data.conversationId);
      // A long backlog in one chat is drained in batches, each its own job; a chat held by
      // another job's batch is looked at again once that batch has had time to commit.
      if (more || busy) {
        await deps.queues.addInbound(
          { conversationId: job.data.conversationId, messageId: `${job.data.messageId}-${busy ? "busy" : "more"}-${Date.now()}` },
          false,
          busy ? BUSY_RECHECK_MS : 0,
        );
      }
      return { processed };
    },
    { connection, prefix, concurrency },
  );
  worker.on("failed", (job, error) => {
    deps.log.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: error.message }, "inbound job failed; will retry if attempts remain");
  });
  return worker;
}
