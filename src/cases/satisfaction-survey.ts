import type { ChannelName } from "../channels/contract.js";
import { SURVEY_BUTTONS } from "../conversation/survey-dialogue.js";
import { texts } from "../core/texts.js";
import type { Sql } from "../infra/sql.js";
import type { Outbox } from "./outbox.js";

/** How long a rating is awaited after the question, and a comment after the rating. */
const RATING_WINDOW_MS = 7 * 24 * 3600_000;
const COMMENT_WINDOW_MS = 3600_000;

/**
 * Asks the reporter of a case that has just been resolved to rate the handling, once per case
 * (the survey row's key is the case). Cases whose reporter has no chat left (anonymised) are skipped.
 */
export async function askSatisfaction(tx: Sql, outbox: Outbox, caseId: string, now: Date): Promise<boolean> {
  const [asked] = await tx.rows<{ ticket: string; conversationId: string; channel: ChannelName }>`
    WITH target AS (
      SELECT c.id, c.ticket, c."conversationId", cv.channel::text AS channel,
             (SELECT ca."agencyId" FROM "CaseAgency" ca WHERE ca."caseId" = c.id AND ca.role = 'LEAD' ORDER BY ca."addedAt" DESC LIMIT 1) AS agency
      FROM "Case" c JOIN "Conversation" cv ON cv.id = c."conversationId" JOIN "Reporter" r ON r.id = c."reporterId"
      WHERE c.id = ${caseId}::uuid AND r."anonymisedAt" IS NULL),
    inserted AS (
      INSERT INTO "SatisfactionSurvey" ("caseId", "agencyId", "askedAt")
      SELECT id, agency, ${now}::timestamp(3) FROM target WHERE agency IS NOT NULL
      ON CONFLICT ("caseId") DO NOTHING RETURNING "caseId")
    SELECT t.ticket, t."conversationId", t.channel FROM target t JOIN inserted i ON i."caseId" = t.id`;
  if (!asked) return false;
  await outbox.add(tx, {
    conversationId: asked.conversationId,
    channel: asked.channel,
    caseId,
    text: texts.surveyQuestion(asked.ticket),
    buttons: SURVEY_BUTTONS,
  });
  return true;
}

/** The survey each reporter of the batch may be answering now: a rating awaited, or a comment right after it. */
export async function pendingSurveys(
  tx: Sql,
  reporterIds: string[],
  now: Date,
): Promise<Map<string, { caseId: string; awaiting: "rating" | "comment" }>> {
  if (reporterIds.length === 0) return new Map();
  const rows = await tx.rows<{ reporterId: string; caseId: string; rating: number | null }>`
    SELECT DISTINCT ON (c."reporterId") c."reporterId", s."caseId", s.rating
    FROM "Case" c JOIN "SatisfactionSurvey" s ON s."caseId" = c.id
    WHERE c."reporterId" = ANY(${reporterIds}::uuid[])
      AND ((s.rating IS NULL AND s."askedAt" > ${new Date(now.getTime() - RATING_WINDOW_MS)}::timestamp(3))
        OR (s.rating IS NOT NULL AND s.comment IS NULL AND s."answeredAt" > ${new Date(now.getTime() - COMMENT_WINDOW_MS)}::timestamp(3)))
    ORDER BY c."reporterId", s."askedAt" DESC`;
  return new Map(rows.map((r) => [r.reporterId, { caseId: r.caseId, awaiting: r.rating === null ? "rating" : "comment" }]));
}

export async function recordSurveyRating(tx: Sql, caseId: string, rating: number, now: Date): Promise<void> {
  await tx.run`UPDATE "SatisfactionSurvey" SET rating = ${rating}, "answeredAt" = ${now}::timestamp(3) WHERE "caseId" = ${caseId}::uuid AND rating IS NULL`;
}

export async function recordSurveyComment(tx: Sql, caseId: string, comment: string): Promise<void> {
  await tx.run`UPDATE "SatisfactionSurvey" SET comment = ${comment} WHERE "caseId" = ${caseId}::uuid AND comment IS NULL`;
}
