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
  openCase: CaseFacts | null;
  /** The reporter's case resolved (SELESAI) within the last 14 days, when none is open: a reply reopens it. */
  resolvedCase?: CaseFacts | null;
  /** When the message arrived: an intake it starts includes it (and its attachments). */
  messageReceivedAt?: Date;
  /** The satisfaction survey of a closed case waiting for this reporter's rating or comment. */
  pendingSurvey?: { caseId: string; awaiting: "rating" | "comment" } | null;
  /** How long data is kept, for the privacy notice (default: DEFAULT_RETENTION). */
  retention?: RetentionPolicy;
  /** A family member's request to follow one of this reporter's cases, waiting for YA/TIDAK. */
  pendingConsent?: { ticket: string } | null;
}

/** What the engine knows of a reporter's case: enough to tell a follow-up from a new problem. */
export interface CaseFacts {
  id: string;
  ticket: string;
  kind?: string;
  extraKinds?: string[];
  country?: string | null;
}

export interface Button {
  label: string;
  action: string;
}

export type ReplyPart =
  | { text: string; buttons?: Button[] }
  | {
      placeholder:
        | "caseCreated"
        | "emergencyCaseCreated"
        | "officerCaseCreated"
        | "statusLookup"
        | "officerRequested"
        | "followResult"
        | "privacyResult";
    };

export type Effect =
  | { type: "createCase"; draft: CaseDraft }
  | { type: "updateCase"; caseId: string; draft: CaseDraft }
  /** `since`: the reporter's messages from then on (not only this one) join the case. */
  | { type: "attachToCase"; caseId: string; triage: Triage | null; since?: string }
  /** A reply to a SELESAI case: back to DITANGANI, officers told (src/cases/reopen-case.ts). */
  | { type: "reopenCase"; caseId: string; triage: Triage | null; since?: string }
  | { type: "statusLookup"; ticket: string }
  | { type: "requestOfficer"; caseId: string }
  | { type: "followCase"; ticket: string }
  | { type: "unfollowCase"; ticket: string | null }
  /** Consent bound to one request: the case's ticket and, from a button, the follower's id prefix. */
  | { type: "answerFollowRequest"; approve: boolean; ticket: string; follower?: string }
  | { type: "summariseData" }
  | { type: "requestDeletion" }
  | { type: "answerSurvey"; caseId: string; rating: number }
  /** "" when the reporter skipped the comment. */
  | { type: "commentSurvey"; caseId: string; comment: string };

export interface Decision {
  state: ConversationState;
  replies: ReplyPart[];
  effects: Effect[];
  /** Why the engine answered as it did: for the log line, never the message content. */
  reason: string;
}

/**
 * Decision reasons (stored as the message's note) that look a ticket up: the pipeline counts them
 * per sender to throttle ticket probing.
 */
export const LOOKUP_REASONS = ["status-lookup", "status-lookup:intake", "follow"] as const;

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
