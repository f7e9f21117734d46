import type { Sql } from "./database.js";

/**
 * Rows of the audit model (`CaseEvent`, append-only and hash-chained by the database) written on
 * the hot path in plain SQL. Officers' actions go through the audit writer (src/audit).
 */

/** One event; `data` is stored as JSON. */
export async function insertCaseEvent(
  tx: Sql,
  event: { caseId: string; type: string; agencyId?: string | null; note?: string | null; data?: object | null; at: Date },
): Promise<void> {
  await tx.run`
    INSERT INTO "CaseEvent" (id, "caseId", type, "agencyId", note, data, "createdAt")
    VALUES (gen_random_uuid(), ${event.caseId}::uuid, ${event.type}, ${event.agencyId ?? null}, ${event.note ?? null},
            ${event.data ? JSON.stringify(event.data) : null}::jsonb, ${event.at}::timestamp(3))`;
}

/** REPORTER_MESSAGE events for follow-ups, in order, and their messages' files joined to the case. */
export async function recordReporterMessages(tx: Sql, followUps: { caseId: string; messageId: string; at: Date }[]): Promise<void> {
  if (followUps.length === 0) return;
  await tx.run`
    WITH v AS (
      SELECT * FROM unnest(${followUps.map((f) => f.caseId)}::uuid[], ${followUps.map((f) => f.messageId)}::uuid[], ${followUps.map((f) => f.at)}::text[])
        WITH ORDINALITY AS v(case_id, message_id, at, n)),
    files AS (
      UPDATE "Attachment" a SET "caseId" = v.case_id FROM v WHERE a."messageId" = v.message_id AND a."caseId" IS NULL)
    INSERT INTO "CaseEvent" (id, "caseId", type, data, "createdAt")
    SELECT gen_random_uuid(), v.case_id, 'REPORTER_MESSAGE', jsonb_build_object('messageId', v.message_id), v.at::timestamp(3) FROM v ORDER BY v.n`;
}
