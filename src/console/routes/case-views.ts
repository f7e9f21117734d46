import { CASE_FACT_FIELDS, WORK_SECTORS, isWorkSector, type CaseFactField } from "../../core/case-facts.js";
import { CASE_KIND_LABELS, type CaseKind } from "../../core/case-kinds.js";
import { STATUS_LABELS, allowedTransitions, statusChangeWarning, type CaseStatus } from "../../core/case-lifecycle.js";
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

/** The statuses an officer may move to; one with a `confirm` warning (resolved, closed) asks first in the console. */
export function transitionsFrom(status: string): { status: string; label: string; confirm: string | null }[] {
  return status in STATUS_LABELS
    ? allowedTransitions(status as CaseStatus).map((s) => ({ status: s, label: STATUS_LABELS[s], confirm: statusChangeWarning(s) }))
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

interface FactChange {
  field: string;
  from: string | null;
  to: string | null;
}

/**
 * A FACTS_EDITED event's changes as officers read them: the field's name and a work sector in
 * words ("Sektor pekerjaan: – → Perawat lansia / caregiver"), never the stored codes. Null for
 * other events.
 */
export function factChangesView(type: string, data: unknown): (FactChange & { label: string })[] | null {
  const changes = type === "FACTS_EDITED" ? (data as { changes?: unknown } | null)?.changes : undefined;
  if (!Array.isArray(changes)) return null;
  const value = (field: string, v: string | null) => (field === "workSector" && v && isWorkSector(v) ? WORK_SECTORS[v] : v);
  return (changes as FactChange[]).map((d) => ({
    field: d.field,
    label: CASE_FACT_FIELDS[d.field as CaseFactField] ?? "Data lain",
    from: value(d.field, d.from),
    to: value(d.field, d.to),
  }));
}
