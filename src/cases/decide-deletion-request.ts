import { AUDIT, recordAuditEvent } from "../audit/record-audit-event.js";
import type { ChannelName } from "../channels/contract.js";
import { texts } from "../core/texts.js";
import { conversationChannel } from "../store/conversations.js";
import { inTransaction, sqlOf } from "../store/database.js";
import { lockDeletionRequest, recordDeletionDecision } from "../store/deletion-requests.js";
import { openTicketsOfReporter } from "../store/reporter-cases.js";
import { anonymiseReporter } from "./anonymise-personal-data.js";
import type { CaseServiceDeps } from "./case-services.js";
import { Outbox } from "./outbox.js";
import { AppError } from "../core/app-error.js";

export interface DeletionDecision {
  requestId: string;
  officerId: string;
  agencyId: string;
  approve: boolean;
  /** Required to refuse: the reporter reads it. */
  reason?: string | undefined;
}

/** A decision that cannot be taken (already decided, a case reopened meanwhile): its message is Indonesian, for the officer. */

/**
 * An officer's decision on a HAPUS DATA request. Approval anonymises the reporter's whole record
 * (the routine retention uses); refusal needs a reason. Either way the reporter is told in their
 * chat and the decision is audited. The chat address itself is released only after that last
 * message is sent (releaseChatIdentities, run by the retention sweep).
 */
export async function decideDeletionRequest(
  deps: CaseServiceDeps,
  input: DeletionDecision,
): Promise<{ status: "APPROVED" | "REFUSED"; anonymisedCases: number }> {
  const now = deps.now?.() ?? new Date();
  const outbox = new Outbox();
  const reason = input.reason?.trim() ?? "";
  if (!input.approve && reason.length < 5)
    throw new AppError("conflict", "Tuliskan alasan penolakan (minimal 5 karakter): pelapor akan membacanya.");
  const result = await inTransaction(deps.db, async (tx) => {
    const request = await lockDeletionRequest(tx, input.requestId);
    if (!request) throw new AppError("conflict", "Permintaan penghapusan tidak ditemukan.");
    if (request.status !== "PENDING") throw new AppError("conflict", "Permintaan ini sudah diputuskan.");
    let anonymisedCases = 0;
    if (input.approve) {
      const open = await openTicketsOfReporter(tx, request.reporterId);
      if (open.length > 0)
        throw new AppError(
          "conflict",
          `Pelapor kini memiliki pengaduan yang masih ditangani (${open.join(", ")}). Tolak permintaan ini dengan alasan tersebut.`,
        );
      anonymisedCases = (
        await anonymiseReporter(tx, request.reporterId, {
          now,
          reason: "deletion-request",
          officerId: input.officerId,
          agencyId: input.agencyId,
        })
      ).cases.length;
    }
    const status = input.approve ? "APPROVED" : "REFUSED";
    await recordDeletionDecision(tx, request.id, { status, at: now, officerId: input.officerId, reason: reason || null });
    await recordAuditEvent(tx, {
      type: input.approve ? AUDIT.deletionApproved : AUDIT.deletionRefused,
      officerId: input.officerId,
      agencyId: input.agencyId,
      note: input.approve ? "Permintaan penghapusan data disetujui" : reason,
      data: { requestId: request.id, reporterId: request.reporterId, anonymisedCases },
      createdAt: now,
    });
    const channel = await conversationChannel(tx, request.conversationId);
    await outbox.add(sqlOf(tx), {
      conversationId: request.conversationId,
      channel: channel as ChannelName,
      text: input.approve ? texts.deletionApproved() : texts.deletionRefused(reason),
      officerId: input.officerId,
    });
    return { status, anonymisedCases } as const;
  });
  await outbox.flush(deps.queues);
  return result;
}
