import { insertAuditEvent, insertAuditEventSql, type AuditRow } from "../store/case-events.js";
import type { Sql, Tx } from "../store/database.js";
import type { CaseEventType } from "../core/case-event-labels.js";

/** Audit event types that are not case changes: reading, exporting and deleting personal data. */
export const AUDIT = {
  revealPersonalData: "REVEAL_PII",
  exportReport: "EXPORT_CSV",
  reporterDataSummary: "DATA_SUMMARY_SENT",
  deletionRequested: "DELETION_REQUESTED",
  deletionRefused: "DELETION_REFUSED",
  deletionApproved: "DELETION_APPROVED",
  anonymised: "ANONYMISED",
  mediaPurged: "MEDIA_PURGED",
} as const satisfies Record<string, CaseEventType>;

/** An audit event to record; its note is shown in the case timeline, so never a personal identifier itself. */
export type AuditEntry = AuditRow;

type AuditWriter = Pick<Tx, "caseEvent"> | Sql;

/**
 * The one way to write an audit event from TypeScript: the console and jobs through Prisma, the
 * intake pipeline through its plain SQL (src/infra/sql.ts). Whoever writes, the database seals
 * the row into the hash chain at commit and refuses to change it afterwards, so every path
 * (the intake's batched SQL inserts included) lands in the same chain.
 */
export async function recordAuditEvent(db: AuditWriter, entry: AuditEntry): Promise<{ id: string }> {
  return "rows" in db ? insertAuditEventSql(db, entry) : insertAuditEvent(db, entry);
}
