import type { ChannelName } from "../channels/contract.js";
import { SURVEY_BUTTONS } from "../conversation/survey-dialogue.js";
import { texts } from "../core/texts.js";
import type { Sql } from "../store/database.js";
import { openSurvey, saveSurveyComment, saveSurveyRating, waitingSurveys } from "../store/satisfaction-surveys.js";
import type { Outbox } from "./outbox.js";

/** How long a rating is awaited after the question, and a comment after the rating. */
const RATING_WINDOW_MS = 7 * 24 * 3600_000;
const COMMENT_WINDOW_MS = 3600_000;

/**
 * Asks the reporter of a case that has just been resolved to rate the handling, once per case
 * (the survey row's key is the case). Cases whose reporter has no chat left (anonymised) are skipped.
 */
export async function askSatisfaction(tx: Sql, outbox: Outbox, caseId: string, now: Date): Promise<boolean> {
  const asked = await openSurvey(tx, caseId, now);
  if (!asked) return false;
  await outbox.add(tx, {
    conversationId: asked.conversationId,
    channel: asked.channel as ChannelName,
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
  const rows = await waitingSurveys(
    tx,
    reporterIds,
    new Date(now.getTime() - RATING_WINDOW_MS),
    new Date(now.getTime() - COMMENT_WINDOW_MS),
  );
  return new Map(rows.map((r) => [r.reporterId, { caseId: r.caseId, awaiting: r.rating === null ? "rating" : "comment" }]));
}

export async function recordSurveyRating(tx: Sql, caseId: string, rating: number, now: Date): Promise<void> {
  await saveSurveyRating(tx, caseId, rating, now);
}

export async function recordSurveyComment(tx: Sql, caseId: string, comment: string): Promise<void> {
  await saveSurveyComment(tx, caseId, comment);
}
