/**
 * Reporters who do not type a story still get a case: media without words opens one about that
 * media, and messages the engine does not understand lead, from the second in a row, to the
 * offer of a person, who reads what was written.
 */
import { isEmergencyKind } from "../core/case-kinds.js";
import { texts } from "../core/texts.js";
import { triage } from "../core/triage.js";
import { classifyText } from "./answers.js";
import { menuReplies, say, shapeReply, type Button, type Decision, type EngineFacts, type EngineInput } from "./decision.js";
import { absorbDescription, askNext, emptyDraft, fillFromText, isSpoken, startIntake } from "./intake-dialogue.js";
import type { CaseDraft, ConversationState } from "./state.js";

const OFFICER_BUTTON: Button = { label: "Bicara dengan petugas", action: "menu:officer" };
const MAX_UNCLEAR_KEPT = 5;

/** A voice note, photo, video or document without words from a chat with no open case or intake. */
export function startMediaCase(next: ConversationState, kind: string, facts: EngineFacts): Decision {
  // Only region, country and consent are asked, never the story: many cannot or will not type it.
  const draft = emptyDraft(facts.messageReceivedAt ?? facts.now, false);
  draft.description.push(texts.mediaCaseDescription());
  draft.viaMedia = true;
  const lead = say(isSpoken(kind) ? texts.voiceCaseStarted() : texts.mediaCaseStarted());
  return askNext({ ...next, step: "intake", draft }, draft, facts, [lead], [], "media-start", "");
}

/** The words the bot could not settle itself (not understood, or a question answered only in general), for a person to read. */
export function keepUnsettled(state: ConversationState, text: string, facts: EngineFacts): NonNullable<ConversationState["unclear"]> {
  return {
    texts: [...(state.unclear?.texts ?? []), text].slice(-MAX_UNCLEAR_KEPT),
    since: state.unclear?.since ?? (facts.messageReceivedAt ?? facts.now).toISOString(),
  };
}

/** A message read as neither complaint nor question: the menu, and from the second in a row the offer of a person. */
export function notUnderstood(state: ConversationState, next: ConversationState, text: string, facts: EngineFacts): Decision {
  const unclear = keepUnsettled(state, text, facts);
  if (unclear.texts.length < 2) {
    return {
      state: { ...next, step: "menu", unclear },
      replies: menuReplies(state.step === undefined ? texts.welcome() : texts.menuHint()),
      effects: [],
      reason: "unclear",
    };
  }
  return {
    state: { ...next, step: "menu", unclear },
    replies: [say(texts.notUnderstoodOffer(), [OFFICER_BUTTON, { label: "Menu", action: "menu" }])],
    effects: [],
    reason: "unclear:offer-officer",
  };
}

/** "Bicara dengan petugas" after messages not understood: a case with those words, for a person to read. */
export function officerCaseFromUnclear(next: ConversationState, unclear: NonNullable<ConversationState["unclear"]>): Decision {
  const draft = emptyDraft(new Date(unclear.since), true);
  draft.description = [...unclear.texts];
  for (const words of unclear.texts) fillFromText(draft, words);
  return {
    state: { ...next, step: "idle", draft: undefined },
    replies: [{ placeholder: "officerCaseCreated" }],
    effects: [{ type: "createCase", draft }],
    reason: "officer-after-unclear:case-created",
  };
}

/**
 * "PETUGAS" typed in the middle of a complaint: the complaint as told so far goes to an officer
 * now, who reads it and answers (never the worker's name "petugas", nor more questions first).
 * An emergency case already open gets the request instead.
 */
export function officerCaseFromIntake(next: ConversationState, draft: CaseDraft): Decision {
  if (draft.caseId) {
    return {
      state: { ...next, step: "idle", draft: undefined },
      replies: [{ placeholder: "officerRequested" }],
      effects: [{ type: "requestOfficer", caseId: draft.caseId }],
      reason: "intake-officer:request",
    };
  }
  const handed: CaseDraft = { ...structuredClone(draft), forOfficer: true, awaiting: undefined };
  if (handed.description.length === 0) handed.description.push(texts.mediaCaseDescription());
  return {
    state: { ...next, step: "idle", draft: undefined },
    replies: [{ placeholder: "officerCaseCreated" }],
    effects: [{ type: "createCase", draft: handed }],
    reason: "intake-officer:case-created",
  };
}

/**
 * The message written after "Bicara dengan petugas" with no case open: it becomes a case an
 * officer reads and answers (the promise of the menu option), with no questions first. An
 * emergency in it goes the emergency way (advice at once).
 */
export function officerCaseFromMessage(next: ConversationState, input: EngineInput, facts: EngineFacts): Decision {
  const text = input.text.trim();
  const shape = classifyText(text, input.kind);
  if (shape === "empty" || shape === "emoji" || shape === "unreadable") {
    return { state: { ...next, step: "ask-officer" }, replies: [shapeReply(shape)], effects: [], reason: `officer-message:${shape}` };
  }
  const result = shape === "words" ? triage(text) : null;
  if (result && isEmergencyKind(result.kind)) return startIntake(next, facts, { text, triage: result }, "officer-message");
  const draft = emptyDraft(facts.messageReceivedAt ?? facts.now, true);
  if (result) absorbDescription(draft, text, result);
  else draft.description.push(texts.mediaCaseDescription());
  return {
    state: { ...next, step: "idle", draft: undefined },
    replies: [{ placeholder: "officerCaseCreated" }],
    effects: [{ type: "createCase", draft }],
    reason: "officer-message:case-created",
  };
}
