import type { Prisma } from "../infra/prisma.js";
import type { Sql, Tx } from "./database.js";

/** Officers' changes to a case, inside the caller's Prisma transaction. */

/** Locks the case row until the transaction ends (FOR UPDATE): changes to one case apply one at a time. */
export async function lockCase(tx: Tx, caseId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${caseId}::uuid FOR UPDATE`;
}

/** Updates the case's columns; throws when the case does not exist. */
export async function updateCase(tx: Tx, caseId: string, data: Prisma.CaseUncheckedUpdateInput): Promise<void> {
  await tx.case.update({ where: { id: caseId }, data });
}

/** What a status change reads of its case. */
export async function findStatusFacts(tx: Tx, caseId: string) {
  return tx.case.findUnique({
    where: { id: caseId },
    select: {
      status: true,
      ticket: true,
      urgency: true,
      slaPausedAt: true,
      firstResponseDueAt: true,
      resolutionDueAt: true,
      firstRespondedAt: true,
    },
  });
}

/** These text columns of the case (its facts), or null when it does not exist. */
export async function findCaseTexts<F extends string>(tx: Tx, caseId: string, fields: F[]): Promise<Record<F, string | null> | null> {
  const found = await tx.case.findUnique({ where: { id: caseId }, select: Object.fromEntries(fields.map((f) => [f, true])) });
  return found as unknown as Record<F, string | null> | null;
}

/** Whether an SLA_BREACHED event for this clock and deadline is recorded. */
export async function isBreachRecorded(tx: Tx, caseId: string, breach: { clock: string; dueAt: string }): Promise<boolean> {
  const found = await tx.caseEvent.findFirst({
    where: { caseId, type: "SLA_BREACHED", data: { equals: { clock: breach.clock, dueAt: breach.dueAt } } },
    select: { id: true },
  });
  return found !== null;
}

/** The ticket and lead agency. Throws when the case does not exist. */
export async function findTicketAndLead(tx: Tx, caseId: string): Promise<{ ticket: string; leadAgencyId: string | undefined }> {
  const found = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { ticket: true, agencies: { where: { role: "LEAD" }, select: { agencyId: true } } },
  });
  return { ticket: found.ticket, leadAgencyId: found.agencies[0]?.agencyId };
}

/** Whether the agency has an active officer. */
export async function hasActiveOfficer(tx: Tx, agencyId: string): Promise<boolean> {
  return (await tx.officer.count({ where: { agencyId, active: true } })) > 0;
}

/** Where an emergency advice for the case goes, and what it depends on. */
export async function findAdviceTarget(tx: Sql, caseId: string) {
  const [c] = await tx.rows<{
    conversationId: string | null;
    channel: "WHATSAPP" | "TELEGRAM" | "SIMULATOR";
    destinationCountry: string | null;
    onBehalf: boolean;
  }>`
    SELECT "conversationId", channel::text AS channel, "destinationCountry", "onBehalf" FROM "Case" WHERE id = ${caseId}::uuid`;
  return c;
}

/** What a merge reads of each of its two cases. */
export async function findMergeFacts(tx: Tx, caseId: string) {
  return tx.case.findUnique({
    where: { id: caseId },
    select: { ticket: true, status: true, mergedIntoId: true, urgency: true, agencies: { select: { agencyId: true } } },
  });
}

/** What a reclassification reads of its case. */
export async function findClassification(tx: Tx, caseId: string) {
  return tx.case.findUnique({
    where: { id: caseId },
    select: { kind: true, extraKinds: true, urgency: true, createdAt: true, firstRespondedAt: true },
  });
}

/** What a referral reads of its case. */
export async function findReferralFacts(tx: Tx, caseId: string) {
  return tx.case.findUnique({
    where: { id: caseId },
    select: { ticket: true, status: true, urgency: true, mergedIntoId: true, agencies: { select: { agencyId: true, role: true } } },
  });
}

/** The agency leaves the case's parties. */
export async function removeParty(tx: Tx, caseId: string, agencyId: string): Promise<void> {
  await tx.caseAgency.delete({ where: { caseId_agencyId: { caseId, agencyId } } });
}

/** The party stays, as a supporting one. */
export async function demoteParty(tx: Tx, caseId: string, agencyId: string): Promise<void> {
  await tx.caseAgency.update({ where: { caseId_agencyId: { caseId, agencyId } }, data: { role: "SUPPORT" } });
}

/** The agency leads the case (joining it if it was no party), with the reason. */
export async function makeLead(tx: Tx, caseId: string, agencyId: string, reason: string, at: Date): Promise<void> {
  await tx.caseAgency.upsert({
    where: { caseId_agencyId: { caseId, agencyId } },
    create: { caseId, agencyId, role: "LEAD", reason, addedAt: at },
    update: { role: "LEAD", reason },
  });
}
