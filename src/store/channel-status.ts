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
