/**
 * A message from a reporter who already has a case: open, or resolved (SELESAI) in the last
 * 14 days. It joins that case (a resolved one is reopened for its officers) unless it is clearly
 * a new problem (another country; another kind of problem after resolution): then the reporter is asked once
 * "apakah ini masalah baru?" and a yes starts a new intake. An emergency never waits behind
 * that question.
 */
import { isEmergencyKind, isInfoKind } from "../core/case-kinds.js";
import { matchCountry } from "../core/countries.js";
import { normalizeText } from "../core/normalize-text.js";
import { texts } from "../core/texts.js";
import { triage, type Triage } from "../core/triage.js";
import { parseNewProblemAnswer, wordCount } from "./answers.js";
import { say, type CaseFacts, type Decision, type EngineFacts, type EngineInput, type ReplyPart } from "./decision.js";
import { emergencyAdviceText } from "./emergency-advice.js";
import { startIntake } from "./intake-dialogue.js";
import type { ConversationState, PendingProblem } from "./state.js";

/** Fewer words than this, with no recognised problem, is a greeting or an aside, not a story. */
export const SUBSTANTIVE_WORDS = 6;
const THANKS =
  /^(terima kasih|terimakasih|makasih|trimakasih|trims|thanks|thank you|tq|ok|oke|okay|baik|siap|alhamdulillah|sama sama|amin|aamiin)\b/;

const newProblemButtons = (ticket: string) => [
  { label: "Ya, masalah baru", action: "newproblem:yes" },
  { label: `Bukan, lanjutan ${ticket}`, action: "newproblem:no" },
];

/** The decision for a message about (or beside) the reporter's current case, or null when there is none to follow up. */
export function followUpOnCase(
  next: ConversationState,
  input: { text: string; receivedAt: Date },
  result: Triage,
  facts: EngineFacts,
): Decision | null {
  const resolved = facts.openCase ? null : (facts.resolvedCase ?? null);
  const target = facts.openCase ?? resolved;
  if (!target) return null;
  const { text } = input;
  const emergency = isEmergencyKind(result.kind);
  const newProblem = looksLikeNewProblem(target, text, result, !!resolved);
  if (resolved) {
    if (THANKS.test(normalizeText(text)) && wordCount(text) < SUBSTANTIVE_WORDS && result.intent === "unclear") {
      return {
        state: { ...next, step: "idle" },
        replies: [say(texts.thanksAfterResolved(resolved.ticket))],
        effects: [{ type: "attachToCase", caseId: resolved.id, triage: null }],
        reason: "resolved-case-thanks",
      };
    }
    // A greeting gets the menu; a new emergency becomes a new case at once.
    if (result.intent === "unclear" && wordCount(text) < SUBSTANTIVE_WORDS) return null;
    if (newProblem && emergency) return null;
  }
  if (newProblem && !emergency) {
    const pendingProblem: PendingProblem = {
      text,
      receivedAt: input.receivedAt.toISOString(),
      caseId: target.id,
      ticket: target.ticket,
      resolved: !!resolved,
    };
    return {
      state: { ...next, step: "ask-new-problem", pendingProblem },
      replies: [say(texts.askNewProblem(target.ticket), newProblemButtons(target.ticket))],
      effects: [],
      reason: "ask-new-problem",
    };
  }
  return continueCase(next, target, !!resolved, result, text, facts);
}

/** The answer to "apakah ini masalah baru?". */
export function answerNewProblem(next: ConversationState, pending: PendingProblem, input: EngineInput, facts: EngineFacts): Decision {
  const answer = input.action === "newproblem:yes" ? true : input.action === "newproblem:no" ? false : parseNewProblemAnswer(input.text);
  const target: CaseFacts = { id: pending.caseId, ticket: pending.ticket };
  const since = pending.receivedAt;
  if (answer === false) {
    return continueCase(next, target, pending.resolved, triage(pending.text), pending.text, facts, since);
  }
  // Yes, or an answer that tells more of the new story: a new intake holding both.
  const text = answer === true ? pending.text : `${pending.text}\n${input.text.trim()}`;
  return startIntake(
    { ...next, step: "intake" },
    { ...facts, messageReceivedAt: new Date(since) },
    { text, triage: triage(text) },
    "new-problem",
  );
}

function continueCase(
  next: ConversationState,
  target: CaseFacts,
  resolved: boolean,
  result: Triage,
  words: string,
  facts: EngineFacts,
  since?: string,
): Decision {
  const advice = { kind: result.kind, country: target.country ?? undefined, words };
  const replies: ReplyPart[] = isEmergencyKind(result.kind) ? [say(emergencyAdviceText(advice, facts))] : [];
  replies.push(say(resolved ? texts.caseReopened(target.ticket) : texts.followUpAttached(target.ticket)));
  const effect = { caseId: target.id, triage: result, ...(since ? { since } : {}) };
  return {
    state: { ...next, step: "idle" },
    replies,
    effects: [resolved ? { type: "reopenCase", ...effect } : { type: "attachToCase", ...effect }],
    reason: resolved ? "reopen" : "follow-up",
  };
}

/**
 * Another country than the case's; or, after a case was resolved, a kind of problem it did not
 * have, told at some length. On an open case another kind is more often the same story going on
 * ("now the agent wants money for the passport"): it joins the case and adds to its kinds.
 */
function looksLikeNewProblem(target: CaseFacts, text: string, result: Triage, resolved: boolean): boolean {
  const country = matchCountry(text)?.country;
  if (country && target.country && target.country !== "Belum berangkat" && country !== target.country) return true;
  if (!resolved || !target.kind || result.intent === "unclear" || result.kind === "LAINNYA" || isInfoKind(result.kind)) return false;
  const known = new Set([target.kind, ...(target.extraKinds ?? [])]);
  if (known.has(result.kind) || result.extraKinds.some((k) => known.has(k))) return false;
  return wordCount(text) >= SUBSTANTIVE_WORDS;
}
