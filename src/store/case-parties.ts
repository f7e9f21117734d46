import { ROUTING_FACTS } from "./case-reads.js";
import type { Tx } from "./database.js";

/** Case parties (CaseAgency) and assignment, inside the caller's transaction. */

/** Ticket, urgency and parties of a case. */
export async function findCaseParties(tx: Tx, caseId: string) {
  return tx.case.findUnique({ where: { id: caseId }, select: { ticket: true, urgency: true, agencies: { select: { agencyId: true } } } });
}

export async function addSupportingParty(tx: Tx, party: { caseId: string; agencyId: string; reason: string; at: Date }): Promise<void> {
  await tx.caseAgency.create({
    data: { caseId: party.caseId, agencyId: party.agencyId, role: "SUPPORT", reason: party.reason, addedAt: party.at },
  });
}

/** Locks the case row for this transaction (FOR UPDATE), then reads its assignee and parties. */
export async function lockAssignment(tx: Tx, caseId: string) {
  await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${caseId}::uuid FOR UPDATE`;
  return tx.case.findUnique({ where: { id: caseId }, select: { assignedOfficerId: true, agencies: { select: { agencyId: true } } } });
}

export async function findOfficerAgency(tx: Tx, officerId: string) {
  return tx.officer.findUnique({ where: { id: officerId }, select: { agencyId: true, active: true } });
}

export async function setAssignee(tx: Tx, caseId: string, officerId: string | null): Promise<void> {
  await tx.case.update({ where: { id: caseId }, data: { assignedOfficerId: officerId } });
}

/** What an officer's reply needs of its case. */
export async function findReplyFacts(tx: Tx, caseId: string) {
  return tx.case.findUnique({ where: { id: caseId }, select: { ticket: true, firstRespondedAt: true, urgency: true } });
}

export async function setFirstResponse(tx: Tx, caseId: string, at: Date): Promise<void> {
  await tx.case.update({ where: { id: caseId }, data: { firstRespondedAt: at } });
}

/** Locks the case row for this transaction (FOR UPDATE), then reads what its phase and routing depend on. */
export async function lockRoutingFacts(tx: Tx, caseId: string) {
  await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${caseId}::uuid FOR UPDATE`;
  return tx.case.findUnique({ where: { id: caseId }, select: ROUTING_FACTS });
}

export async function setPhase(tx: Tx, caseId: string, phase: string | null): Promise<void> {
  await tx.case.update({ where: { id: caseId }, data: { phase } });
}
