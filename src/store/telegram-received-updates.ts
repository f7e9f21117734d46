import type { Sql } from "./database.js";

/**
 * Telegram updates received by long polling and not yet stored as messages (plain SQL: one
 * insert per getUpdates batch is what Telegram's confirmation waits for).
 */
export async function holdReceivedUpdates(sql: Sql, botId: number, updates: { updateId: number; update: object }[]): Promise<void> {
  if (updates.length === 0) return;
  await sql.run`
    INSERT INTO "TelegramReceivedUpdate" ("botId", "updateId", update, "receivedAt")
    SELECT ${String(botId)}::bigint, k.update_id, k.update::jsonb, ${new Date()}::timestamp(3)
    FROM unnest(${updates.map((u) => String(u.updateId))}::bigint[], ${updates.map((u) => JSON.stringify(u.update))}::text[]) AS k(update_id, update)
    ON CONFLICT ("botId", "updateId") DO NOTHING`;
}

/** Oldest first. */
export async function listReceivedUpdates(sql: Sql, botId: number): Promise<unknown[]> {
  const rows = await sql.rows<{ update: unknown }>`
    SELECT update FROM "TelegramReceivedUpdate" WHERE "botId" = ${String(botId)}::bigint ORDER BY "updateId"`;
  return rows.map((r) => r.update);
}

export async function releaseReceivedUpdates(sql: Sql, botId: number, updateIds: number[]): Promise<void> {
  if (updateIds.length === 0) return;
  await sql.run`
    DELETE FROM "TelegramReceivedUpdate" WHERE "botId" = ${String(botId)}::bigint AND "updateId" = ANY(${updateIds.map(String)}::bigint[])`;
}
