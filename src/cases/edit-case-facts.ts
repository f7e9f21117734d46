import { CASE_FACT_FIELDS, IDENTIFIER_FIELDS, type CaseFactField } from "../core/case-facts.js";
// The console's masking, so the timeline shows identifiers exactly as the case page does.
import { maskIdentifier } from "../core/mask-identifier.js";
import { createCaseEvent } from "../store/case-events.js";
import { findCaseTexts, lockCase, updateCase } from "../store/case-writes.js";
import { inTransaction } from "../store/database.js";
import { caseNotFound, type CaseServiceDeps } from "./case-services.js";

export type CaseFactChanges = Partial<Record<CaseFactField, string | null>>;

/**
 * An officer corrects or completes the facts of a case (worker, employer, placement company,
 * passport, NIK...). Recorded as one FACTS_EDITED event listing each changed field with its old
 * and new value; passport, NIK and phone numbers appear in the event only masked.
 */
export async function editCaseFacts(
  deps: CaseServiceDeps,
  input: { caseId: string; changes: CaseFactChanges; officerId: string; agencyId: string },
): Promise<{ changed: CaseFactField[] }> {
  const now = deps.now?.() ?? new Date();
  const fields = Object.keys(input.changes) as CaseFactField[];
  const changed = await inTransaction(deps.db, async (tx) => {
    await lockCase(tx, input.caseId);
    const current = await findCaseTexts(tx, input.caseId, fields);
    if (!current) throw caseNotFound();
    const normalised = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
    const diffs = fields
      .map((field) => ({ field, from: current[field] ?? null, to: normalised(input.changes[field]) }))
      .filter((d) => d.from !== d.to);
    if (diffs.length === 0) return [];
    await updateCase(tx, input.caseId, Object.fromEntries(diffs.map((d) => [d.field, d.to])));
    const shown = (field: CaseFactField, value: string | null) =>
      IDENTIFIER_FIELDS.has(field) ? maskIdentifier(value, field === "workerPhone" ? "phone" : "document") : value;
    await createCaseEvent(tx, {
      caseId: input.caseId,
      type: "FACTS_EDITED",
      officerId: input.officerId,
      agencyId: input.agencyId,
      note: `Data diubah: ${diffs.map((d) => CASE_FACT_FIELDS[d.field]).join(", ")}`,
      data: { changes: diffs.map((d) => ({ field: d.field, from: shown(d.field, d.from), to: shown(d.field, d.to) })) },
      createdAt: now,
    });
    return diffs.map((d) => d.field);
  });
  if (changed.length) await deps.updates.publish({ type: "case.updated", caseId: input.caseId });
  return { changed };
}
