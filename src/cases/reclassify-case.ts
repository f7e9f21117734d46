import { CASE_KIND_LABELS, type CaseKind } from "../core/case-kinds.js";
import { computeDeadlines } from "../core/sla.js";
import type { Urgency } from "../core/urgency.js";
import { createCaseEvent } from "../store/case-events.js";
import { findClassification, lockCase, updateCase } from "../store/case-writes.js";
import { inTransaction, sqlOf } from "../store/database.js";
import { caseNotFound, type CaseServiceDeps } from "./case-services.js";
import { joinNationalDeskAndAlert } from "./escalate-to-emergency.js";

const URGENCY_LABELS: Record<Urgency, string> = { EMERGENCY: "Darurat", HIGH: "Tinggi", NORMAL: "Biasa", LOW: "Rendah" };

/**
 * An officer re-classifies a case (kind and urgency), e.g. one opened by a voice note as
 * "Masalah lainnya". Recorded as a RECLASSIFIED event with the old and new values. A changed
 * urgency moves the first-response deadline while no officer has answered yet. Raised to an
 * emergency, the case gets the national desk and every party's officers are alerted.
 */
export async function reclassifyCase(
  deps: CaseServiceDeps,
  input: { caseId: string; kind: CaseKind; urgency: Urgency; officerId: string; agencyId: string },
): Promise<{ changed: boolean }> {
  const now = deps.now?.() ?? new Date();
  const result = await inTransaction(deps.db, async (tx) => {
    await lockCase(tx, input.caseId);
    const found = await findClassification(tx, input.caseId);
    if (!found) throw caseNotFound();
    if (found.kind === input.kind && found.urgency === input.urgency) return { changed: false, timer: null, alerted: [] };
    const deadline =
      found.urgency !== input.urgency && !found.firstRespondedAt
        ? computeDeadlines(found.createdAt, input.urgency, deps.rules.slaPolicy, deps.rules.calendar).firstResponseDueAt
        : null;
    await updateCase(tx, input.caseId, {
      kind: input.kind,
      urgency: input.urgency,
      // The former main kind stays on the case as a further kind; the new one is not listed twice.
      extraKinds: [...new Set([...found.extraKinds, found.kind])].filter((k) => k !== input.kind && k !== "LAINNYA"),
      ...(deadline ? { firstResponseDueAt: deadline } : {}),
    });
    const label = (kind: string) => CASE_KIND_LABELS[kind as CaseKind] ?? kind;
    await createCaseEvent(tx, {
      caseId: input.caseId,
      type: "RECLASSIFIED",
      officerId: input.officerId,
      agencyId: input.agencyId,
      note: `Jenis: ${label(found.kind)} → ${label(input.kind)}; urgensi: ${URGENCY_LABELS[found.urgency]} → ${URGENCY_LABELS[input.urgency]}`,
      data: { from: { kind: found.kind, urgency: found.urgency }, to: { kind: input.kind, urgency: input.urgency } },
      createdAt: now,
    });
    const alerted =
      input.urgency === "EMERGENCY" && found.urgency !== "EMERGENCY"
        ? await joinNationalDeskAndAlert(sqlOf(tx), deps.rules, {
            caseId: input.caseId,
            kind: input.kind,
            reason: `Diubah oleh petugas ${deps.rules.routing.agencyName(input.agencyId)}`,
            now,
          })
        : [];
    return { changed: true, timer: deadline, alerted };
  });
  if (result.timer) await deps.queues.addSlaTimer(input.caseId, "first-response", result.timer, now);
  if (result.changed) await deps.updates.publish({ type: "case.updated", caseId: input.caseId });
  if (result.alerted.length) await deps.updates.publish({ type: "case.alert", caseId: input.caseId, agencyIds: result.alerted });
  return { changed: result.changed };
}
