/**
 * The conversation engine: channel-agnostic and pure. Given the conversation's state, what the
 * reporter just sent and a few facts looked up beforehand, it decides the next state, the
 * replies, and the effects the intake pipeline must carry out (create a case, look up a status...).
 * Replies that need an effect's result (a new ticket number) are placeholders the pipeline fills.
 * This file is the dispatcher: commands, the menu and message shapes are answered here; an
 * intake in progress goes to intake-dialogue.ts, following cases to follow-dialogue.ts.
 */
import { documentChecklist } from "../core/case-facts.js";
import { isInfoKind } from "../core/case-kinds.js";
import { faqAnswer } from "../core/faq.js";
import { MENU_OPTIONS, texts } from "../core/texts.js";
import { parseTicket } from "../core/ticket.js";
import { triage } from "../core/triage.js";
import {
  classifyText,
  isCancel,
  isDocumentsCommand,
  isMenuCommand,
  isNewComplaintCommand,
  isOfficerCommand,
  wordCount,
} from "./answers.js";
import { answerNewProblem, followUpOnCase, SUBSTANTIVE_WORDS } from "./case-follow-up.js";
import { menuReplies, say, shapeReply, type Decision, type EngineFacts, type EngineInput } from "./decision.js";
import { decideFollow } from "./follow-dialogue.js";
import { decidePrivacyCommand } from "./privacy-commands.js";
import { decideSurvey } from "./survey-dialogue.js";
import { continueIntake, isSpoken, questionFor, startIntake } from "./intake-dialogue.js";
import {
  keepUnsettled,
  notUnderstood,
  officerCaseFromIntake,
  officerCaseFromMessage,
  officerCaseFromUnclear,
  startMediaCase,
} from "./media-dialogue.js";
import type { CaseDraft, ConversationState } from "./state.js";
import { parseStatusCommand, type StatusCommand } from "./status-command.js";

export type { ConversationState, CaseDraft } from "./state.js";
export type { Button, CaseFacts, Decision, Effect, EngineFacts, EngineInput, ReplyPart } from "./decision.js";
export { LOOKUP_REASONS } from "./decision.js";

export function decide(state: ConversationState, input: EngineInput, facts: EngineFacts): Decision {
  // Only a message not understood keeps the count of those in a row (media-dialogue.ts);
  // "apakah ini masalah baru?" is asked once: whatever comes next, the question is over.
  const { unclear: _unclear, pendingProblem, ...rest } = state;
  const next: ConversationState = { ...rest, lastActivityAt: facts.now.toISOString() };
  const text = input.text.trim();
  const action =
    input.action ?? menuAction(state, text) ?? (state.step !== "intake" && isOfficerCommand(text) ? "menu:officer" : undefined);

  if (input.kind === "unsupported") {
    return { state: next, replies: [say(texts.unsupportedMessage())], effects: [], reason: "unsupported-kind" };
  }
  if (input.kind === "oversized") {
    const replies = [say(texts.fileTooLarge())];
    if (state.step === "intake" && state.draft?.awaiting) replies.push(questionFor(state.draft.awaiting, state.draft, false));
    return { state: next, replies, effects: [], reason: "oversized-file" };
  }
  if (action === "menu" || (action === undefined && isMenuCommand(text))) {
    return { state: { ...next, step: "menu", draft: undefined }, replies: menuReplies(texts.welcome()), effects: [], reason: "menu" };
  }
  if (isCancel(text) || action === "cancel") {
    const hadDraft = !!state.draft && !state.draft.caseId;
    return {
      state: { ...next, step: "menu", draft: undefined },
      replies: menuReplies(hadDraft ? texts.cancelled() : texts.welcome()),
      effects: [],
      reason: "cancel",
    };
  }
  const privacy = decidePrivacyCommand(next, text, action);
  if (privacy) return privacy;
  const survey = decideSurvey(next, text, action, facts);
  if (survey) return survey;
  const follow = decideFollow(state, next, text, action, facts);
  if (follow) return follow;
  // DOKUMEN: the documents the reporter's case needs (the officers' checklist, src/core/case-facts.ts).
  if (isDocumentsCommand(text) && state.step !== "intake") {
    const list = documentChecklist(facts.openCase?.kind ?? "LAINNYA");
    return { state: next, replies: [say(texts.documentChecklist(facts.openCase?.ticket ?? null, list))], effects: [], reason: "documents" };
  }
  // An answer button under a question that is no longer being asked.
  if (action?.startsWith("answer:") && state.step !== "intake") {
    return { state: { ...next, step: "menu" }, replies: menuReplies(texts.staleButton()), effects: [], reason: "stale-button" };
  }
  if (action?.startsWith("menu:")) return chooseMenu(next, action, facts, state.unclear);
  if (action?.startsWith("newproblem:") && !(state.step === "ask-new-problem" && pendingProblem)) {
    return { state: { ...next, step: "menu" }, replies: menuReplies(texts.staleButton()), effects: [], reason: "stale-button" };
  }

  // "CEK PMI-7K3M9X" is looked up even in the middle of a complaint, which then goes on.
  const status = text ? parseStatusCommand(text) : null;
  if (state.step === "intake" && state.draft) {
    if (status) return lookupDuringIntake(next, state.draft, status);
    if (!input.action && isOfficerCommand(text)) return officerCaseFromIntake(next, state.draft);
    return continueIntake(next, state, state.draft, input, facts);
  }
  const ticket = text ? parseTicket(text) : null;
  if (ticket) {
    return {
      state: { ...next, step: "idle" },
      replies: [{ placeholder: "statusLookup" }],
      effects: [{ type: "statusLookup", ticket }],
      reason: "status-lookup",
    };
  }
  // "cek status" with a case open: that case, whose ticket the reporter need not remember.
  if (status?.type === "ask" && facts.openCase) {
    return {
      state: { ...next, step: "idle" },
      replies: [{ placeholder: "statusLookup" }],
      effects: [{ type: "statusLookup", ticket: facts.openCase.ticket }],
      reason: "status-lookup",
    };
  }
  if (state.step === "ask-ticket" || status?.type === "malformed") {
    return { state: { ...next, step: "idle" }, replies: [say(texts.ticketNotUnderstood())], effects: [], reason: "ticket-not-understood" };
  }
  if (status?.type === "ask") {
    return {
      state: { ...next, step: "ask-ticket", draft: undefined },
      replies: [say(texts.askTicket())],
      effects: [],
      reason: "ask-ticket",
    };
  }

  if (state.step === "ask-officer") return officerCaseFromMessage(next, input, facts);

  const shape = classifyText(text, input.kind);
  if (shape !== "words" && !action?.startsWith("newproblem:")) return answerShape(next, shape, input.kind, facts);
  if (state.step === "ask-new-problem" && pendingProblem) return answerNewProblem(next, pendingProblem, input, facts);

  const result = triage(text);
  if (!isNewComplaintCommand(text)) {
    const onCase = followUpOnCase(next, { text, receivedAt: facts.messageReceivedAt ?? facts.now }, result, facts);
    if (onCase) return onCase;
  }
  if (isNewComplaintCommand(text)) {
    return startIntake(next, facts, null, "new-complaint-command");
  }
  if (result.intent === "question" && isInfoKind(result.kind) && state.step !== "question") {
    // The answer ends with "ketik 4" for a person: the menu stays open and the question is kept,
    // so that "4" puts this very question before an officer (officerCaseFromUnclear).
    return {
      state: { ...next, step: "menu", unclear: keepUnsettled(state, text, facts) },
      replies: [say(`${faqAnswer(result.kind, facts.hotlines)}\n\n${texts.questionFooter()}`)],
      effects: [],
      reason: "faq",
    };
  }
  // A greeting or a few unclear words get the menu; a longer message is a story we did not
  // classify — take it as a complaint ("Masalah lainnya") and let an officer triage it.
  if (result.intent === "unclear" && state.step !== "question" && wordCount(text) < SUBSTANTIVE_WORDS) {
    return notUnderstood(state, next, text, facts);
  }
  return startIntake(next, facts, { text, triage: result }, "complaint");
}

