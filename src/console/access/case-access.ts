import { type CaseScope, findVisibleCase, scopeOf } from "../../store/case-scope.js";
import type { Db } from "../../store/database.js";
import { notFound } from "../http-error.js";
import type { Officer } from "../auth/sessions.js";

/**
 * THE rule for who sees which case (Pasal KERAHASIAAN of the agreements): the national level
 * sees every case; any other officer only cases where their agency is a party (CaseAgency).
 * Every console route builds its query from this one function; anything else answers 404,
 * so an officer cannot even learn that another agency's case exists.
 */
export function caseScope(officer: Pick<Officer, "agencyId" | "agencyKind">): CaseScope {
  return scopeOf(officer);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The case if the officer may see it; 404 otherwise (also for ids that are not uuids). */
export async function visibleCaseOr404(
  db: Db,
  officer: Officer,
  caseId: string,
): Promise<{ id: string; leadAgencyId: string | null; myRole: "LEAD" | "SUPPORT" | null }> {
  if (!UUID.test(caseId)) throw notFound();
  const found = await findVisibleCase(db, caseScope(officer), caseId);
  if (!found) throw notFound();
  return {
    id: found.id,
    leadAgencyId: found.agencies.find((a) => a.role === "LEAD")?.agencyId ?? null,
    myRole: found.agencies.find((a) => a.agencyId === officer.agencyId)?.role ?? null,
  };
}

/** Who may steer a case (status, referral, assignment, merge): its lead agency, or the national level. */
export function canSteer(officer: Officer, access: { leadAgencyId: string | null }): boolean {
  return officer.agencyKind === "NATIONAL" || access.leadAgencyId === officer.agencyId;
}

/**
 * Who may widen the circle that sees a case (add a party): a supervisor or administrator of its
 * lead agency, or of the national level. A supporting agency, or an officer alone, may not.
 */
export function canAddParties(officer: Officer, access: { leadAgencyId: string | null }): boolean {
  return canSteer(officer, access) && officer.role !== "OFFICER";
}
