import { sqlOver } from "../infra/sql.js";
import type { Db, Sql, Tx } from "./database.js";

/** An officer's latest notifications, newest first. */
export async function latestNotifications(db: Db, officerId: string, take: number) {
  return db.officerNotification.findMany({
    where: { officerId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, caseId: true, type: true, text: true, readAt: true, createdAt: true },
  });
}

export async function countUnread(db: Db, officerId: string): Promise<number> {
  return db.officerNotification.count({ where: { officerId, readAt: null } });
}

/** Marks the officer's unread notifications read (only `ids` when given); resolves how many. */
export async function markNotificationsRead(db: Db, officerId: string, ids: string[] | undefined, at: Date): Promise<number> {
  const result = await db.officerNotification.updateMany({
    where: { officerId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: at },
  });
  return result.count;
}

/** One console notice for every active officer of these agencies, in the caller's transaction. */
export async function insertAgencyNotices(
  tx: Sql | Tx,
  agencyIds: string[],
  notice: { caseId: string; type: string; text: string },
): Promise<void> {
  const sql = "rows" in tx ? tx : sqlOver(tx);
  await sql.run`
    INSERT INTO "OfficerNotification" (id, "officerId", "caseId", type, text)
    SELECT gen_random_uuid(), o.id, ${notice.caseId}::uuid, ${notice.type}, ${notice.text}
    FROM "Officer" o WHERE o."agencyId" = ANY(${agencyIds}::text[]) AND o.active`;
}
