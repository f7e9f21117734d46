import { CASE_KIND_LABELS, type CaseKind } from "../../core/case-kinds.js";
import { STATUS_LABELS, allowedTransitions, isResolvedStatus, type CaseStatus } from "../../core/case-lifecycle.js";
import { referralChoices } from "../../core/referral-choices.js";
import type { RoutingDirectory } from "../../cases/routing-table.js";
import { slaState } from "../../core/sla.js";

export const kindLabel = (kind: string) => CASE_KIND_LABELS[kind as CaseKind] ?? kind;
export const statusLabel = (status: string) => STATUS_LABELS[status as CaseStatus] ?? status;

/** SLA clocks as the console shows them: the state of each deadline and the time left. */
export function slaView(
  c: {
    firstResponseDueAt: Date | null;
    resolutionDueAt: Date | null;
    firstRespondedAt: Date | null;
    resolvedAt?: Date | null;
    closedAt?: Date | null;
    slaPausedAt: Date | null;
  },
  now: Date,
) {
  const done = c.resolvedAt ?? c.closedAt ?? null;
  const clock = (due: Date | null, doneAt: Date | null) => (due ? { dueAt: due, ...slaState(now, due, doneAt, c.slaPausedAt) } : null);
  const firstResponse = clock(c.firstResponseDueAt, c.firstRespondedAt ?? done);
  const resolution = clock(c.resolutionDueAt, done);
  return { firstResponse, resolution, overdue: firstResponse?.state === "breached" || resolution?.state === "breached" };
}

/** The statuses an officer may move to; `final` ones (resolved or closed) ask for confirmation in the console. */
export function transitionsFrom(status: string): { status: string; label: string; final: boolean }[] {
  return status in STATUS_LABELS
    ? allowedTransitions(status as CaseStatus).map((s) => ({ status: s, label: STATUS_LABELS[s], final: isResolvedStatus(s) }))
    : [];
}

/** Every agency for the referral and party lists, the likely ones for the case's region and kind first. */
export function referralAgencies(
  c: { originRegionId: string | null; kind: string; extraKinds: readonly string[]; phase: string | null; urgency: string },
  routing: RoutingDirectory,
): { id: string; name: string; group: string }[] {
  const region = c.originRegionId ? (routing.region(c.originRegionId) ?? null) : null;
  const byName = {
    ...routing,
    agencies: [...routing.agencies].sort((a, b) => routing.agencyName(a.id).localeCompare(routing.agencyName(b.id), "id")),
  };
  return referralChoices({ region, kind: c.kind, extraKinds: c.extraKinds, phase: c.phase, urgency: c.urgency }, byName).map((r) => ({
    id: r.agencyId,
    name: routing.agencyName(r.agencyId),
    group: r.group,
  }));
}
