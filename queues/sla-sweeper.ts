import { passedSlaDeadlines } from "../src/store/case-deadlines.js";
import type { SqlPool } from "../src/store/database.js";
import { startPeriodicSweep } from "./periodic-sweep.js";
import { escalateBreach, type SlaWorkerDeps } from "./sla-worker.js";

export interface SlaSweepDeps extends Pick<SlaWorkerDeps, "db" | "log" | "updates" | "now"> {
  sql: SqlPool;
}

/**
 * The database holds the truth, Redis the wake-up calls: SLA timers are delayed jobs, and if Redis
 * loses its data (a failover, a restart without persistence, a flush) they are gone. This sweep
 * reads the deadlines themselves and escalates every one that has passed with its clock still
 * running (not met, not paused, the case neither closed nor merged) and no escalation recorded for
 * that clock and deadline. escalateSlaBreach records each breach once, whoever finds it first.
 */
export async function sweepSlaDeadlines(deps: SlaSweepDeps, limit = 500): Promise<number> {
  const now = deps.now?.() ?? new Date();
  const due = await passedSlaDeadlines(deps.sql, now, limit);
  let escalated = 0;
  for (const breach of due) if (await escalateBreach(deps, breach, now)) escalated++;
  if (escalated) deps.log.warn({ escalated }, "SLA sweep escalated deadlines whose timers had not fired");
  return escalated;
}

/** Sweeps once at start (timers may have been lost while nothing ran), then every `everyMs`; stopping waits for a sweep under way. */
export function startSlaSweeper(deps: SlaSweepDeps, everyMs = 60_000): () => Promise<void> {
  return startPeriodicSweep("SLA sweep", () => sweepSlaDeadlines(deps), deps.log, everyMs);
}
