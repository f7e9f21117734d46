import type { Db } from "./database.js";

/** Baileys' authentication rows of one number (values are encrypted by the caller; never logged). */
export async function readAuthRows(db: Db, accountId: string, keys?: string[]): Promise<{ key: string; value: string }[]> {
  return db.whatsAppAuth.findMany({ where: { accountId, ...(keys ? { key: { in: keys } } : {}) }, select: { key: true, value: true } });
}

/** Removes and upserts keys in one transaction. */
export async function writeAuthRows(
  db: Db,
  accountId: string,
  entries: { keys: string[]; values: string[] },
  removals: string[],
): Promise<void> {
  const { keys, values } = entries;
  await db.$transaction([
    ...(removals.length ? [db.whatsAppAuth.deleteMany({ where: { accountId, key: { in: removals } } })] : []),
    ...(keys.length
      ? [
          db.$executeRaw`
            INSERT INTO "WhatsAppAuth" ("accountId", "key", "value", "updatedAt")
            SELECT ${accountId}, k, v, now() FROM unnest(${keys}::text[], ${values}::text[]) AS t(k, v)
            ON CONFLICT ("accountId", "key") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = now()`,
        ]
      : []),
  ]);
}

/** Every row of the number; resolves how many there were. */
export async function deleteAuthRows(db: Db, accountId: string): Promise<number> {
  return (await db.whatsAppAuth.deleteMany({ where: { accountId } })).count;
}

export async function countAuthRows(db: Db, accountId: string): Promise<number> {
  return db.whatsAppAuth.count({ where: { accountId } });
}
