import { resolvedStatusSql } from "../infra/case-status-sql.js";
import type { Db, Tx } from "./database.js";

/**
 * The rows whose personal data has reached the end of its life (UU PDP). Taken with SKIP LOCKED
 * inside the caller's transaction, so several worker processes can sweep at once.
 */

/** Finished cases closed (or resolved) before `cutoff`, not anonymised yet; locked for this transaction. */
export async function lockCasesToAnonymise(tx: Tx, cutoff: Date, limit: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Case" WHERE "anonymisedAt" IS NULL AND ${resolvedStatusSql()}
      AND COALESCE("closedAt", "resolvedAt") < ${cutoff}
    ORDER BY COALESCE("closedAt", "resolvedAt") LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
  return rows.map((r) => r.id);
}

/** Finished cases closed (or resolved) before `cutoff` whose files are still kept; locked for this transaction. */
export async function lockCasesToPurgeMedia(tx: Tx, cutoff: Date, limit: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Case" WHERE "mediaPurgedAt" IS NULL AND "anonymisedAt" IS NULL AND ${resolvedStatusSql()}
      AND COALESCE("closedAt", "resolvedAt") < ${cutoff}
    ORDER BY COALESCE("closedAt", "resolvedAt") LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
  return rows.map((r) => r.id);
}

/** Reporters whose every case is anonymised and who have not written since `cutoff`. */
export async function reportersToAnonymise(db: Db, cutoff: Date, limit: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM "Reporter" r
    WHERE r."anonymisedAt" IS NULL
      AND EXISTS (SELECT 1 FROM "Case" c WHERE c."reporterId" = r.id)
      AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c."reporterId" = r.id AND c."anonymisedAt" IS NULL)
      AND NOT EXISTS (SELECT 1 FROM "Conversation" cv WHERE cv."reporterId" = r.id AND cv."lastInboundAt" >= ${cutoff})
    LIMIT ${limit}`;
  return rows.map((r) => r.id);
}
