import { texts } from "../core/texts.js";
import type { Urgency } from "../core/urgency.js";
import { insertCaseEvent } from "../store/case-events.js";
import { reopenResolvedCase, setResolutionDue } from "../store/cases.js";
import type { Sql } from "../store/database.js";
import { caseAudience } from "./case-audience.js";
import { notifyAgencyOfficers } from "./notify-agency.js";
import type { Outbox } from "./outbox.js";

/**
 * The reporter wrote again within 14 days of a case being resolved (SELESAI): the case goes back
 * to DITANGANI with a REOPENED_BY_REPORTER event, the lead agency's officers get a console notice,
 * and the case's followers hear the new status (the reporter is answered by the conversation).
 * The resolution clock starts again from now (its old deadline stopped counting at SELESAI).
 * Returns the ticket, the new deadline and the agencies notified, or null when the case is no longer SELESAI.
 */
export async function reopenCaseByReporter(
  tx: Sql,
  outbox: Outbox,
  input: { caseId: string; reporterConversationId: string; now: Date; resolutionDueAt: (urgency: Urgency) => Date },
): Promise<{ ticket: string; resolutionDueAt: Date; notified: string[] } | null> {
  const reopened = await reopenResolvedCase(tx, input.caseId, input.now);
  if (!reopened) return null;
  const resolutionDueAt = input.resolutionDueAt(reopened.urgency as Urgency);
  await setResolutionDue(tx, input.caseId, resolutionDueAt);
  await insertCaseEvent(tx, {
    caseId: input.caseId,
    type: "REOPENED_BY_REPORTER",
    fromStatus: "SELESAI",
    toStatus: "DITANGANI",
    note: "Pelapor menulis lagi setelah kasus selesai",
    at: input.now,
  });
  if (reopened.leadAgencyId) {
    await notifyAgencyOfficers(tx, reopened.leadAgencyId, {
      caseId: input.caseId,
      type: "REOPENED_BY_REPORTER",
      text: `Pelapor tiket ${reopened.ticket} menulis lagi setelah kasus selesai; kasus dibuka kembali (Ditangani).`,
    });
  }
  const text = texts.statusChanged(reopened.ticket, "DITANGANI");
  for (const recipient of await caseAudience(tx, input.caseId)) {
    if (recipient.conversationId === input.reporterConversationId) continue;
    await outbox.add(tx, { ...recipient, text, caseId: input.caseId, kind: "status", emergency: reopened.urgency === "EMERGENCY" });
  }
  return { ticket: reopened.ticket, resolutionDueAt, notified: reopened.leadAgencyId ? [reopened.leadAgencyId] : [] };
}
