/**
 * How soon a case needs someone, most urgent first. Stable codes match the Prisma enum Urgency;
 * triage decides one, SLA maps each to its deadlines, officers may change it.
 */
export const URGENCIES = ["EMERGENCY", "HIGH", "NORMAL", "LOW"] as const;

export type Urgency = (typeof URGENCIES)[number];

/** 0 for the most urgent: sorts and compares urgencies. */
export function urgencyRank(urgency: Urgency): number {
  return URGENCIES.indexOf(urgency);
}
