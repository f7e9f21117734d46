import { AUDIT, recordAuditEvent } from "../audit/record-audit-event.js";
import type { Tx } from "../store/database.js";
import {
  caseIdsOfReporter,
  deleteCaseFiles,
  eraseCasesPersonalData,
  eraseReporterPersonalData,
  markMediaPurged,
  notAnonymised,
  releaseIdentities,
  reportersToRelease,
} from "../store/retention.js";

export interface AnonymiseInput {
  now: Date;
  /** "retention": the period after closure ended; "deletion-request": a reporter's approved HAPUS DATA. */
  reason: "retention" | "deletion-request";
  officerId?: string | null;
  agencyId?: string | null;
}

/**
 * Removes what identifies people in closed cases: the worker's and reporter's names, phones and
 * identity numbers, the story and every message text and file. Keeps what reports count: kind,
 * urgency, region, country, channel, status, dates, deadlines, agencies. Each case gets an
 * ANONYMISED audit event. The one routine for retention and for approved deletion requests.
 */
export async function anonymiseCases(tx: Tx, caseIds: string[], input: AnonymiseInput): Promise<string[]> {
  if (caseIds.length === 0) return [];
  const ids = await notAnonymised(tx, caseIds);
  if (ids.length === 0) return [];
  await deleteCaseFiles(tx, ids);
  await eraseCasesPersonalData(tx, ids, input.now);
  for (const caseId of ids) {
    await recordAuditEvent(tx, {
      type: AUDIT.anonymised,
      caseId,
      officerId: input.officerId ?? null,
      agencyId: input.agencyId ?? null,
      data: { reason: input.reason },
      createdAt: input.now,
    });
  }
  return ids;
}

/** Files of closed cases past RETENTION_MEDIA_DAYS (the texts stay until the case's own retention). */
export async function purgeCaseMedia(tx: Tx, caseIds: string[], now: Date): Promise<number> {
  if (caseIds.length === 0) return 0;
  const removed = await deleteCaseFiles(tx, caseIds);
  await markMediaPurged(tx, caseIds, now);
  for (const caseId of caseIds) await recordAuditEvent(tx, { type: AUDIT.mediaPurged, caseId, data: { files: removed }, createdAt: now });
  return removed;
}

/**
 * A reporter's whole record: every case (anonymiseCases), every other message and file of their
 * chats, their name and phone. Their chat addresses go later (releaseChatIdentities), once the
 * last message to them has been delivered, so the decision still reaches them.
 */
export async function anonymiseReporter(tx: Tx, reporterId: string, input: AnonymiseInput): Promise<{ cases: string[] }> {
  const anonymised = await anonymiseCases(tx, await caseIdsOfReporter(tx, reporterId), input);
  // Our replies repeat their words too (the summary before consent); a reply still waiting to be
  // sent (the decision itself) keeps its text until it is delivered.
  await eraseReporterPersonalData(tx, reporterId, input.now);
  return { cases: anonymised };
}

/**
 * The last identifiers of anonymised reporters: platform ids (channel identities, chat ids).
 * Only once nothing is still waiting to be sent to them. Returns how many reporters were released.
 */
export async function releaseChatIdentities(tx: Tx): Promise<number> {
  const ids = await reportersToRelease(tx, 500);
  if (ids.length === 0) return 0;
  await releaseIdentities(tx, ids);
  return ids.length;
}
