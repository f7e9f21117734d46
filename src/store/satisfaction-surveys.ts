import type { Sql } from "./database.js";

/**
 * Opens the survey of a resolved case (once per case, for its lead agency, unless its reporter is
 * anonymised); resolves where the question goes, or undefined when no survey was opened.
 */
export async function openSurvey(
  tx: Sql,
  caseId: string,
  at: Date,
): Promise<{ ticket: string; conversationId: string; channel: string } | undefined> {
  const [asked] = await tx.rows<{ ticket: string; conversationId: string; channel: string }>`
    WITH target AS (
      SELECT c.id, c.ticket, c."conversationId", cv.channel::text AS channel,
             (SELECT ca."agencyId" FROM "CaseAgency" ca WHERE ca."caseId" = c.id AND ca.role = 'LEAD' ORDER BY ca."addedAt" DESC LIMIT 1) AS agency
      FROM "Case" c JOIN "Conversation" cv ON cv.id = c."conversationId" JOIN "Reporter" r ON r.id = c."reporterId"
      WHERE c.id = ${caseId}::uuid AND r."anonymisedAt" IS NULL),
    inserted AS (
      INSERT INTO "SatisfactionSurvey" ("caseId", "agencyId", "askedAt")
      SELECT id, agency, ${at}::timestamp(3) FROM target WHERE agency IS NOT NULL
      ON CONFLICT ("caseId") DO NOTHING RETURNING "caseId")
    SELECT t.ticket, t."conversationId", t.channel FROM target t JOIN inserted i ON i."caseId" = t.id`;
  return asked;
}

/** Each reporter's latest survey still waiting: unrated and asked after `askedAfter`, or rated after `ratedAfter` and uncommented. */
export async function waitingSurveys(
  tx: Sql,
  reporterIds: string[],
  askedAfter: Date,
  ratedAfter: Date,
): Promise<{ reporterId: string; caseId: string; rating: number | null }[]> {
  return tx.rows<{ reporterId: string; caseId: string; rating: number | null }>`
    SELECT DISTINCT ON (c."reporterId") c."reporterId", s."caseId", s.rating
    FROM "Case" c JOIN "SatisfactionSurvey" s ON s."caseId" = c.id
    WHERE c."reporterId" = ANY(${reporterIds}::uuid[])
      AND ((s.rating IS NULL AND s."askedAt" > ${askedAfter}::timestamp(3))
        OR (s.rating IS NOT NULL AND s.comment IS NULL AND s."answeredAt" > ${ratedAfter}::timestamp(3)))
    ORDER BY c."reporterId", s."askedAt" DESC`;
}

export async function saveSurveyRating(tx: Sql, caseId: string, rating: number, at: Date): Promise<void> {
  await tx.run`UPDATE "SatisfactionSurvey" SET rating = ${rating}, "answeredAt" = ${at}::timestamp(3) WHERE "caseId" = ${caseId}::uuid AND rating IS NULL`;
}

export async function saveSurveyComment(tx: Sql, caseId: string, comment: string): Promise<void> {
  await tx.run`UPDATE "SatisfactionSurvey" SET comment = ${comment} WHERE "caseId" = ${caseId}::uuid AND comment IS NULL`;
}
