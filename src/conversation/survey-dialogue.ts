/**
 * The satisfaction survey after a case is closed: a rating 1-5 (buttons, or the digit typed),
 * then an optional comment (LEWATI skips it). Asked once per case; answered only while the
 * survey waits (facts.pendingSurvey), so a digit at any other time keeps its usual meaning.
 */
import { isEmergencyKind } from "../core/case-kinds.js";
import { texts } from "../core/texts.js";
import { triage } from "../core/triage.js";
import { say, type Button, type Decision, type EngineFacts } from "./decision.js";
import type { ConversationState } from "./state.js";

export const SURVEY_BUTTONS: Button[] = [1, 2, 3, 4, 5].map((n) => ({ label: String(n), action: `survey:${n}` }));

const SKIP = /^(lewati|lewat|skip|tidak|tidak ada|nggak|gak|ga|-)$/i;

export function decideSurvey(next: ConversationState, text: string, action: string | undefined, facts: EngineFacts): Decision | null {
  const survey = facts.pendingSurvey;
  if (!survey) {
    if (!action?.startsWith("survey:")) return null;
    return { state: next, replies: [say(texts.staleButton())], effects: [], reason: "stale-survey-button" };
  }
  if (survey.awaiting === "rating") {
    const rating = Number(action?.startsWith("survey:") ? action.slice(7) : /^[1-5]$/.test(text) ? text : NaN);
    if (!(rating >= 1 && rating <= 5)) return null;
    return {
      state: next,
      replies: [say(texts.surveyAskComment())],
      effects: [{ type: "answerSurvey", caseId: survey.caseId, rating }],
      reason: "survey-rating",
    };
  }
  if (!text || action) return null;
  // An emergency written now is not a comment on the closed case.
  if (isEmergencyKind(triage(text).kind)) return null;
  const comment = SKIP.test(text.trim()) ? "" : text.trim().slice(0, 1000);
  return {
    state: next,
    replies: [say(texts.surveyThanks())],
    effects: [{ type: "commentSurvey", caseId: survey.caseId, comment }],
    reason: comment ? "survey-comment" : "survey-comment-skipped",
  };
}
