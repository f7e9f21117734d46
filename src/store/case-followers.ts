import type { Sql } from "./database.js";

/** Family members following a case (CaseFollower), with the reporter's consent; plain SQL in the caller's transaction. */

export async function findFollower(
  tx: Sql,
  caseId: string,
  followerId: string,
): Promise<{ verified: boolean; endedAt: Date | null } | undefined> {
  const [found] = await tx.rows<{ verified: boolean; endedAt: Date | null }>`
    SELECT verified, "endedAt" FROM "CaseFollower" WHERE "caseId" = ${caseId}::uuid AND "reporterId" = ${followerId}::uuid`;
  return found;
}

export async function resumeFollowing(tx: Sql, caseId: string, followerId: string): Promise<void> {
  await tx.run`UPDATE "CaseFollower" SET "endedAt" = NULL WHERE "caseId" = ${caseId}::uuid AND "reporterId" = ${followerId}::uuid`;
}

export async function endFollowing(tx: Sql, caseId: string, followerId: string, at: Date): Promise<void> {
  await tx.run`UPDATE "CaseFollower" SET "endedAt" = ${at}::timestamp(3) WHERE "caseId" = ${caseId}::uuid AND "reporterId" = ${followerId}::uuid`;
}

export async function verifyFollower(tx: Sql, caseId: string, followerId: string): Promise<void> {
  await tx.run`UPDATE "CaseFollower" SET verified = true WHERE "caseId" = ${caseId}::uuid AND "reporterId" = ${followerId}::uuid`;
}

/** A follow request waiting for the reporter's consent. */
export async function insertFollowRequest(tx: Sql, caseId: string, followerId: string, at: Date): Promise<void> {
  await tx.run`
    INSERT INTO "CaseFollower" ("caseId", "reporterId", verified, "createdAt") VALUES (${caseId}::uuid, ${followerId}::uuid, false, ${at}::timestamp(3))`;
}

/** How many requests wait for this reporter's consent besides the given one (or, with `before`, were made before it). */
export async function countWaitingRequests(
  tx: Sql,
  reporterId: string,
  except: { caseId: string; followerId: string } | { before: Date },
): Promise<number> {
  const [counted] =
    "before" in except
      ? await tx.rows<{ n: number }>`
          SELECT count(*)::int AS n FROM "CaseFollower" f JOIN "Case" c ON c.id = f."caseId"
          WHERE NOT f.verified AND f."endedAt" IS NULL AND c."reporterId" = ${reporterId}::uuid AND f."createdAt" < ${except.before}::timestamp(3)`
      : await tx.rows<{ n: number }>`
          SELECT count(*)::int AS n FROM "CaseFollower" f JOIN "Case" c ON c.id = f."caseId"
          WHERE NOT f.verified AND f."endedAt" IS NULL AND c."reporterId" = ${reporterId}::uuid
            AND NOT (f."caseId" = ${except.caseId}::uuid AND f."reporterId" = ${except.followerId}::uuid)`;
  return counted!.n;
}

export interface WaitingRequest {
  caseId: string;
  ticket: string;
  followerId: string;
}

/** The oldest request waiting for each reporter's consent. */
export async function oldestWaitingRequests(tx: Sql, reporterIds: string[]): Promise<(WaitingRequest & { reporterId: string })[]> {
  return tx.rows<WaitingRequest & { reporterId: string }>`
    SELECT DISTINCT ON (c."reporterId") c."reporterId", f."caseId", c.ticket, f."reporterId" AS "followerId"
    FROM "CaseFollower" f JOIN "Case" c ON c.id = f."caseId"
    WHERE NOT f.verified AND f."endedAt" IS NULL AND c."reporterId" = ANY(${reporterIds}::uuid[])
    ORDER BY c."reporterId", f."createdAt"`;
}

/** The oldest request waiting for the reporter's consent on this ticket, from a follower whose id (without dashes) starts with `prefix`. */
export async function waitingRequestFor(tx: Sql, reporterId: string, ticket: string, prefix: string): Promise<WaitingRequest | undefined> {
  const [found] = await tx.rows<WaitingRequest>`
    SELECT f."caseId", c.ticket, f."reporterId" AS "followerId"
    FROM "CaseFollower" f JOIN "Case" c ON c.id = f."caseId"
    WHERE NOT f.verified AND f."endedAt" IS NULL AND c."reporterId" = ${reporterId}::uuid AND c.ticket = ${ticket}
      AND replace(f."reporterId"::text, '-', '') LIKE ${`${prefix}%`}
    ORDER BY f."createdAt" LIMIT 1`;
  return found;
}

