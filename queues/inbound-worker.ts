import { Worker, type ConnectionOptions } from "bullmq";
import type { PipelineDeps } from "../src/intake/pipeline-deps.js";
import { processConversations } from "../src/intake/process-conversations.js";
import type { InboundJob } from "./job-queues.js";
import { QUEUE } from "./names.js";

/**
 * Consumes the inbound queue, or with `emergency` the emergencies' own queue (whose workers are
 * never busy with the ordinary backlog): each job drains the conversations it names, in order,
 * exactly once.
 */
export function createInboundWorker(
  deps: PipelineDeps,
  connection: ConnectionOptions,
  prefix: string,
  concurrency: number,
  emergency = false,
): Worker<InboundJob> {
  const worker = new Worker<InboundJob>(
    emergency ? QUEUE.inboundEmergency : QUEUE.inbound,
    async (job) => processConversations(deps, job.data.conversationIds, { emergency }),
    { connection, prefix, concurrency },
  );
  worker.on("failed", (job, error) => {
    deps.log.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: error.message }, "inbound job failed; will retry if attempts remain");
  });
  return worker;
}
