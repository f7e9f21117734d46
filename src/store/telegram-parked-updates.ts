import type { Db } from "./database.js";

/** Telegram updates that keep failing, parked for another try (the database: Redis's data may be lost). */
export async function parkUpdates(db: Db, updates: { updateId: number; update: object; error: string }[]): Promise<void> {
  await db.telegramParkedUpdate.createMany({
    data: updates.map((u) => ({ updateId: BigInt(u.updateId), update: u.update, error: u.error })),
  });
}

/** Oldest first. */
export async function listParkedUpdates(db: Db): Promise<{ id: string; update: unknown }[]> {
  return db.telegramParkedUpdate.findMany({ orderBy: [{ parkedAt: "asc" }, { updateId: "asc" }], select: { id: true, update: true } });
}

export async function removeParkedUpdates(db: Db, ids: string[]): Promise<void> {
  await db.telegramParkedUpdate.deleteMany({ where: { id: { in: ids } } });
}

/** The oldest parked updates, for officers (the update itself is not shown). */
export async function listParkedForOfficers(db: Db, take: number) {
  return db.telegramParkedUpdate.findMany({
    orderBy: { parkedAt: "asc" },
    take,
    select: { id: true, updateId: true, error: true, parkedAt: true },
  });
}
