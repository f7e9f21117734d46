import { AUDIT, recordAuditEvent } from "../audit/record-audit-event.js";
import { maskIdentifier } from "../core/mask-identifier.js";
import type { CaseStatus } from "../core/case-lifecycle.js";
import { DELETION_DECISION_HOURS } from "../core/retention.js";
import { texts, type ReporterDataSummary } from "../core/texts.js";
import type { Sql } from "../infra/sql.js";
import { openStatusSql } from "../infra/case-status-sql.js";

/**
 * DATA SAYA (UU PDP Pasal 6-7: the right to know and to access): what we hold about the reporter
 * who asks, identifiers masked as the console masks them. Audited (who asked, not what was said).
 */
export async function summariseReporterData(tx: Sql, reporterId: string, now: Date): Promise<string> {
  const cases = await tx.rows<{
    id: string;
    ticket: string;
    status: CaseStatus;
    workerPhone: string | null;
    passportNumber: string | null;
    nik: string | null;
  }>`
    SELECT id, ticket, status::text AS status, "workerPhone", "passportNumber", nik FROM "Case"
    WHERE "reporterId" = ${reporterId}::uuid AND "anonymisedAt" IS NULL ORDER BY "createdAt"`;
  const [counts] = await tx.rows<{ messages: number; files: number; name: string | null; phone: string | null }>`
    SELECT (SELECT count(*)::int FROM "Message" m JOIN "Conversation" cv ON cv.id = m."conversationId"
              WHERE cv."reporterId" = r.id AND m.direction = 'IN' AND m.text IS NOT NULL) AS messages,
           (SELECT count(*)::int FROM "Attachment" a JOIN "Message" m ON m.id = a."messageId" JOIN "Conversation" cv ON cv.id = m."conversationId"
              WHERE cv."reporterId" = r.id) AS files,
           r.name, r.phone
    FROM "Reporter" r WHERE r.id = ${reporterId}::uuid`;
  const identifiers = [
    counts?.name ? "nama" : null,
    counts?.phone ? `telepon ${maskIdentifier(counts.phone, "phone")}` : null,
    ...cases.flatMap((c) => [
      c.workerPhone ? `telepon pekerja ${maskIdentifier(c.workerPhone, "phone")}` : null,
      c.passportNumber ? `paspor ${maskIdentifier(c.passportNumber, "document")}` : null,
      c.nik ? `NIK ${maskIdentifier(c.nik, "document")}` : null,
    ]),
  ].filter((x): x is string => x !== null);
  const summary: ReporterDataSummary = {
    cases: cases.map((c) => ({ ticket: c.ticket, status: c.status })),
    messages: counts?.messages ?? 0,
    files: counts?.files ?? 0,
    identifiers: [...new Set(identifiers)],
  };
  await recordAuditEvent(tx, { type: AUDIT.reporterDataSummary, data: { reporterId, cases: cases.map((c) => c.id) }, createdAt: now });
  return texts.dataSummary(summary);
}

/**
 * HAPUS DATA (UU PDP Pasal 8; the controller's duty in Pasal 43 ayat 1 huruf c): refused at once
 * while a case is still being handled (its data is needed to finish it), otherwise recorded for
 * officers to decide by the deadline. Every outcome is audited.
 */
export async function requestDeletion(tx: Sql, reporterId: string, conversationId: string, now: Date): Promise<string> {
  const open = await tx.rows<{ id: string; ticket: string }>`
    SELECT id, ticket FROM "Case" WHERE "reporterId" = ${reporterId}::uuid AND ${openStatusSql()}
      AND "mergedIntoId" IS NULL AND "anonymisedAt" IS NULL ORDER BY "createdAt"`;
  if (open.length > 0) {
    await recordAuditEvent(tx, {
      type: AUDIT.deletionRefused,
      note: "Ditolak otomatis: pengaduan masih ditangani",
      data: { reporterId, openCases: open.map((c) => c.id) },
      createdAt: now,
    });
    return texts.deletionRefusedOpenCase(open.map((c) => c.ticket));
  }
  const [pending] = await tx.rows<{ dueAt: Date }>`
    SELECT "dueAt" FROM "DeletionRequest" WHERE "reporterId" = ${reporterId}::uuid AND status = 'PENDING' ORDER BY "requestedAt" LIMIT 1`;
  if (pending) return texts.deletionAlreadyRequested(pending.dueAt);
  const dueAt = new Date(now.getTime() + DELETION_DECISION_HOURS * 3600_000);
  const [created] = await tx.rows<{ id: string }>`
    INSERT INTO "DeletionRequest" (id, "reporterId", "conversationId", status, "requestedAt", "dueAt")
    VALUES (gen_random_uuid(), ${reporterId}::uuid, ${conversationId}::uuid, 'PENDING', ${now}::timestamp(3), ${dueAt}::timestamp(3))
    RETURNING id`;
  await recordAuditEvent(tx, { type: AUDIT.deletionRequested, data: { reporterId, requestId: created!.id }, createdAt: now });
  return texts.deletionRequested(dueAt);
}
