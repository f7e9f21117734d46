import type { Update } from "telegraf/types";
import type { Sql } from "../../src/store/database.js";
import { holdReceivedUpdates, listReceivedUpdates, releaseReceivedUpdates } from "../../src/store/telegram-received-updates.js";

/**
 * Where long polling keeps the updates Telegram handed out until each is stored as a message (the
 * database: Redis's data may be lost). Written before Telegram is told they arrived.
 */
export interface ReceivedUpdates {
  hold(updates: Update[]): Promise<void>;
  /** Oldest first: what a stop or crash left unstored. */
  list(): Promise<Update[]>;
  release(updateIds: number[]): Promise<void>;
}

/** The received updates of the bot whose user id is `botId`. */
export function createReceivedUpdates(sql: Sql, botId: number): ReceivedUpdates {
  return {
    hold: (updates) =>
      holdReceivedUpdates(
        sql,
        botId,
        updates.map((u) => ({ updateId: u.update_id, update: u as object })),
      ),
    list: async () => (await listReceivedUpdates(sql, botId)) as Update[],
    release: (updateIds) => releaseReceivedUpdates(sql, botId, updateIds),
  };
}
