/**
 * What the conversation engine takes and gives: the reporter's input, the facts looked up
 * beforehand, and the decision (next state, replies, effects). Shared by the dispatcher
 * (engine.ts) and the dialogues it hands messages to.
 */
import { MENU_OPTIONS, texts } from "../core/texts.js";
import type { Hotlines } from "../core/texts.js";
import type { MissionDirectory } from "../core/missions.js";
import type { RetentionPolicy } from "../core/retention.js";
import type { Triage } from "../core/triage.js";
import type { CaseDraft, ConversationState } from "./state.js";

/** What the reporter sent, as the engine sees it (the channel adapter already normalised it). */
export interface EngineInput {
  /** Text or caption; may be empty for media. */
  text: string;
  /** text | image | video | document | audio | voice | location | contact | sticker | unsupported */
  kind: string;
  /** Button press (callback data), e.g. "menu:complaint". */
  action?: string;
}

export interface EngineFacts {
  now: Date;
  hotlines: Hotlines;
  /** Indonesian missions and local emergency numbers (admin-kept data): emergency replies name the nearest. */
  missions?: MissionDirectory;
  /** WhatsApp reporters are usually workers, Telegram reporters family members. */
  defaultOnBehalf: boolean;
  /** The reporter's most recent open case, if any: follow-ups attach to it. */
  openCase: { id: string; ticket: string } | null;
  /** When the message arrived: an intake it starts includes it (and its attachments). */
  messageReceivedAt?: Date;
  /** How long data is kept, for the privacy notice (default: DEFAULT_RETENTION). */
  retention?: RetentionPolicy;
  /** A family member's request to follow one of this reporter's cases, waiting for YA/TIDAK. */
  pendingConsent?: { ticket: string } | null;
}

export interface Button {
  label: string;
  action: string;
}

export type ReplyPart =
  | { text: string; buttons?: Button[] }
  | { placeholder: "caseCreated" | "emergencyCaseCreated" | "officerCaseCreated" | "statusLookup" | "officerRequested" | "followResult" };

export type Effect =
  | { type: "createCase"; draft: CaseDraft }
  | { type: "updateCase"; caseId: string; draft: CaseDraft }
  | { type: "attachToCase"; caseId: string; triage: Triage | null }
  | { type: "statusLookup"; ticket: string }
  | { type: "requestOfficer"; caseId: string }
  | { type: "followCase"; ticket: string }
  | { type: "unfollowCase"; ticket: string | null }
  | { type: "answerFollowRequest"; approve: boolean };

export interface Decision {
  state: ConversationState;
  replies: ReplyPart[];
  effects: Effect[];
  /** Why the engine answered as it did: for the log line, never the message content. */
  reason: string;
}

export const say = (text: string, buttons?: Button[]): ReplyPart => (buttons ? { text, buttons } : { text });
const menuButtons: Button[] = MENU_OPTIONS.map((o) => ({ label: o.label, action: o.action }));
export const menuReplies = (lead: string): ReplyPart[] => [say(`${lead}\n\n${texts.menu()}`, menuButtons)];

/** The answer to a message without words (nothing, only emoji, unreadable characters). */
export function shapeReply(shape: "empty" | "emoji" | "unreadable"): ReplyPart {
  switch (shape) {
    case "empty":
      return say(texts.emptyMessage());
    case "unreadable":
      return say(texts.unreadableMessage());
    case "emoji":
      return say(texts.emojiOnly());
  }
}
