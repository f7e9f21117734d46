import type { ChannelName } from "../channels/contract.js";
import type { CaseServiceDeps } from "./case-services.js";
import { AppError } from "../core/app-error.js";
import { createCaseEvent } from "../store/case-events.js";
import { inTransaction } from "../store/database.js";
import { requeueFailed } from "../store/message-outbox.js";

/**
 * Sends a FAILED outbound message again: back to QUEUED and onto its channel's queue (the old
 * failed job, which keeps its deterministic id, is replaced).
 */
export async function retryFailedMessage(
  deps: CaseServiceDeps,
  input: { messageId: string; officerId: string; agencyId: string },
): Promise<void> {
  const now = deps.now?.() ?? new Date();
  const message = await inTransaction(deps.db, async (tx) => {
    const row = await requeueFailed(tx, input.messageId);
    if (!row) throw new AppError("conflict", "Pesan ini tidak dalam keadaan gagal (mungkin sudah dikirim ulang).");
    if (row.caseId) {
      await createCaseEvent(tx, {
        caseId: row.caseId,
        type: "MESSAGE_RETRY",
        officerId: input.officerId,
        agencyId: input.agencyId,
        data: { messageId: row.id },
        createdAt: now,
      });
    }
    return row;
  });
  await deps.queues.redeliverOutbound(
    message.channel as ChannelName,
    [message.id],
    message.case?.urgency === "EMERGENCY" ? "emergency" : "normal",
  );
  if (message.caseId) await deps.updates.publish({ type: "case.message", caseId: message.caseId });
}
