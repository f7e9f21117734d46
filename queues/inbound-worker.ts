import { Worker, type ConnectionOptions } from "bullmq";
import { processConversation, type PipelineDeps } from "../src/intake/process-conversation.js";
import type { InboundJob } from "./job-queues.js";
import { QUEUE } from "./names.js";

/** Consumes the inbound queue: one job drains one conversation, in order, exactly once. */
export function createInboundWorker(deps: PipelineDeps, connection: ConnectionOptions, prefix: string, concurrency: number): Worker<InboundJob> {
  const worker = new Worker<InboundJob>(
    QUEUE.inbound,
    async (job) => {
      const { processed, more } = await processConversation(deps, job.data.conversationId);
      // A long backlog in one chat is drained in batches, each its own job.
      if (more) await deps.queues.addInbound({ conversationId: job.data.conversationId, messageId: `${job.data.messageId}-more-${Date.now()}` });
      return { processed };
    },
    { connection, prefix, concurrency },
  );
  worker.on("failed", (job, error) => {
    deps.log.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: error.message }, "inbound job failed; will retry if attempts remain");
  });
  return worker;
}
