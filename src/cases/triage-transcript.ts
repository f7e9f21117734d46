import { isEmergencyKind } from "../core/case-kinds.js";
import { triage } from "../core/triage.js";
import type { MissionDirectorySource } from "./mission-directory.js";
import { emergencyAdviceText } from "../conversation/emergency-advice.js";
import type { Hotlines } from "../core/texts.js";
import { findAdviceTarget } from "../store/case-writes.js";
import { inSqlTransaction, type Sql, type SqlPool } from "../store/database.js";
import type { JobScheduler } from "../core/job-scheduler.js";
import type { CaseUpdateBus } from "./case-update-bus.js";
import type { CaseRules } from "./create-case.js";
import { escalateToEmergency } from "./escalate-to-emergency.js";
import { Outbox } from "./outbox.js";

export interface TranscriptTriageDeps {
  sql: SqlPool;
  queues: JobScheduler;
  rules: CaseRules;
  updates: CaseUpdateBus;
  hotlines: Hotlines;
  missions?: MissionDirectorySource;
}

/**
 * The transcript of a voice note read like a typed message: an emergency spoken in it raises its
 * case to an emergency and sends the reporter the emergency advice at once, as a typed one would.
 * "no-case": an emergency, but the voice note is not on a case yet (the transcribe worker then
 * creates the case from the conversation's intake, src/intake/emergency-from-transcript.ts).
 */
export async function triageTranscript(
  deps: TranscriptTriageDeps,
  input: { caseId: string | null; attachmentId: string; transcript: string; now: Date },
): Promise<"no-emergency" | "no-case" | "raised" | "already-emergency"> {
  const result = triage(input.transcript);
  if (!isEmergencyKind(result.kind)) return "no-emergency";
  const caseId = input.caseId;
  if (!caseId) return "no-case";
  const directory = deps.missions ? await deps.missions.current() : undefined;
  const outbox = new Outbox();
  const escalated = await inSqlTransaction(deps.sql, async (tx: Sql) => {
    const raised = await escalateToEmergency(tx, deps.rules, {
      caseId,
      kind: result.kind,
      note: "Transkrip otomatis pesan suara menunjukkan keadaan darurat",
      data: { attachmentId: input.attachmentId },
      now: input.now,
    });
    if (!raised) return null;
    const c = await findAdviceTarget(tx, caseId);
    if (c?.conversationId) {
      const text = emergencyAdviceText(
        { kind: result.kind, country: c.destinationCountry ?? undefined, onBehalf: c.onBehalf, words: input.transcript },
        { hotlines: deps.hotlines, missions: directory },
      );
      await outbox.add(tx, { conversationId: c.conversationId, channel: c.channel, text, caseId, emergency: true });
    }
    return raised;
  });
  if (!escalated) return "already-emergency";
  await outbox.flush(deps.queues);
  await deps.queues.addSlaTimer(caseId, "first-response", escalated.firstResponseDueAt, input.now);
  await deps.updates.publish({ type: "case.updated", caseId });
  await deps.updates.publish({ type: "case.alert", caseId, agencyIds: escalated.alerted });
  return "raised";
}
