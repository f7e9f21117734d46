import { Worker, type ConnectionOptions } from "bullmq";
import type { PipelineDeps } from "../src/intake/pipeline-deps.js";
import { processConversations } from "../src/intake/process-conversations.js";
import type { InboundJob } from "./job-queues.js";
import { QUEUE } from "./names.js";

/** Consumes the inbound queue: each job drains the conversations it names, in order, exactly once. */
export function createInboundWorker(deps: PipelineDeps, connection: ConnectionOptions, prefix: string, concurrency: number): Worker<InboundJob> {
  const worker = new Worker<InboundJob>(
    QUEUE.inbound,
    async (job) => processConversations(deps, job.data.conversationIds),
    { connection, prefix, concurrency },
  );
  worker.on("failed", (job, error) => {
    deps.log.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: error.message }, "inbound job failed; will retry if attempts remain");
  });
  return worker;
}
