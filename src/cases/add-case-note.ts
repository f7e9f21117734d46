import { caseNotFound, type CaseServiceDeps } from "./case-services.js";

/** An internal note between officers: a NOTE event, never sent to the reporter or followers. */
export async function addCaseNote(
  deps: CaseServiceDeps,
  input: { caseId: string; officerId: string; agencyId: string; text: string },
): Promise<{ eventId: string }> {
  const now = deps.now?.() ?? new Date();
  const exists = await deps.db.case.findUnique({ where: { id: input.caseId }, select: { id: true } });
  if (!exists) throw caseNotFound();
  const event = await deps.db.caseEvent.create({
    data: { caseId: input.caseId, type: "NOTE", officerId: input.officerId, agencyId: input.agencyId, note: input.text, createdAt: now },
    select: { id: true },
  });
  await deps.updates.publish({ type: "case.updated", caseId: input.caseId });
  return { eventId: event.id };
}
