import { CASE_KIND_LABELS, type CaseKind } from "../../core/case-kinds.js";
import { STATUS_LABELS, allowedTransitions, type CaseStatus } from "../../core/case-lifecycle.js";
import { slaState } from "../../core/sla.js";

export const kindLabel = (kind: string) => CASE_KIND_LABELS[kind as CaseKind] ?? kind;
export const statusLabel = (status: string) => STATUS_LABELS[status as CaseStatus] ?? status;

/** SLA clocks as the console shows them: the state of each deadline and the time left. */
export function slaView(
  c: { firstResponseDueAt: Date | null; resolutionDueAt: Date | null; firstRespondedAt: Date | null; resolvedAt?: Date | null; closedAt?: Date | null; slaPausedAt: Date | null },
  now: Date,
) {
  const done = c.resolvedAt ?? c.closedAt ?? null;
  const clock = (due: Date | null, doneAt: Date | null) => (due ? { dueAt: due, ...slaState(now, due, doneAt, c.slaPausedAt) } : null);
  const firstResponse = clock(c.firstResponseDueAt, c.firstRespondedAt ?? done);
  const resolution = clock(c.resolutionDueAt, done);
  return { firstResponse, resolution, overdue: firstResponse?.state === "breached" || resolution?.state === "breached" };
}

export function transitionsFrom(status: string): { status: string; label: string }[] {
  return status in STATUS_LABELS ? allowedTransitions(status as CaseStatus).map((s) => ({ status: s, label: STATUS_LABELS[s] })) : [];
}
