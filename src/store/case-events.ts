import type { CaseEventType } from "../core/case-event-labels.js";
import type { Prisma } from "../infra/prisma.js";
import type { DbClient, Sql, Tx } from "./database.js";

/**
 * Rows of the audit model (`CaseEvent`, append-only and hash-chained by the database) written on
 * the hot path in plain SQL. Officers' actions go through the audit writer (src/audit).
 */

/** One event; `data` is stored as JSON. The type is one with a label (src/core/case-event-labels.ts). */
export async function insertCaseEvent(
  tx: Sql,
  event: {
    caseId: string;
    type: CaseEventType;
    agencyId?: string | null;
    note?: string | null;
    data?: object | null;
    fromStatus?: string | null;
    toStatus?: string | null;
    at: Date;
  },
): Promise<void> {
  await tx.run`
    INSERT INTO "CaseEvent" (id, "caseId", type, "agencyId", note, data, "fromStatus", "toStatus", "createdAt")
    VALUES (gen_random_uuid(), ${event.caseId}::uuid, ${event.type}, ${event.agencyId ?? null}, ${event.note ?? null},
            ${event.data ? JSON.stringify(event.data) : null}::jsonb, ${event.fromStatus ?? null}::"CaseStatus", ${event.toStatus ?? null}::"CaseStatus",
            ${event.at}::timestamp(3))`;
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

export interface AuditRow {
  /** A type with a label (src/core/case-event-labels.ts): the timeline never shows a raw code. */
  type: CaseEventType;
  caseId?: string | null;
  officerId?: string | null;
  agencyId?: string | null;
  note?: string | null;
  data?: Prisma.InputJsonValue;
  createdAt?: Date;
}

/** One audit event through a Prisma client or transaction (only its `caseEvent` delegate is needed). */
export async function insertAuditEvent(db: Pick<Tx, "caseEvent">, entry: AuditRow): Promise<{ id: string }> {
  return db.caseEvent.create({
    data: {
      type: entry.type,
      caseId: entry.caseId ?? null,
      officerId: entry.officerId ?? null,
      agencyId: entry.agencyId ?? null,
      note: entry.note ?? null,
      ...(entry.data === undefined ? {} : { data: entry.data }),
      ...(entry.createdAt ? { createdAt: entry.createdAt } : {}),
    },
    select: { id: true },
  });
}

/** The same through the plain SQL of the hot path. */
export async function insertAuditEventSql(sql: Sql, entry: AuditRow): Promise<{ id: string }> {
  const [row] = await sql.rows<{ id: string }>`
    INSERT INTO "CaseEvent" (id, "caseId", type, "officerId", "agencyId", note, data, "createdAt")
    VALUES (gen_random_uuid(), ${entry.caseId ?? null}::uuid, ${entry.type}, ${entry.officerId ?? null}::uuid, ${entry.agencyId ?? null},
            ${entry.note ?? null}, ${entry.data === undefined ? null : JSON.stringify(entry.data)}::jsonb, ${entry.createdAt ?? new Date()}::timestamp(3))
    RETURNING id`;
  return row!;
}

/** One row of the audit model through Prisma (any of its columns), in a transaction or not. */
export async function createCaseEvent(db: DbClient, event: Prisma.CaseEventUncheckedCreateInput): Promise<{ id: string }> {
  return db.caseEvent.create({ data: event, select: { id: true } });
}

/** Several rows, in the given order. */
export async function createCaseEvents(tx: Tx, events: Prisma.CaseEventCreateManyInput[]): Promise<void> {
  await tx.caseEvent.createMany({ data: events });
}
