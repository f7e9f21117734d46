import { routeCase, withNationalDesk, type RoutingInput, type RoutingTable } from "./routing.js";

/** Why an agency sits where it does in the referral list. */
export type ReferralGroup = "routed" | "region" | "other";

export interface ReferralChoice {
  agencyId: string;
  group: ReferralGroup;
}

/**
 * Every agency, the likely ones first: those the agreements route this case's kind (and further
 * problems, and phase) to, then the other offices of the worker's region and province, then the
 * national desk and the rest in the order given. An officer referring a Lampung wage case sees
 * the Lampung offices at the top, not the first of all agencies.
 */
export function referralChoices(input: RoutingInput & { urgency: string }, table: RoutingTable): ReferralChoice[] {
  const routed = withNationalDesk(routeCase(input, table), input.urgency, table.nationalAgencyId).map((p) => p.agencyId);
  const regionIds = [input.region?.id, input.region?.provinceId].filter((id): id is string => !!id);
  const groupOf = (a: { id: string; regionId: string | null }): ReferralGroup =>
    routed.includes(a.id) ? "routed" : a.regionId !== null && regionIds.includes(a.regionId) ? "region" : "other";
  const rank = { routed: 0, region: 1, other: 2 } as const;
  const position = (a: { id: string }, i: number) =>
    routed.includes(a.id) ? routed.indexOf(a.id) : a.id === table.nationalAgencyId ? -1 : i;
  return table.agencies
    .map((a, i) => ({ agencyId: a.id, group: groupOf(a), order: position(a, i) }))
    .sort((x, y) => rank[x.group] - rank[y.group] || x.order - y.order)
    .map(({ agencyId, group }) => ({ agencyId, group }));
}
