import { openStatusSql } from "./case-status-sql.js";
import { RESOLVED_STATUSES } from "../core/case-lifecycle.js";
import type { Sql, Tx } from "./database.js";

export interface ReporterCaseRow {
  reporterId: string;
  id: string;
  ticket: string;
  kind: string;
  extraKinds: string[];
  country: string | null;
  status: string;
}

/**
 * For each reporter: the most recent open case, and the most recent case resolved (SELESAI) since
 * `resolvedSince` (not merged into another). At most one of each per reporter.
 */
export async function recentCasesOfReporters(tx: Sql, reporterIds: string[], resolvedSince: Date): Promise<ReporterCaseRow[]> {
  return tx.rows<ReporterCaseRow>`
    SELECT DISTINCT ON ("reporterId", status = 'SELESAI') "reporterId", id, ticket, kind, "extraKinds", "destinationCountry" AS country, status::text AS status FROM "Case"
    WHERE "reporterId" = ANY(${reporterIds}::uuid[]) AND "mergedIntoId" IS NULL
      AND (${openStatusSql()} OR (status = 'SELESAI' AND "resolvedAt" >= ${resolvedSince}::timestamp(3)))
    ORDER BY "reporterId", status = 'SELESAI', COALESCE("resolvedAt", "createdAt") DESC`;
}

/** The reporter's cases not anonymised yet, oldest first, with their personal identifiers. */
export async function identifiersOfReporterCases(tx: Sql, reporterId: string) {
  return tx.rows<{
    id: string;
    ticket: string;
    status: string;
    workerPhone: string | null;
    passportNumber: string | null;
    nik: string | null;
  }>`
    SELECT id, ticket, status::text AS status, "workerPhone", "passportNumber", nik FROM "Case"
    WHERE "reporterId" = ${reporterId}::uuid AND "anonymisedAt" IS NULL ORDER BY "createdAt"`;
}

/** How many texts and files the reporter sent, and their name and phone. */
export async function reporterHoldings(tx: Sql, reporterId: string) {
  const [counts] = await tx.rows<{ messages: number; files: number; name: string | null; phone: string | null }>`
    SELECT (SELECT count(*)::int FROM "Message" m JOIN "Conversation" cv ON cv.id = m."conversationId"
              WHERE cv."reporterId" = r.id AND m.direction = 'IN' AND m.text IS NOT NULL) AS messages,
           (SELECT count(*)::int FROM "Attachment" a JOIN "Message" m ON m.id = a."messageId" JOIN "Conversation" cv ON cv.id = m."conversationId"
              WHERE cv."reporterId" = r.id) AS files,
           r.name, r.phone
    FROM "Reporter" r WHERE r.id = ${reporterId}::uuid`;
  return counts;
}

/** The reporter's open cases (not merged, not anonymised), oldest first. */
export async function openCasesOfReporter(tx: Sql, reporterId: string): Promise<{ id: string; ticket: string }[]> {
  return tx.rows<{ id: string; ticket: string }>`
    SELECT id, ticket FROM "Case" WHERE "reporterId" = ${reporterId}::uuid AND ${openStatusSql()}
      AND "mergedIntoId" IS NULL AND "anonymisedAt" IS NULL ORDER BY "createdAt"`;
}

/** The same through Prisma (a console decision's transaction): tickets only. */
export async function openTicketsOfReporter(tx: Tx, reporterId: string): Promise<string[]> {
  const open = await tx.case.findMany({
    where: { reporterId, status: { notIn: [...RESOLVED_STATUSES] }, mergedIntoId: null, anonymisedAt: null },
    select: { ticket: true },
  });
  return open.map((c) => c.ticket);
}
