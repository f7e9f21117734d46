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

/** The reporters behind these (channel, platform id) pairs, where known. */
export async function findIdentityOwners(
  tx: Sql,
  pairs: { channel: string; externalId: string }[],
): Promise<{ channel: string; externalId: string; reporterId: string }[]> {
  return tx.rows<{ channel: string; externalId: string; reporterId: string }>`
    SELECT i.channel::text AS channel, i."externalId", i."reporterId"
    FROM "ChannelIdentity" i JOIN unnest(${pairs.map((p) => p.channel)}::text[], ${pairs.map((p) => p.externalId)}::text[]) AS k(channel, external_id)
      ON i.channel = k.channel::"Channel" AND i."externalId" = k.external_id`;
}

export async function insertReporters(
  tx: Sql,
  reporters: { id: string; kind: string; phone: string | null; name: string | null }[],
  at: Date,
): Promise<void> {
  await tx.run`
    INSERT INTO "Reporter" (id, kind, phone, name, "createdAt")
    SELECT k.id::uuid, k.kind::"ReporterKind", k.phone, k.name, ${at}::timestamp(3)
    FROM unnest(${reporters.map((r) => r.id)}::text[], ${reporters.map((r) => r.kind)}::text[],
                ${reporters.map((r) => r.phone)}::text[], ${reporters.map((r) => r.name)}::text[]) AS k(id, kind, phone, name)`;
}

/** Records platform ids of reporters; an id already taken (by a racing batch) is left as it is. */
export async function insertIdentities(
  tx: Sql,
  identities: { channel: string; externalId: string; reporterId: string }[],
  at: Date,
): Promise<void> {
  await tx.run`
    INSERT INTO "ChannelIdentity" (id, channel, "externalId", "reporterId", "createdAt")
    SELECT gen_random_uuid(), k.channel::"Channel", k.external_id, k.reporter_id::uuid, ${at}::timestamp(3)
    FROM unnest(${identities.map((n) => n.channel)}::text[], ${identities.map((n) => n.externalId)}::text[],
                ${identities.map((n) => n.reporterId)}::text[]) AS k(channel, external_id, reporter_id)
    ON CONFLICT (channel, "externalId") DO NOTHING`;
}

/** Removes those of these reporters that have no identity (they lost a race for their sender's id). */
export async function deleteReportersWithoutIdentity(tx: Sql, reporterIds: string[]): Promise<void> {
  await tx.run`
    DELETE FROM "Reporter" r WHERE r.id = ANY(${reporterIds}::uuid[])
      AND NOT EXISTS (SELECT 1 FROM "ChannelIdentity" i WHERE i."reporterId" = r.id)`;
}