/** Digits typed while the menu is shown choose an option. */
function menuAction(state: ConversationState, text: string): string | undefined {
  if (state.step !== "menu") return undefined;
  return MENU_OPTIONS.find((o) => o.key === text.replace(/[.)\s]/g, ""))?.action;
}

function chooseMenu(next: ConversationState, action: string, facts: EngineFacts, unclear?: ConversationState["unclear"]): Decision {
  switch (action) {
    case "menu:complaint":
      return startIntake(next, facts, null, "menu-complaint");
    case "menu:question":
      return {
        state: { ...next, step: "question", draft: undefined },
        replies: [say(texts.askQuestion())],
        effects: [],
        reason: "menu-question",
      };
    case "menu:status":
      return {
        state: { ...next, step: "ask-ticket", draft: undefined },
        replies: [say(texts.askTicket())],
        effects: [],
        reason: "menu-status",
      };
    case "menu:follow":
      return {
        state: { ...next, step: "ask-follow-ticket", draft: undefined },
        replies: [say(texts.askFollowTicket())],
        effects: [],
        reason: "menu-follow",
      };
    case "menu:officer":
      if (facts.openCase) {
        return {
          state: { ...next, step: "idle" },
          replies: [{ placeholder: "officerRequested" }],
          effects: [{ type: "requestOfficer", caseId: facts.openCase.id }],
          reason: "officer-request",
        };
      }
      if (unclear?.texts.length) return officerCaseFromUnclear(next, unclear);
      return {
        state: { ...next, step: "ask-officer", draft: undefined },
        replies: [say(texts.askOfficerMessage())],
        effects: [],
        reason: "menu-officer:ask-message",
      };
    default:
      return { state: { ...next, step: "menu" }, replies: menuReplies(texts.menuHint()), effects: [], reason: "unknown-action" };
  }
}

function answerShape(next: ConversationState, shape: ReturnType<typeof classifyText>, kind: string, facts: EngineFacts): Decision {
  switch (shape) {
    case "empty":
    case "unreadable":
      return { state: next, replies: [shapeReply(shape)], effects: [], reason: shape };
    case "emoji":
      return { state: next, replies: [shapeReply(shape)], effects: [], reason: "emoji-only" };
    case "media": {
      if (facts.openCase) {
        return {
          state: next,
          replies: [say(isSpoken(kind) ? texts.voiceAttached(facts.openCase.ticket) : texts.followUpAttached(facts.openCase.ticket))],
          effects: [{ type: "attachToCase", caseId: facts.openCase.id, triage: null }],
          reason: "media-follow-up",
        };
      }
      return startMediaCase(next, kind, facts);
    }
    case "words":
      throw new Error("unreachable");
  }
}

function lookupDuringIntake(next: ConversationState, draft: CaseDraft, status: StatusCommand): Decision {
  const question = draft.awaiting ? [questionFor(draft.awaiting, draft, false)] : [];
  const state: ConversationState = { ...next, step: "intake", draft };
  if (status.type === "lookup") {
    return {
      state,
      replies: [{ placeholder: "statusLookup" }, ...question],
      effects: [{ type: "statusLookup", ticket: status.ticket }],
      reason: "status-lookup:intake",
    };
  }
  return { state, replies: [say(texts.ticketNotUnderstood()), ...question], effects: [], reason: "ticket-not-understood:intake" };
}
