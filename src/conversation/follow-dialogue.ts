/** The follow dialogue: family members following a case, and the reporter's consent to it. */
import { texts } from "../core/texts.js";
import { parseTicket } from "../core/ticket.js";
import { say, type Decision, type EngineFacts, type ReplyPart } from "./decision.js";
import { parseConsent, parseConsentForTicket, parseFollowCommand } from "./follow-commands.js";
import { questionFor } from "./intake-dialogue.js";
import type { ConversationState } from "./state.js";

const CONSENT_ACTION = /^consent:(yes|no):(PMI-[A-Z0-9]{6}):([0-9a-f]{8})$/;

/**
 * Following a family member's case, and the reporter's "YA PMI-XXXXXX" / "TIDAK PMI-XXXXXX" (or button) to such a request (the
 * effects run in src/cases/follow-case.ts). An intake in progress is kept: the command is
 * answered and the pending question asked again.
 */
export function decideFollow(
  state: ConversationState,
  next: ConversationState,
  text: string,
  action: string | undefined,
  facts: EngineFacts,
): Decision | null {
  const draft = state.step === "intake" || state.step === "ask-follow-ticket" ? state.draft : undefined;
  const resume = (decision: Omit<Decision, "state">): Decision => ({
    ...decision,
    state: draft ? { ...next, step: "intake", draft } : { ...next, step: "idle", draft: undefined },
    replies: draft?.awaiting ? [...decision.replies, questionFor(draft.awaiting, draft, false)] : decision.replies,
  });
  const result: ReplyPart = { placeholder: "followResult" };

  // A consent button names its request: "consent:yes:PMI-7K3M9X:<follower id prefix>".
  const button = action ? CONSENT_ACTION.exec(action) : null;
  if (button || action === "consent:yes" || action === "consent:no") {
    if (!button || !facts.pendingConsent) return { state: next, replies: [say(texts.staleButton())], effects: [], reason: "consent-stale" };
    return resume({
      replies: [result],
      effects: [{ type: "answerFollowRequest", approve: button[1] === "yes", ticket: button[2]!, follower: button[3]! }],
      reason: "consent-answer",
    });
  }
  if (action?.startsWith("unfollow:")) {
    return resume({ replies: [result], effects: [{ type: "unfollowCase", ticket: action.slice("unfollow:".length) }], reason: "unfollow" });
  }
  if (action) return null;

  const command = parseFollowCommand(text);
  const askedTicket = state.step === "ask-follow-ticket" ? parseTicket(text) : null;
  if (command?.type === "unfollow") {
    return resume({ replies: [result], effects: [{ type: "unfollowCase", ticket: command.ticket }], reason: "unfollow" });
  }
  const ticket = command?.type === "follow" ? command.ticket : askedTicket;
  if (ticket) return resume({ replies: [result], effects: [{ type: "followCase", ticket }], reason: "follow" });
  if (command?.type === "follow") {
    return {
      state: { ...next, step: "ask-follow-ticket", draft: state.draft },
      replies: [say(texts.askFollowTicket())],
      effects: [],
      reason: "follow-ask-ticket",
    };
  }
  if (state.step === "ask-follow-ticket")
    return resume({ replies: [say(texts.ticketNotUnderstood())], effects: [], reason: "follow-ticket-not-understood" });

  // "YA PMI-7K3M9X": consent names the case it is given for, even in the middle of an intake.
  const typed = parseConsentForTicket(text);
  if (typed)
    return resume({
      replies: [result],
      effects: [{ type: "answerFollowRequest", approve: typed.approve, ticket: typed.ticket }],
      reason: "consent-answer",
    });
  // A bare "ya" may answer anything (an officer's question): it never shares a case. It stays
  // with the open case for the officer, and the reporter learns how to answer the request.
  if (facts.pendingConsent && state.step !== "intake" && parseConsent(text) !== null) {
    const hint = say(texts.consentNeedsTicket(facts.pendingConsent.ticket));
    if (!facts.openCase) return { state: { ...next, step: "idle" }, replies: [hint], effects: [], reason: "consent-needs-ticket" };
    return {
      state: { ...next, step: "idle" },
      replies: [say(texts.followUpAttached(facts.openCase.ticket)), hint],
      effects: [{ type: "attachToCase", caseId: facts.openCase.id, triage: null }],
      reason: "consent-needs-ticket",
    };
  }
  return null;
}
