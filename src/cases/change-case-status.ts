import { createCaseEvent } from "../store/case-events.js";
import { findStatusFacts, lockCase, updateCase } from "../store/case-writes.js";
import { inTransaction, sqlOf } from "../store/database.js";
import { AppError } from "../core/app-error.js";
import { canTransition, STATUS_LABELS, type CaseStatus } from "../core/case-lifecycle.js";
import { shiftDeadlines } from "../core/sla.js";
import { texts } from "../core/texts.js";
import { Outbox } from "./outbox.js";
import { askSatisfaction } from "./satisfaction-survey.js";
import { notifyAudience } from "./case-audience.js";
import { caseNotFound, type CaseServiceDeps } from "./case-services.js";

export interface StatusChange {
  caseId: string;
  to: CaseStatus;
  officerId?: string | null;
  agencyId?: string | null;
  /** Shown to the reporter with the status message. */
  note?: string;
  /** The officer ticked "juga kirim ke keluarga": followers see the note too. */
  alsoToFamily?: boolean;
}

/**
 * Moves a case along its lifecycle (only allowed transitions), keeps the SLA clock right
 * (paused while waiting for the reporter, stopped at resolution), records the event, and
 * tells the reporter and verified followers in Indonesian.
 */
export async function changeCaseStatus(deps: CaseServiceDeps, change: StatusChange): Promise<{ from: CaseStatus; to: CaseStatus }> {
  const now = deps.now?.() ?? new Date();
  const outbox = new Outbox();
  const result = await inTransaction(deps.db, async (tx) => {
    await lockCase(tx, change.caseId);
    const current = await findStatusFacts(tx, change.caseId);
    if (!current) throw caseNotFound();
    const from = current.status as CaseStatus;
    if (!canTransition(from, change.to)) {
      throw new AppError("conflict", `Status tidak dapat diubah dari "${STATUS_LABELS[from]}" ke "${STATUS_LABELS[change.to]}".`);
    }

    let deadlines: { firstResponseDueAt: Date; resolutionDueAt: Date } | null = null;
    if (from === "MENUNGGU_KETERANGAN" && current.slaPausedAt && current.firstResponseDueAt && current.resolutionDueAt) {
      deadlines = shiftDeadlines(
        { firstResponseDueAt: current.firstResponseDueAt, resolutionDueAt: current.resolutionDueAt },
        current.slaPausedAt,
        now,
      );
    }
    await updateCase(tx, change.caseId, {
      status: change.to,
      ...(deadlines ?? {}),
      slaPausedAt: change.to === "MENUNGGU_KETERANGAN" ? now : null,
      ...(change.officerId && !current.firstRespondedAt ? { firstRespondedAt: now } : {}),
      // An officer's note goes to the reporter: it answers them, as a reply does.
      ...(change.officerId && change.note ? { awaitingReplySince: null } : {}),
      ...(change.to === "SELESAI" ? { resolvedAt: now } : {}),
      ...(change.to === "DITUTUP" ? { closedAt: now } : {}),
      ...(from === "SELESAI" && change.to === "DITANGANI" ? { resolvedAt: null } : {}),
    });
    await createCaseEvent(tx, {
      caseId: change.caseId,
      type: "STATUS_CHANGED",
      fromStatus: from,
      toStatus: change.to,
      officerId: change.officerId ?? null,
      agencyId: change.agencyId ?? null,
      note: change.note ?? null,
      createdAt: now,
    });
    const text = texts.statusChanged(current.ticket, change.to, change.note);
    // Followers agreed to see status changes, not the officer's words to the reporter; a request
    // for information is the reporter's to answer, so followers only learn that it waits on them.
    const followerText =
      change.to === "MENUNGGU_KETERANGAN"
        ? texts.followerWaitingForReporter(current.ticket)
        : texts.statusChanged(current.ticket, change.to, change.alsoToFamily ? change.note : undefined);
    await notifyAudience(sqlOf(tx), outbox, change.caseId, text, current.urgency === "EMERGENCY", followerText);
    // Handling finished: the reporter rates it, once per case.
    if (change.to === "SELESAI") await askSatisfaction(sqlOf(tx), outbox, change.caseId, now);
    return { from, to: change.to, deadlines };
  });

  await outbox.flush(deps.queues);
  if (result.deadlines) {
    await deps.queues.addSlaTimer(change.caseId, "first-response", result.deadlines.firstResponseDueAt, now);
    await deps.queues.addSlaTimer(change.caseId, "resolution", result.deadlines.resolutionDueAt, now);
  }
  await deps.updates.publish({ type: "case.status", caseId: change.caseId });
  return { from: result.from, to: result.to };
}