/** The reporter's latest conversation. */
export async function latestConversation(tx: Sql, reporterId: string): Promise<{ id: string; channel: string } | undefined> {
  const [chat] = await tx.rows<{ id: string; channel: string }>`
    SELECT id, channel::text AS channel FROM "Conversation" WHERE "reporterId" = ${reporterId}::uuid ORDER BY "updatedAt" DESC LIMIT 1`;
  return chat;
}

/** Whether the duplicate's reporter already sees the surviving case (its reporter, or a verified follower). */
export async function reporterSeesCase(tx: Sql, duplicateId: string, intoId: string): Promise<boolean> {
  const [seen] = await tx.rows<{ sees: boolean }>`
    SELECT (i."reporterId" = d."reporterId" OR EXISTS (
      SELECT 1 FROM "CaseFollower" f WHERE f."caseId" = i.id AND f."reporterId" = d."reporterId" AND f.verified AND f."endedAt" IS NULL)) AS sees
    FROM "Case" d, "Case" i WHERE d.id = ${duplicateId}::uuid AND i.id = ${intoId}::uuid`;
  return seen?.sees ?? false;
}

/** The duplicate's reporter and verified followers become follow requests of the surviving case; resolves those added. */
export async function carryFollowersOver(tx: Sql, duplicateId: string, intoId: string, at: Date): Promise<string[]> {
  const added = await tx.rows<{ followerId: string }>`
    WITH people AS (
      SELECT d."reporterId" AS id FROM "Case" d WHERE d.id = ${duplicateId}::uuid
      UNION
      SELECT f."reporterId" FROM "CaseFollower" f WHERE f."caseId" = ${duplicateId}::uuid AND f.verified AND f."endedAt" IS NULL)
    INSERT INTO "CaseFollower" ("caseId", "reporterId", verified, "createdAt")
    SELECT ${intoId}::uuid, p.id, false, ${at}::timestamp(3) FROM people p
    WHERE p.id <> (SELECT "reporterId" FROM "Case" WHERE id = ${intoId}::uuid)
    ON CONFLICT ("caseId", "reporterId") DO NOTHING
    RETURNING "reporterId" AS "followerId"`;
  return added.map((a) => a.followerId);
}

export async function ticketAndReporter(tx: Sql, caseId: string): Promise<{ ticket: string; reporterId: string } | undefined> {
  const [found] = await tx.rows<{ ticket: string; reporterId: string }>`SELECT ticket, "reporterId" FROM "Case" WHERE id = ${caseId}::uuid`;
  return found;
}

/** The cases the person follows (not stopped), one ticket or all, oldest first, at most 10. */
export async function followedCases(tx: Sql, followerId: string, ticket: string | null): Promise<{ caseId: string; ticket: string }[]> {
  return tx.rows<{ caseId: string; ticket: string }>`
    SELECT f."caseId", c.ticket FROM "CaseFollower" f JOIN "Case" c ON c.id = f."caseId"
    WHERE f."reporterId" = ${followerId}::uuid AND f."endedAt" IS NULL AND (${ticket}::text IS NULL OR c.ticket = ${ticket})
    ORDER BY f."createdAt" LIMIT 10`;
}

export async function reporterName(tx: Sql, reporterId: string): Promise<string | null> {
  const [reporter] = await tx.rows<{ name: string | null }>`SELECT name FROM "Reporter" WHERE id = ${reporterId}::uuid`;
  return reporter?.name ?? null;
}

/** The case by ticket; a merged case answers with the case it was merged into. */
export async function findCaseByTicketFollowingMerge(
  tx: Sql,
  ticket: string,
): Promise<{ id: string; ticket: string; reporterId: string } | undefined> {
  const [found] = await tx.rows<{ id: string; ticket: string; reporterId: string }>`
    SELECT COALESCE(m.id, c.id) AS id, COALESCE(m.ticket, c.ticket) AS ticket, COALESCE(m."reporterId", c."reporterId") AS "reporterId"
    FROM "Case" c LEFT JOIN "Case" m ON m.id = c."mergedIntoId" WHERE c.ticket = ${ticket}`;
  return found;
}
