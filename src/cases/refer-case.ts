import { createCaseEvent } from "../store/case-events.js";
import { demoteParty, findReferralFacts, lockCase, makeLead, removeParty, updateCase } from "../store/case-writes.js";
import { inTransaction, sqlOf } from "../store/database.js";
import { canTransition, type CaseStatus } from "../core/case-lifecycle.js";
import { texts } from "../core/texts.js";
import { Outbox } from "./outbox.js";
import { notifyAudience } from "./case-audience.js";
import { caseNotFound, type CaseServiceDeps } from "./case-services.js";
import { ALERT_NOTICES, notifyAgency } from "./notify-agency.js";
import { AppError } from "../core/app-error.js";

export interface Referral {
  caseId: string;
  toAgencyId: string;
  reason: string;
  officerId: string;
  fromAgencyId: string;
  /** What becomes of the previous lead: it stays as a supporting party (default), or leaves the case. */
  previousLead?: "SUPPORT" | "REMOVE";
}

/**
 * Refers a case (dirujuk) to another agency, which becomes its lead at once: the case shows in
 * that agency's inbox, its officers get a notice, the reporter hears where the case went, and
 * the status becomes DIRUJUK where the lifecycle allows it. The assignment ends with the move.
 */
export async function referCase(deps: CaseServiceDeps, referral: Referral): Promise<{ previousLeadId: string | null }> {
  const now = deps.now?.() ?? new Date();
  const outbox = new Outbox();
  const result = await inTransaction(deps.db, async (tx) => {
    await lockCase(tx, referral.caseId);
    const found = await findReferralFacts(tx, referral.caseId);
    if (!found) throw caseNotFound();
    if (found.mergedIntoId || found.status === "DITUTUP") throw new AppError("conflict", "Kasus yang sudah ditutup tidak dapat dirujuk.");
    const previousLead = found.agencies.find((a) => a.role === "LEAD")?.agencyId ?? null;
    if (previousLead === referral.toAgencyId)
      throw new AppError("conflict", "Instansi tujuan sudah menjadi penanggung jawab utama kasus ini.");
    if (previousLead) {
      if (referral.previousLead === "REMOVE") await removeParty(tx, referral.caseId, previousLead);
      else await demoteParty(tx, referral.caseId, previousLead);
    }
    await makeLead(tx, referral.caseId, referral.toAgencyId, referral.reason, now);
    const from = found.status as CaseStatus;
    const moveStatus = from !== "DIRUJUK" && canTransition(from, "DIRUJUK");
    await updateCase(tx, referral.caseId, { assignedOfficerId: null, ...(moveStatus ? { status: "DIRUJUK", slaPausedAt: null } : {}) });
    await createCaseEvent(tx, {
      caseId: referral.caseId,
      type: "REFERRED",
      officerId: referral.officerId,
      agencyId: referral.fromAgencyId,
      note: referral.reason,
      ...(moveStatus ? { fromStatus: from, toStatus: "DIRUJUK" } : {}),
      data: { fromLead: previousLead, toLead: referral.toAgencyId, previousLead: referral.previousLead ?? "SUPPORT" },
      createdAt: now,
    });
    // An emergency referred here is an alert (the console rings); any other referral a plain notice.
    const emergency = found.urgency === "EMERGENCY";
    await notifyAgency(tx, referral.toAgencyId, {
      caseId: referral.caseId,
      type: emergency ? ALERT_NOTICES.routedEmergency : "REFERRED",
      text: `${emergency ? "DARURAT: kasus darurat " : ""}Tiket ${found.ticket} dirujuk ke instansi Anda oleh ${deps.rules.routing.agencyName(referral.fromAgencyId)}. Alasan: ${referral.reason}`,
    });
    const text = texts.referred(found.ticket, deps.rules.routing.agencyName(referral.toAgencyId));
    await notifyAudience(sqlOf(tx), outbox, referral.caseId, text, found.urgency === "EMERGENCY");
    return { previousLeadId: previousLead };
  });
  await outbox.flush(deps.queues);
  await deps.updates.publish({ type: "case.referred", caseId: referral.caseId });
  await deps.updates.publish({ type: "case.alert", caseId: referral.caseId, agencyIds: [referral.toAgencyId] });
  return result;
}
