import type { AskedFact, ToldFacts } from "../core/case-facts.js";
import type { CaseKind } from "../core/case-kinds.js";
import type { CasePhase } from "../core/phase.js";
import type { Urgency } from "../core/urgency.js";

/** The fields the intake asks for, in order (see missingField in engine.ts). */
export type DraftField = "description" | "safety" | "onBehalf" | "workerName" | "region" | "phase" | "country" | AskedFact | "confirm";

/** A complaint being collected; stored in Conversation.state as JSON. */
export interface CaseDraft {
  description: string[];
  kind: CaseKind;
  extraKinds: CaseKind[];
  urgency: Urgency;
  signals: string[];
  isQuestion?: boolean;
  forOfficer: boolean;
  /** Opened by a voice note, photo, video or document without words: only region, country and consent are asked. */
  viaMedia?: boolean;
  /** The consent was a voice note answering the consent question (the officer hears it). */
  consentByVoice?: boolean;
  onBehalf?: boolean;
  relationship?: string;
  workerName?: string;
  /** The worker's name was asked and not given (optional for a worker reporting for themself). */
  nameSkipped?: boolean;
  /** "nama saya Siti" in the story: the worker's name once the reporter turns out to be the worker. */
  reporterName?: string;
  /** The worker's WhatsApp number, when a family member reporting for them knows it. */
  workerPhone?: string;
  /** null: asked and not recognised — the case goes to the national queue. */
  regionId?: string | null;
  regionName?: string;
  originText?: string;
  /** The kabupaten/kota (Kemendagri code), and a note when its name was ambiguous. */
  regencyCode?: string;
  regencyNote?: string;
  country?: string;
  /** Before work, abroad or after return, as answered; null: asked and not known (src/core/phase.ts). */
  phase?: CasePhase | null;
  /** Employer, placement company, sector... as told (answers cleaned, or read from the story); see fact-questions.ts. */
  facts?: ToldFacts;
  /** Fact questions answered "tidak tahu" or skipped in a row; two end them. */
  factRefusals?: number;
  /** A fact question answered with a bare "ya": asked once more, with its choices. */
  factAgain?: AskedFact;
  consent?: boolean;
  awaiting?: DraftField;
  asked: Partial<Record<DraftField, number>>;
  startedAt: string;
  /** Set once an emergency case was created before the intake finished. */
  emergencyCreated?: boolean;
  /** The reporter answered the safety question that follows an emergency reply. */
  safetyAnswered?: boolean;
  /** The country the emergency advice named missions for; a newly learnt country gets its mission's number. */
  adviceCountry?: string | undefined;
  caseId?: string;
  ticket?: string;
  /** The privacy notice was sent with this draft (once, at consent or after the emergency reply). */
  privacyNoticeSent?: boolean;
  /**
   * When the reminder of an unfinished intake went out (intake-reminder.ts): once per draft. From
   * then on the questions left are skipped and only the consent is asked.
   */
  remindedAt?: string;
}

/** A message that looked like a new problem while a case was open or just resolved: asked once. */
export interface PendingProblem {
  text: string;
  receivedAt: string;
  caseId: string;
  ticket: string;
  /** The case is SELESAI: keeping it the same problem reopens it. */
  resolved: boolean;
}

export interface ConversationState {
  /** ask-officer: "Bicara dengan petugas" was chosen with no open case; the next message becomes a case for an officer. */
  step?: "idle" | "menu" | "intake" | "question" | "ask-ticket" | "ask-follow-ticket" | "ask-new-problem" | "ask-officer";
  draft?: CaseDraft | undefined;
  pendingProblem?: PendingProblem | undefined;
  lastActivityAt?: string;
  /** Messages the engine did not understand in a row (since: arrival of the first); two bring the offer of a person. */
  unclear?: { texts: string[]; since: string };
}
