import type { Channel } from "../generated/prisma/enums.js";
import type { Db } from "./database.js";

/** A connection's state (one row per number or bot), shown by /health and the console's operations page. */
export async function saveChannelStatus(
  db: Db,
  status: { id: string; channel: Channel; state: string; detail: string | null },
): Promise<void> {
  const { id, channel, state, detail } = status;
  await db.channelStatus.upsert({ where: { id }, create: { id, channel, state, detail }, update: { state, detail } });
}

/** Only the state; throws when the row does not exist. */
export async function setChannelState(db: Db, id: string, state: string): Promise<void> {
  await db.channelStatus.update({ where: { id }, data: { state } });
}

/** Every connection's state, by channel and id. */
export async function listChannelStatus(db: Db) {
  return db.channelStatus.findMany({ orderBy: [{ channel: "asc" }, { id: "asc" }] });
}

/** The database answers (a health check). */
export async function pingDatabase(db: Db): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}

/** Connection states only (no details), for monitors. */
export async function listChannelStates(db: Db) {
  return db.channelStatus.findMany({ select: { id: true, channel: true, state: true, updatedAt: true }, orderBy: { id: "asc" } });
}
