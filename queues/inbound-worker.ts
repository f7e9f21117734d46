import { Worker, type ConnectionOptions } from "bullmq";
import { processConversations, type PipelineDeps } from "../src/intake/process-conversations.js";
import type { InboundJob } from "./job-queues.js";
import { QUEUE } from "./names.js";

/** Jobs queued before wake-up calls named several conversations carried one. */
type StoredInboundJob = InboundJob | { conversationId: string; messageId: string };

/** Consumes the inbound queue: each job drains the conversations it names, in order, exactly once. */
export function createInboundWorker(deps: PipelineDeps, connection: ConnectionOptions, prefix: string, concurrency: number): Worker<StoredInboundJob> {
  const worker = new Worker<StoredInboundJob>(
    QUEUE.inbound,
    async (job) => processConversations(deps, "conversationIds" in job.data ? job.data.conversationIds : [job.data.conversationId]),
    { connection, prefix, concurrency },
  );
  worker.on("failed", (job, error) => {
    deps.log.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: error.message }, "inbound job failed; will retry if attempts remain");
  });
  return worker;
}
