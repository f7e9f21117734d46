import { openStatusSql } from "../infra/case-status-sql.js";
import type { Sql } from "./database.js";

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
