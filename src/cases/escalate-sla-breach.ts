import { createCaseEvent } from "../store/case-events.js";
import { findTicketAndLead, hasActiveOfficer, isBreachRecorded, lockCase } from "../store/case-writes.js";
import { type Db, inTransaction } from "../store/database.js";
import { formatDateTime } from "../core/texts.js";
import { NATIONAL_AGENCY_ID } from "../core/routing.js";
import { notifyAgency } from "./notify-agency.js";

const CLOCK_LABEL = { "first-response": "respons pertama", resolution: "penyelesaian" } as const;

/** The console notice of a breach, in the officers' words. */
export function slaBreachNoticeText(ticket: string, clock: keyof typeof CLOCK_LABEL, dueAt: Date): string {
  return `Tiket ${ticket} melewati batas waktu ${CLOCK_LABEL[clock]} (${formatDateTime(dueAt)}). Mohon segera ditindaklanjuti.`;
}

/**
 * Records an SLA breach once per clock and deadline (SLA_BREACHED event) and notifies every
 * active officer of the lead agency (those who work the case, not only its supervisors); a case
 * with no lead, or a lead with no active officer, goes to the national level. Resolves the
 * agencies notified (for the live stream), or null when this breach was already recorded.
 */
export async function escalateSlaBreach(
  db: Db,
  breach: { caseId: string; clock: "first-response" | "resolution"; dueAt: Date; now: Date },
): Promise<{ notifiedAgencyIds: string[] } | null> {
  return inTransaction(db, async (tx) => {
    await lockCase(tx, breach.caseId);
    if (await isBreachRecorded(tx, breach.caseId, { clock: breach.clock, dueAt: breach.dueAt.toISOString() })) return null;
    const found = await findTicketAndLead(tx, breach.caseId);
    const leadAgencyId = found.leadAgencyId;
    await createCaseEvent(tx, {
      caseId: breach.caseId,
      type: "SLA_BREACHED",
      agencyId: leadAgencyId ?? null,
      note: `Batas waktu ${CLOCK_LABEL[breach.clock]} terlewati`,
      data: { clock: breach.clock, dueAt: breach.dueAt.toISOString() },
      createdAt: breach.now,
    });
    const staffed = leadAgencyId && (await hasActiveOfficer(tx, leadAgencyId));
    const notified = staffed ? leadAgencyId : NATIONAL_AGENCY_ID;
    await notifyAgency(tx, notified, {
      caseId: breach.caseId,
      type: "SLA_BREACHED",
      text: slaBreachNoticeText(found.ticket, breach.clock, breach.dueAt),
    });
    return { notifiedAgencyIds: [notified] };
  });
}
