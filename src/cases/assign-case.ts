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
  await deps.db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${input.caseId}::uuid FOR UPDATE`;
    const found = await tx.case.findUnique({
      where: { id: input.caseId },
      select: { assignedOfficerId: true, agencies: { select: { agencyId: true } } },
    });
    if (!found) throw caseNotFound();
    if (input.officerId) {
      const target = await tx.officer.findUnique({ where: { id: input.officerId }, select: { agencyId: true, active: true } });
      if (!target?.active || !found.agencies.some((a) => a.agencyId === target.agencyId)) {
        throw new AppError("conflict", "Petugas tujuan tidak aktif atau instansinya bukan pihak dalam kasus ini.");
      }
    }
    if (found.assignedOfficerId === input.officerId) return;
    await tx.case.update({ where: { id: input.caseId }, data: { assignedOfficerId: input.officerId } });
    await tx.caseEvent.create({
      data: {
        caseId: input.caseId,
        type: "ASSIGNED",
        officerId: input.byOfficerId,
        agencyId: input.byAgencyId,
        data: { from: found.assignedOfficerId, to: input.officerId },
        createdAt: now,
      },
    });
  });
  await deps.updates.publish({ type: "case.updated", caseId: input.caseId });
}
