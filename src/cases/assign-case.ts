import { createCaseEvent } from "../store/case-events.js";
import { findOfficerAgency, lockAssignment, setAssignee } from "../store/case-parties.js";
import { inTransaction } from "../store/database.js";
import { caseNotFound, type CaseServiceDeps } from "./case-services.js";
import { AppError } from "../core/app-error.js";

/**
 * Assigns a case to an officer of one of its parties (a claim is an assignment to oneself),
 * or unassigns it with officerId null. Recorded as an ASSIGNED event with who did it.
 */
export async function assignCase(
  deps: CaseServiceDeps,
  input: { caseId: string; officerId: string | null; byOfficerId: string; byAgencyId: string },
): Promise<void> {
  const now = deps.now?.() ?? new Date();
  await inTransaction(deps.db, async (tx) => {
    const found = await lockAssignment(tx, input.caseId);
    if (!found) throw caseNotFound();
    if (input.officerId) {
      const target = await findOfficerAgency(tx, input.officerId);
      if (!target?.active || !found.agencies.some((a) => a.agencyId === target.agencyId)) {
        throw new AppError("conflict", "Petugas tujuan tidak aktif atau instansinya bukan pihak dalam kasus ini.");
      }
    }
    if (found.assignedOfficerId === input.officerId) return;
    await setAssignee(tx, input.caseId, input.officerId);
    await createCaseEvent(tx, {
      caseId: input.caseId,
      type: "ASSIGNED",
      officerId: input.byOfficerId,
      agencyId: input.byAgencyId,
      data: { from: found.assignedOfficerId, to: input.officerId },
      createdAt: now,
    });
  });
  await deps.updates.publish({ type: "case.updated", caseId: input.caseId });
}
