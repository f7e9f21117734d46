import { remindUnfinishedIntakes } from "../src/intake/remind-unfinished-intakes.js";
import type { PipelineDeps } from "../src/intake/pipeline-deps.js";
import { startPeriodicSweep } from "./periodic-sweep.js";

export type IntakeReminderDeps = Pick<PipelineDeps, "sql" | "queues" | "log" | "rules" | "retention" | "now">;

/**
 * Reporters stop halfway (the phone is taken, work starts, a question is not understood), and an
 * intake without the consent never becomes a case. Read from the conversations themselves, like
 * the other sweepers: every intake quiet for `quietForMs` gets its one reminder, whichever
 * process finds it first (src/intake/remind-unfinished-intakes.ts).
 */
export async function sweepUnfinishedIntakes(deps: IntakeReminderDeps, quietForMs: number): Promise<number> {
  const reminded = await remindUnfinishedIntakes(deps, quietForMs);
  if (reminded) deps.log.info({ reminded }, "intake reminder sweep sent reminders");
  return reminded;
}

/** Sweeps once at start (a restart may have missed some), then every `everyMs`; stopping waits for a sweep under way. */
export function startIntakeReminderSweeper(deps: IntakeReminderDeps, quietForMs: number, everyMs = 60_000): () => Promise<void> {
  return startPeriodicSweep("intake reminder sweep", () => sweepUnfinishedIntakes(deps, quietForMs), deps.log, everyMs);
}
