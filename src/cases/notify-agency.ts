import type { Prisma } from "../infra/prisma.js";

/** A console notice for every active officer of an agency (referral received, party added). */
export async function notifyAgency(tx: Prisma.TransactionClient, agencyId: string, notice: { caseId: string; type: string; text: string }): Promise<void> {
  const officers = await tx.officer.findMany({ where: { agencyId, active: true }, select: { id: true } });
  if (officers.length === 0) return;
  await tx.officerNotification.createMany({ data: officers.map((o) => ({ officerId: o.id, caseId: notice.caseId, type: notice.type, text: notice.text.slice(0, 1000) })) });
}
