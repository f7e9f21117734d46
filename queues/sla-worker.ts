import { Worker, type ConnectionOptions } from "bullmq";
import type { CaseUpdateBus } from "../src/cases/case-update-bus.js";
import { escalateSlaBreach } from "../src/cases/escalate-sla-breach.js";
import type { Logger } from "../src/logger.js";
import { findSlaState } from "../src/store/case-deadlines.js";
import type { Db } from "../src/store/database.js";
import type { JobQueues, SlaJob, SlaTimer } from "./job-queues.js";
import { QUEUE } from "./names.js";

export interface SlaWorkerDeps {
  db: Db;
  log: Logger;
  queues: JobQueues;
  updates: CaseUpdateBus;
  now?: () => Date;
}

/**
 * SLA timers: a delayed job fires at each deadline. The case is re-read then — a deadline that
 * moved (pause while waiting for the reporter) gets a new timer; a clock already met is done.
 * The timers are only wake-up calls: the SLA sweeper (sla-sweeper.ts) finds from the database
 * every deadline passed without escalation, so a timer lost with Redis's data costs a delay only.
 */
export function createSlaWorker(deps: SlaWorkerDeps, connection: ConnectionOptions, prefix: string): Worker<SlaJob> {
  return new Worker<SlaJob>(
    QUEUE.sla,
    async (job) => {
      const now = deps.now?.() ?? new Date();
      const found = await findSlaState(deps.db, job.data.caseId);
      if (!found || found.mergedIntoId || found.status === "DITUTUP") return "skipped: case closed or gone";
      const clockDone = job.data.clock === "first-response" ? found.firstRespondedAt : found.resolvedAt;
      if (clockDone) return "met";
      if (found.slaPausedAt) return "paused: a new timer is set when the case resumes";
      const dueAt = job.data.clock === "first-response" ? found.firstResponseDueAt : found.resolutionDueAt;
      if (!dueAt) return "skipped: no deadline";
      if (dueAt.getTime() > now.getTime() + 1000) {
        await deps.queues.addSlaTimer(job.data.caseId, job.data.clock, dueAt, now);
        return "rescheduled";
      }
      return (await escalateBreach(deps, { caseId: job.data.caseId, clock: job.data.clock, dueAt }, now))
        ? "breached"
        : "already escalated";
    },
    { connection, prefix, concurrency: 5 },
  );
}

/**
 * Escalates a passed deadline once (the timer and the sweeper may both find it) and tells the
 * consoles: the case page redraws, and the notified agencies' officers see their new notice live.
 */
export async function escalateBreach(deps: Pick<SlaWorkerDeps, "db" | "log" | "updates">, breach: SlaTimer, now: Date): Promise<boolean> {
  const escalated = await escalateSlaBreach(deps.db, { ...breach, now });
  if (!escalated) return false;
  await deps.updates.publish({ type: "case.updated", caseId: breach.caseId });
  await deps.updates.publish({ type: "case.alert", caseId: breach.caseId, agencyIds: escalated.notifiedAgencyIds });
  deps.log.warn(
    { caseId: breach.caseId, clock: breach.clock, agencyIds: escalated.notifiedAgencyIds },
    "SLA breached: lead agency notified",
  );
  return true;
}
