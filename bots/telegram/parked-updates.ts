import type { Update } from "telegraf/types";
import type { Db } from "../../src/store/database.js";
import { listParkedUpdates, parkUpdates, removeParkedUpdates } from "../../src/store/telegram-parked-updates.js";

/** Where updates that keep failing wait for another try (the database: Redis's data may be lost). */
export interface ParkedUpdates {
  park(updates: { update: Update; error: string }[]): Promise<void>;
  /** Oldest first. */
  list(): Promise<{ id: string; update: Update }[]>;
  remove(ids: string[]): Promise<void>;
}

export function createParkedUpdates(db: Db): ParkedUpdates {
  return {
    async park(updates) {
      await parkUpdates(
        db,
        updates.map((u) => ({ updateId: u.update.update_id, update: u.update as object, error: u.error.slice(0, 500) })),
      );
    },
    async list() {
      const rows = await listParkedUpdates(db);
      return rows.map((r) => ({ id: r.id, update: r.update as Update }));
    },
    async remove(ids) {
      await removeParkedUpdates(db, ids);
    },
  };
}
