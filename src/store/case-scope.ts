import { Prisma } from "../infra/prisma.js";
import type { Db } from "./database.js";

/**
 * Which cases an officer sees (src/console/access/case-access.ts owns the rule): every case at the
 * national level, otherwise those where their agency is a party (CaseAgency).
 */
export interface CaseScope {
  national: boolean;
  agencyId: string;
}

/** THE rule (Pasal KERAHASIAAN of the agreements): the national level sees every case, any other agency its own. */
export function scopeOf(officer: { agencyId: string; agencyKind: string }): CaseScope {
  return { national: officer.agencyKind === "NATIONAL", agencyId: officer.agencyId };
}

/** The scope as a Prisma filter on Case. */
export function scopeWhere(scope: CaseScope): Prisma.CaseWhereInput {
  return scope.national ? {} : { agencies: { some: { agencyId: scope.agencyId } } };
}

/** The scope as an SQL condition on a "Case" row aliased `c`. */
export function scopeSql(scope: CaseScope): Prisma.Sql {
  return scope.national
    ? Prisma.sql`TRUE`
    : Prisma.sql`EXISTS (SELECT 1 FROM "CaseAgency" ca WHERE ca."caseId" = c.id AND ca."agencyId" = ${scope.agencyId})`;
}

/** The case with its parties, when the scope sees it. */
export async function findVisibleCase(db: Db, scope: CaseScope, caseId: string) {
  return db.case.findFirst({
    where: { id: caseId, ...scopeWhere(scope) },
    select: { id: true, agencies: { select: { agencyId: true, role: true } } },
  });
}

export async function isCaseVisible(db: Db, scope: CaseScope, caseId: string): Promise<boolean> {
  return (await db.case.count({ where: { id: caseId, ...scopeWhere(scope) } })) > 0;
}

/** Whether the agency is a party to the case. */
export async function isPartyTo(db: Db, caseId: string, agencyId: string): Promise<boolean> {
  return (await db.caseAgency.count({ where: { caseId, agencyId } })) > 0;
}

/** The id of the case with this ticket, when the scope sees it. */
export async function findVisibleCaseIdByTicket(db: Db, scope: CaseScope, ticket: string): Promise<string | undefined> {
  return (await db.case.findFirst({ where: { ticket, ...scopeWhere(scope) }, select: { id: true } }))?.id;
}
