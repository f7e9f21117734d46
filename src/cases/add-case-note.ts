import { caseExists } from "../store/case-reads.js";
import { createCaseEvent } from "../store/case-events.js";
import { caseNotFound, type CaseServiceDeps } from "./case-services.js";

/** An internal note between officers: a NOTE event, never sent to the reporter or followers. */
export async function addCaseNote(
  deps: CaseServiceDeps,
  input: { caseId: string; officerId: string; agencyId: string; text: string },
): Promise<{ eventId: string }> {
  const now = deps.now?.() ?? new Date();
  if (!(await caseExists(deps.db, input.caseId))) throw caseNotFound();
  const event = await createCaseEvent(deps.db, {
    caseId: input.caseId,
    type: "NOTE",
    officerId: input.officerId,
    agencyId: input.agencyId,
    note: input.text,
    createdAt: now,
  });
  await deps.updates.publish({ type: "case.updated", caseId: input.caseId });
  return { eventId: event.id };
}
