import { computeDeadlines } from "../core/sla.js";
import { escalateCase, joinAsSupport } from "../store/cases.js";
import type { Sql } from "../store/database.js";
import type { CaseRules } from "./create-case.js";
import { alertEscalatedEmergency } from "./emergency-alerts.js";

/**
 * Raises an open case to an emergency when something the reporter sent later shows one (a
 * follow-up message, the transcript of a voice note): the emergency kind becomes the main kind,
 * the first-response deadline moves to the emergency one, an ESCALATED event says why, and the
 * national 24-hour desk joins (withNationalDesk in src/core/routing.ts) and every party's officers
 * are alerted. A case already an emergency is left as it is. Resolves the new first-response
 * deadline and the agencies alerted, or null.
 */
export async function escalateToEmergency(
  tx: Sql,
  rules: CaseRules,
  input: { caseId: string; kind: string; note: string; data?: Record<string, unknown>; now: Date },
): Promise<{ firstResponseDueAt: Date; alerted: string[] } | null> {
  const { caseId, kind, now } = input;
  const deadlines = computeDeadlines(now, "EMERGENCY", rules.slaPolicy, rules.calendar);
  const escalated = await escalateCase(tx, {
    caseId,
    kind,
    firstResponseDueAt: deadlines.firstResponseDueAt,
    note: input.note,
    data: { kind, ...input.data },
    at: now,
  });
  if (!escalated) return null;
  const alerted = await joinNationalDeskAndAlert(tx, rules, { caseId, kind, reason: input.note, now });
  // Only the first-response clock moves; the resolution timer already queued stays right.
  return { firstResponseDueAt: deadlines.firstResponseDueAt, alerted };
}

/** A case that became an emergency: the national 24-hour desk joins, and every party's officers are alerted. */
export async function joinNationalDeskAndAlert(
  tx: Sql,
  rules: CaseRules,
  input: { caseId: string; kind: string; reason: string; now: Date },
): Promise<string[]> {
  await joinAsSupport(tx, input.caseId, rules.routing.nationalAgencyId, "Keadaan darurat: meja nasional 24 jam", input.now);
  return alertEscalatedEmergency(tx, { caseId: input.caseId, kind: input.kind, reason: input.reason });
}
