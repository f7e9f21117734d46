import { createInboundWorker } from "../../queues/inbound-worker.js";
import { startIntakeReminderSweeper } from "../../queues/intake-reminder-sweeper.js";
import { startOutboxSweeper } from "../../queues/outbox-sweeper.js";
import { startRetentionSweeper } from "../../queues/retention-sweeper.js";
import { startSlaSweeper } from "../../queues/sla-sweeper.js";
import { createSlaWorker } from "../../queues/sla-worker.js";
import { createTranscribeWorker } from "../../queues/transcribe-worker.js";
import { createOpenAiTranscriber } from "../transcription/transcriber.js";
import { bullConnection } from "../infra/redis-options.js";
import type { AppContext } from "./context.js";

export interface WorkerOptions {
  /** How often the SLA sweeper reads the deadlines from the database (it also sweeps at start). */
  slaSweepEveryMs?: number;
}

/** How often the intake reminder sweep looks for intakes gone quiet. */
const REMINDER_SWEEP_EVERY_MS = 60_000;

/**
 * The "workers" role: inbound processing, SLA timers, the safety nets that re-read the database
 * (outbox, SLA deadlines), retention, and the reminder of unfinished intakes.
 */
export function startWorkers(ctx: AppContext, options: WorkerOptions = {}): () => Promise<void> {
  const connection = bullConnection(ctx.redisUrl);
  const prefix = ctx.config.QUEUE_PREFIX;
  const inbound = createInboundWorker(ctx, connection, prefix, ctx.config.INBOUND_CONCURRENCY);
  const emergencies = createInboundWorker(ctx, connection, prefix, ctx.config.INBOUND_EMERGENCY_CONCURRENCY, true);
  const sla = createSlaWorker(ctx, connection, prefix);
  // Voice notes are transcribed only when a transcription server is configured.
  const { TRANSCRIBE_URL: url, TRANSCRIBE_MODEL: model, TRANSCRIBE_API_KEY: apiKey, TRANSCRIBE_TIMEOUT_S: timeoutS } = ctx.config;
  const transcribe = url
    ? createTranscribeWorker(
        { ...ctx, transcriber: createOpenAiTranscriber({ url, model, apiKey, timeoutMs: timeoutS * 1000 }) },
        connection,
        prefix,
      )
    : null;
  const stopSweeper = startOutboxSweeper(ctx.db, ctx.queues, ctx.log);
  const stopSlaSweeper = startSlaSweeper(ctx, options.slaSweepEveryMs);
  const stopRetention = startRetentionSweeper(ctx.db, ctx.retention, ctx.log, ctx.config.RETENTION_SWEEP_MINUTES * 60_000);
  const reminderAfterMs = ctx.config.INTAKE_REMINDER_AFTER_MINUTES * 60_000;
  const stopReminders = reminderAfterMs > 0 ? startIntakeReminderSweeper(ctx, reminderAfterMs, REMINDER_SWEEP_EVERY_MS) : async () => {};
  ctx.log.info({ concurrency: ctx.config.INBOUND_CONCURRENCY }, "queue workers started");
  return async () => {
    stopSweeper();
    // close() waits for in-flight jobs to finish; unfinished ones return to the queue.
    await Promise.all([
      inbound.close(),
      emergencies.close(),
      sla.close(),
      transcribe?.close(),
      stopSlaSweeper(),
      stopRetention(),
      stopReminders(),
    ]);
  };
}
