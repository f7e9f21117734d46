/**
 * Routing: which agencies take a case, following the cooperation agreements.
 * Pure: the rules and agencies come from the database (seeded from src/seed/agreements.ts).
 */
export type PartyRole = "LEAD" | "SUPPORT";

/** The ministry's national complaints desk (KP2MI): joins every emergency (withNationalDesk). */
export const NATIONAL_AGENCY_ID = "KP2MI";

export interface RoutingRuleRow {
  regionId: string;
  caseKind: string | null;
  /** SEBELUM_BEKERJA | SEDANG_BEKERJA | SETELAH_PULANG; null: any phase (src/core/phase.ts). */
  phase?: string | null;
  agencyId: string;
  role: PartyRole;
}

export interface RoutingAgency {
  id: string;
  kind: string;
  regionId: string | null;
}

export interface RoutingTable {
  rules: readonly RoutingRuleRow[];
  agencies: readonly RoutingAgency[];
  nationalAgencyId: string;
}

export interface CaseParty {
  agencyId: string;
  role: PartyRole;
}

export interface RoutingInput {
  /** The worker's region of origin and, for a regency, its province; null when unknown. */
  region: { id: string; provinceId: string | null } | null;
  kind: string;
  extraKinds: readonly string[];
  /** Where in migration the case stands; null or absent when not known. */
  phase?: string | null;
}

/**
 * Exactly one LEAD, then SUPPORT parties without duplicates. A regency without its own
 * agreement falls back to its province's; a region with no agreement at all goes to the
 * national queue, with the province's BP3MI as support where one exists.
 */
export function routeCase(input: RoutingInput, table: RoutingTable): CaseParty[] {
  const regionIds = input.region ? [input.region.id, input.region.provinceId].filter((id): id is string => !!id) : [];
  const regionId = regionIds.find((id) => table.rules.some((r) => r.regionId === id));
  if (!regionId) return nationalRoute(regionIds, table);

  const regionRules = table.rules.filter((r) => r.regionId === regionId);
  // The most specific rows win: this kind in this phase, this kind in any phase, the default.
  const anyPhase = (r: RoutingRuleRow) => (r.phase ?? null) === null;
  const rulesFor = (kind: string) => {
    const ofKind = regionRules.filter((r) => r.caseKind === kind);
    const phased = input.phase ? ofKind.filter((r) => r.phase === input.phase) : [];
    if (phased.length > 0) return phased;
    const general = ofKind.filter(anyPhase);
    return general.length > 0 ? general : regionRules.filter((r) => r.caseKind === null && anyPhase(r));
  };

  const parties: CaseParty[] = [];
  const add = (agencyId: string, role: PartyRole) => {
    if (!parties.some((p) => p.agencyId === agencyId)) parties.push({ agencyId, role });
  };
  const main = rulesFor(input.kind);
  for (const rule of main.filter((r) => r.role === "LEAD")) add(rule.agencyId, "LEAD");
  for (const rule of main.filter((r) => r.role === "SUPPORT")) add(rule.agencyId, "SUPPORT");
  // Further problems bring their own offices in as support (e.g. "terlantar" adds the social office).
  for (const kind of input.extraKinds) {
    for (const rule of rulesFor(kind)) add(rule.agencyId, "SUPPORT");
  }
  return parties;
}

/**
 * The national 24-hour desk (KP2MI) is a party to every emergency case, day and night. The
 * regional offices keep office hours; an emergency reported at 02.00 or on a Sunday must reach
 * someone who works then. Decided: always, not only out of hours, so that a case opened at 16.55
 * on a Friday is not left for Monday, and so that nothing depends on the clock of the server.
 */
export function withNationalDesk(parties: CaseParty[], urgency: string, nationalAgencyId: string): CaseParty[] {
  if (urgency !== "EMERGENCY" || parties.some((p) => p.agencyId === nationalAgencyId)) return parties;
  return [...parties, { agencyId: nationalAgencyId, role: "SUPPORT" }];
}

function nationalRoute(regionIds: string[], table: RoutingTable): CaseParty[] {
  const parties: CaseParty[] = [{ agencyId: table.nationalAgencyId, role: "LEAD" }];
  const bp3mi = table.agencies.find((a) => a.kind === "BP3MI" && a.regionId !== null && regionIds.includes(a.regionId));
  if (bp3mi) parties.push({ agencyId: bp3mi.id, role: "SUPPORT" });
  return parties;
}

/** Whether an agreement is in force on a date: from its signing for `termYears` years. */
export function agreementInForce(signedOn: Date, termYears: number, on: Date): boolean {
  const end = new Date(signedOn);
  end.setUTCFullYear(end.getUTCFullYear() + termYears);
  return on >= signedOn && on < end;
}

export function agreementEndsOn(signedOn: Date, termYears: number): Date {
  const end = new Date(signedOn);
  end.setUTCFullYear(end.getUTCFullYear() + termYears);
  return end;
}
