import type { Update } from "telegraf/types";
import type { Db } from "../../src/infra/prisma.js";

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
      await db.telegramParkedUpdate.createMany({
        data: updates.map((u) => ({ updateId: BigInt(u.update.update_id), update: u.update as object, error: u.error.slice(0, 500) })),
      });
    },
    async list() {
      const rows = await db.telegramParkedUpdate.findMany({
        orderBy: [{ parkedAt: "asc" }, { updateId: "asc" }],
        select: { id: true, update: true },
      });
      return rows.map((r) => ({ id: r.id, update: r.update as unknown as Update }));
    },
    async remove(ids) {
      await db.telegramParkedUpdate.deleteMany({ where: { id: { in: ids } } });
    },
  };
}
