import type { Db } from "./database.js";

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
