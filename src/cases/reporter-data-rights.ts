import { AUDIT, recordAuditEvent } from "../audit/record-audit-event.js";
import { maskIdentifier } from "../core/mask-identifier.js";
import type { CaseStatus } from "../core/case-lifecycle.js";
import { DELETION_DECISION_HOURS } from "../core/retention.js";
import { texts, type ReporterDataSummary } from "../core/texts.js";
import type { Sql } from "../store/database.js";
import { insertDeletionRequest, pendingDeletionRequest } from "../store/deletion-requests.js";
import { identifiersOfReporterCases, openCasesOfReporter, reporterHoldings } from "../store/reporter-cases.js";

/**
 * DATA SAYA (UU PDP Pasal 6-7: the right to know and to access): what we hold about the reporter
 * who asks, identifiers masked as the console masks them. Audited (who asked, not what was said).
 */
export async function summariseReporterData(tx: Sql, reporterId: string, now: Date): Promise<string> {
  const cases = (await identifiersOfReporterCases(tx, reporterId)) as {
    id: string;
    ticket: string;
    status: CaseStatus;
    workerPhone: string | null;
    passportNumber: string | null;
    nik: string | null;
  }[];
  const counts = await reporterHoldings(tx, reporterId);
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
  const open = await openCasesOfReporter(tx, reporterId);
  if (open.length > 0) {
    await recordAuditEvent(tx, {
      type: AUDIT.deletionRefused,
      note: "Ditolak otomatis: pengaduan masih ditangani",
      data: { reporterId, openCases: open.map((c) => c.id) },
      createdAt: now,
    });
    return texts.deletionRefusedOpenCase(open.map((c) => c.ticket));
  }
  const pending = await pendingDeletionRequest(tx, reporterId);
  if (pending) return texts.deletionAlreadyRequested(pending.dueAt);
  const dueAt = new Date(now.getTime() + DELETION_DECISION_HOURS * 3600_000);
  const requestId = await insertDeletionRequest(tx, { reporterId, conversationId, at: now, dueAt });
  await recordAuditEvent(tx, { type: AUDIT.deletionRequested, data: { reporterId, requestId }, createdAt: now });
  return texts.deletionRequested(dueAt);
}
