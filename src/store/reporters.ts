import type { Channel } from "../generated/prisma/enums.js";
import type { Db, Sql } from "./database.js";

/** The platform said the person can never be reached (blocked the bot, number gone). */
export async function markReporterUnreachable(sql: Sql, reporterId: string, at: Date): Promise<void> {
  await sql.run`UPDATE "Reporter" SET "unreachableAt" = ${at}::timestamp(3) WHERE id = ${reporterId}::uuid`;
}

/**
 * The reporters behind a channel identity became unreachable (`at`) or reachable again (null);
 * only those whose state changes are touched. Resolves how many changed.
 */
export async function setReachabilityByIdentity(db: Db, channel: Channel, externalId: string, unreachableAt: Date | null): Promise<number> {
  const changed = await db.reporter.updateMany({
    where: { identities: { some: { channel, externalId } }, unreachableAt: unreachableAt ? null : { not: null } },
    data: { unreachableAt },
  });
  return changed.count;
}

/** Which of these platform ids of a channel are known, and whose they are. */
export async function findIdentities(
  db: Db,
  channel: Channel,
  externalIds: string[],
): Promise<{ externalId: string; reporterId: string }[]> {
  return db.channelIdentity.findMany({
    where: { channel, externalId: { in: externalIds } },
    select: { externalId: true, reporterId: true },
  });
}

/** Adds platform ids to a reporter (one already taken is skipped). */
export async function addIdentities(db: Db, channel: Channel, externalIds: string[], reporterId: string): Promise<void> {
  await db.channelIdentity.createMany({
    data: externalIds.map((externalId) => ({ channel, externalId, reporterId })),
    skipDuplicates: true,
  });
}
