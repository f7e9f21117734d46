import { AUDIT, recordAuditEvent } from "../audit/record-audit-event.js";
import type { ChannelName } from "../channels/contract.js";
import { texts } from "../core/texts.js";
import { sqlOver } from "../infra/sql.js";
import { anonymiseReporter } from "./anonymise-personal-data.js";
import type { CaseServiceDeps } from "./case-services.js";
import { Outbox } from "./outbox.js";
import { RESOLVED_STATUSES } from "../core/case-lifecycle.js";
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
  const result = await deps.db.$transaction(async (tx) => {
    const [request] = await tx.$queryRaw<{ id: string; reporterId: string; conversationId: string; status: string }[]>`
      SELECT id, "reporterId", "conversationId", status::text AS status FROM "DeletionRequest" WHERE id = ${input.requestId}::uuid FOR UPDATE`;
    if (!request) throw new AppError("conflict", "Permintaan penghapusan tidak ditemukan.");
    if (request.status !== "PENDING") throw new AppError("conflict", "Permintaan ini sudah diputuskan.");
    let anonymisedCases = 0;
    if (input.approve) {
      const open = await tx.case.findMany({
        where: { reporterId: request.reporterId, status: { notIn: [...RESOLVED_STATUSES] }, mergedIntoId: null, anonymisedAt: null },
        select: { ticket: true },
      });
      if (open.length > 0)
        throw new AppError(
          "conflict",
          `Pelapor kini memiliki pengaduan yang masih ditangani (${open.map((c) => c.ticket).join(", ")}). Tolak permintaan ini dengan alasan tersebut.`,
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
    await tx.deletionRequest.update({
      where: { id: request.id },
      data: { status, decidedAt: now, decidedById: input.officerId, reason: reason || null },
    });
    await recordAuditEvent(tx, {
      type: input.approve ? AUDIT.deletionApproved : AUDIT.deletionRefused,
      officerId: input.officerId,
      agencyId: input.agencyId,
      note: input.approve ? "Permintaan penghapusan data disetujui" : reason,
      data: { requestId: request.id, reporterId: request.reporterId, anonymisedCases },
      createdAt: now,
    });
    const conversation = await tx.conversation.findUniqueOrThrow({ where: { id: request.conversationId }, select: { channel: true } });
    await outbox.add(sqlOver(tx), {
      conversationId: request.conversationId,
      channel: conversation.channel as ChannelName,
      text: input.approve ? texts.deletionApproved() : texts.deletionRefused(reason),
      officerId: input.officerId,
    });
    return { status, anonymisedCases } as const;
  });
  await outbox.flush(deps.queues);
  return result;
}
