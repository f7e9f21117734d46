/** The follow dialogue: family members following a case, and the reporter's consent to it. */
import { texts } from "../core/texts.js";
import { parseTicket } from "../core/ticket.js";
import { say, type Decision, type EngineFacts, type ReplyPart } from "./decision.js";
import { parseConsent, parseFollowCommand } from "./follow-commands.js";
import { questionFor } from "./intake-dialogue.js";
import type { ConversationState } from "./state.js";


/**
 * Following a family member's case, and the reporter's YA/TIDAK to such a request (the
 * effects run in src/cases/follow-case.ts). An intake in progress is kept: the command is
 * answered and the pending question asked again.
 */
export function decideFollow(state: ConversationState, next: ConversationState, text: string, action: string | undefined, facts: EngineFacts): Decision | null {
  const draft = state.step === "intake" || state.step === "ask-follow-ticket" ? state.draft : undefined;
  const resume = (decision: Omit<Decision, "state">): Decision => ({
    ...decision,
    state: draft ? { ...next, step: "intake", draft } : { ...next, step: "idle", draft: undefined },
    replies: draft?.awaiting ? [...decision.replies, questionFor(draft.awaiting, draft, false)] : decision.replies,
  });
  const result: ReplyPart = { placeholder: "followResult" };

  if (action === "consent:yes" || action === "consent:no") {
    if (!facts.pendingConsent) return { state: next, replies: [say(texts.staleButton())], effects: [], reason: "consent-stale" };
    return resume({ replies: [result], effects: [{ type: "answerFollowRequest", approve: action === "consent:yes" }], reason: "consent-answer" });
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
    return { state: { ...next, step: "ask-follow-ticket", draft: state.draft }, replies: [say(texts.askFollowTicket())], effects: [], reason: "follow-ask-ticket" };
  }
  if (state.step === "ask-follow-ticket") return resume({ replies: [say(texts.ticketNotUnderstood())], effects: [], reason: "follow-ticket-not-understood" });

  // A short YA/TIDAK outside an intake answers the reporter's pending consent question.
  if (facts.pendingConsent && state.step !== "intake") {
    const consent = parseConsent(text);
    if (consent !== null) return resume({ replies: [result], effects: [{ type: "answerFollowRequest", approve: consent }], reason: "consent-answer" });
  }
  return null;
}
