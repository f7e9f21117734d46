import { createCaseEvents } from "../store/case-events.js";
import { findMergeFacts, lockCase, updateCase } from "../store/case-writes.js";
import { inTransaction, sqlOf } from "../store/database.js";
import { texts } from "../core/texts.js";
import { Outbox } from "./outbox.js";
import { notifyAudience } from "./case-audience.js";
import { requestFollowAfterMerge } from "./follow-case.js";
import { caseNotFound, type CaseServiceDeps } from "./case-services.js";
import { AppError } from "../core/app-error.js";

/**
 * Merges a duplicate into the case that continues: the duplicate is closed (DITUTUP) with
 * mergedIntoId set, its messages and events stay where they are (the timeline of both remains
 * readable), and its reporter learns the ticket that continues. Its parties do not join the
 * surviving case (that would widen who sees it without its lead's consent); the MERGED_FROM
 * event lists them for the lead to add.
 */
export async function mergeCase(
  deps: CaseServiceDeps,
  input: { duplicateId: string; intoId: string; officerId: string; agencyId: string; reason?: string },
): Promise<void> {
  if (input.duplicateId === input.intoId) throw new AppError("conflict", "Kasus tidak dapat digabungkan dengan dirinya sendiri.");
  const now = deps.now?.() ?? new Date();
  const outbox = new Outbox();
  await inTransaction(deps.db, async (tx) => {
    // Lock both in a fixed order so two opposite merges cannot deadlock.
    for (const id of [input.duplicateId, input.intoId].sort()) await lockCase(tx, id);
    const [duplicate, into] = await Promise.all([findMergeFacts(tx, input.duplicateId), findMergeFacts(tx, input.intoId)]);
    if (!duplicate) throw caseNotFound();
    if (!into) throw caseNotFound();
    if (duplicate.mergedIntoId) throw new AppError("conflict", "Kasus ini sudah digabungkan sebelumnya.");
    if (into.mergedIntoId || into.status === "DITUTUP")
      throw new AppError("conflict", "Kasus tujuan sudah ditutup atau digabungkan; pilih kasus yang masih berjalan.");
    await updateCase(tx, input.duplicateId, {
      mergedIntoId: input.intoId,
      status: "DITUTUP",
      closedAt: now,
      slaPausedAt: null,
      assignedOfficerId: null,
    });
    // The duplicate's parties do not follow it: who sees the surviving case stays its lead's
    // decision. Those missing are named in the timeline so the lead can add them if it agrees.
    const missingParties = duplicate.agencies.filter((a) => !into.agencies.some((b) => b.agencyId === a.agencyId)).map((a) => a.agencyId);
    await createCaseEvents(tx, [
      {
        caseId: input.duplicateId,
        type: "MERGED",
        fromStatus: duplicate.status,
        toStatus: "DITUTUP",
        officerId: input.officerId,
        agencyId: input.agencyId,
        note: input.reason ?? null,
        data: { intoId: input.intoId, intoTicket: into.ticket },
        createdAt: now,
      },
      {
        caseId: input.intoId,
        type: "MERGED_FROM",
        officerId: input.officerId,
        agencyId: input.agencyId,
        note: input.reason ?? null,
        data: { duplicateId: input.duplicateId, duplicateTicket: duplicate.ticket, missingParties },
        createdAt: now,
      },
    ]);
    // The duplicate's reporter and followers see the surviving case only with its reporter's consent.
    const { reporterSeesSurvivor } = await requestFollowAfterMerge(sqlOf(tx), outbox, {
      duplicateId: input.duplicateId,
      intoId: input.intoId,
      now,
    });
    const text = reporterSeesSurvivor ? texts.merged(duplicate.ticket, into.ticket) : texts.mergedAwaitingConsent(duplicate.ticket);
    await notifyAudience(sqlOf(tx), outbox, input.duplicateId, text, duplicate.urgency === "EMERGENCY");
  });
  await outbox.flush(deps.queues);
  await deps.updates.publish({ type: "case.updated", caseId: input.duplicateId });
  await deps.updates.publish({ type: "case.updated", caseId: input.intoId });
}
