import type { Db, Sql } from "./database.js";

export type SlaClock = "first-response" | "resolution";

/** What an SLA timer re-reads when it fires. */
export async function findSlaState(db: Db, caseId: string) {
  return db.case.findUnique({
    where: { id: caseId },
    select: {
      status: true,
      slaPausedAt: true,
      firstRespondedAt: true,
      resolvedAt: true,
      firstResponseDueAt: true,
      resolutionDueAt: true,
      mergedIntoId: true,
    },
  });
}

/**
 * Deadlines passed by `now` with their clock still running (not met, not paused, the case neither
 * closed nor merged) and no SLA_BREACHED event recorded for that clock and deadline; earliest first.
 */
export async function passedSlaDeadlines(sql: Sql, now: Date, limit: number): Promise<{ caseId: string; clock: SlaClock; dueAt: Date }[]> {
  return sql.rows<{ caseId: string; clock: SlaClock; dueAt: Date }>`
    SELECT c.id AS "caseId", d.clock, d.due_at AS "dueAt"
    FROM "Case" c
    CROSS JOIN LATERAL (VALUES ('first-response', c."firstResponseDueAt", c."firstRespondedAt"),
                               ('resolution', c."resolutionDueAt", c."resolvedAt")) AS d(clock, due_at, met_at)
    WHERE d.due_at <= ${now}::timestamp(3) AND d.met_at IS NULL
      AND c."slaPausedAt" IS NULL AND c."mergedIntoId" IS NULL AND c.status <> 'DITUTUP'
      AND NOT EXISTS (
        SELECT 1 FROM "CaseEvent" e
        WHERE e."caseId" = c.id AND e.type = 'SLA_BREACHED' AND e.data->>'clock' = d.clock
          AND (e.data->>'dueAt')::timestamptz AT TIME ZONE 'UTC' = d.due_at)
    ORDER BY d.due_at
    LIMIT ${limit}`;
}
