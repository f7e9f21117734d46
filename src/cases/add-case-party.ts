import { createCaseEvent } from "../store/case-events.js";
import { addSupportingParty, findCaseParties } from "../store/case-parties.js";
import { inTransaction } from "../store/database.js";
import { caseNotFound, type CaseServiceDeps } from "./case-services.js";
import { ALERT_NOTICES, notifyAgency } from "./notify-agency.js";
import { AppError } from "../core/app-error.js";

/** Adds an agency as a supporting party (it sees the case at once), with the reason. */
export async function addCaseParty(
  deps: CaseServiceDeps,
  input: { caseId: string; agencyId: string; reason: string; officerId: string; byAgencyId: string },
): Promise<void> {
  const now = deps.now?.() ?? new Date();
  await inTransaction(deps.db, async (tx) => {
    const found = await findCaseParties(tx, input.caseId);
    if (!found) throw caseNotFound();
    if (found.agencies.some((a) => a.agencyId === input.agencyId))
      throw new AppError("conflict", "Instansi tersebut sudah menjadi pihak dalam kasus ini.");
    await addSupportingParty(tx, { caseId: input.caseId, agencyId: input.agencyId, reason: input.reason, at: now });
    await createCaseEvent(tx, {
      caseId: input.caseId,
      type: "PARTY_ADDED",
      officerId: input.officerId,
      agencyId: input.byAgencyId,
      note: input.reason,
      data: { agencyId: input.agencyId, role: "SUPPORT" },
      createdAt: now,
    });
    const emergency = found.urgency === "EMERGENCY";
    await notifyAgency(tx, input.agencyId, {
      caseId: input.caseId,
      type: emergency ? ALERT_NOTICES.routedEmergency : "PARTY_ADDED",
      text: `${emergency ? "DARURAT: " : ""}Instansi Anda ditambahkan sebagai pihak pendukung pada ${emergency ? "kasus darurat" : "tiket"} ${found.ticket} oleh ${deps.rules.routing.agencyName(input.byAgencyId)}. Alasan: ${input.reason}`,
    });
  });
  await deps.updates.publish({ type: "case.updated", caseId: input.caseId });
  await deps.updates.publish({ type: "case.alert", caseId: input.caseId, agencyIds: [input.agencyId] });
}
