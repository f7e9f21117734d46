/**
 * The conversation engine: channel-agnostic and pure. Given the conversation's state, what the
 * reporter just sent and a few facts looked up beforehand, it decides the next state, the
 * replies, and the effects the intake pipeline must carry out (create a case, look up a status...).
 * Replies that need an effect's result (a new ticket number) are placeholders the pipeline fills.
 */
import { isEmergencyKind, isInfoKind, type CaseKind } from "../core/case-kinds.js";
import { matchCountry } from "../core/countries.js";
import { faqAnswer } from "../core/faq.js";
import { matchRegion } from "../core/regions.js";
import { MENU_OPTIONS, texts, type Hotlines } from "../core/texts.js";
import { parseTicket } from "../core/ticket.js";
import { triage, type Triage, type Urgency } from "../core/triage.js";
import { classifyText, isCancel, isMenuCommand, isNewComplaintCommand, parseOnBehalf, parseYesNo } from "./answers.js";
import { parseConsent, parseFollowCommand, parseWorkerPhone } from "./follow-commands.js";
import type { CaseDraft, ConversationState, DraftField } from "./state.js";

export type { ConversationState, CaseDraft } from "./state.js";

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
  /** WhatsApp reporters are usually workers, Telegram reporters family members. */
  defaultOnBehalf: boolean;
  /** The reporter's most recent open case, if any: follow-ups attach to it. */
  openCase: { id: string; ticket: string } | null;
  /** When the message arrived: an intake it starts includes it (and its attachments). */
  messageReceivedAt?: Date;
  /** A family member's request to follow one of this reporter's cases, waiting for YA/TIDAK. */
  pendingConsent?: { ticket: string } | null;
}

export interface Button {
  label: string;
  action: string;
}

export type ReplyPart =
  | { text: string; buttons?: Button[] }
  | { placeholder: "caseCreated" | "emergencyCaseCreated" | "statusLookup" | "officerRequested" | "followResult" };

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

const RESUME_AFTER_MS = 6 * 3600_000;
const SUBSTANTIVE_WORDS = 6;
const MAX_ASKS = 2;

const menuButtons: Button[] = MENU_OPTIONS.map((o) => ({ label: o.label, action: o.action }));
const say = (text: string, buttons?: Button[]): ReplyPart => (buttons ? { text, buttons } : { text });
const menuReplies = (lead: string): ReplyPart[] => [say(`${lead}\n\n${texts.menu()}`, menuButtons)];

export function decide(state: ConversationState, input: EngineInput, facts: EngineFacts): Decision {
  const next: ConversationState = { ...state, lastActivityAt: facts.now.toISOString() };
  const text = input.text.trim();
  const action = input.action ?? menuAction(state, text);

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
  const follow = decideFollow(state, next, text, action, facts);
  if (follow) return follow;
  // An answer button under a question that is no longer being asked.
  if (action?.startsWith("answer:") && state.step !== "intake") {
    return { state: { ...next, step: "menu" }, replies: menuReplies(texts.staleButton()), effects: [], reason: "stale-button" };
  }
  if (action?.startsWith("menu:")) return chooseMenu(next, action, facts);

  const ticket = text ? parseTicket(text) : null;
  if (ticket && state.step !== "intake") {
    return { state: { ...next, step: "idle" }, replies: [{ placeholder: "statusLookup" }], effects: [{ type: "statusLookup", ticket }], reason: "status-lookup" };
  }
  if (state.step === "ask-ticket") {
    return { state: { ...next, step: "idle" }, replies: [say(texts.ticketNotUnderstood())], effects: [], reason: "ticket-not-understood" };
  }

  if (state.step === "intake" && state.draft) return continueIntake(next, state, state.draft, input, facts);

  const shape = classifyText(text, input.kind);
  if (shape !== "words") return answerShape(next, shape, input.kind, facts);

  const result = triage(text);

  if (facts.openCase && !isNewComplaintCommand(text)) {
    const replies: ReplyPart[] = isEmergencyKind(result.kind) ? [say(texts.emergency(facts.hotlines))] : [];
    replies.push(say(texts.followUpAttached(facts.openCase.ticket)));
    return {
      state: { ...next, step: "idle" },
      replies,
      effects: [{ type: "attachToCase", caseId: facts.openCase.id, triage: result }],
      reason: "follow-up",
    };
  }
  if (isNewComplaintCommand(text)) {
    return startIntake(next, facts, null, "new-complaint-command");
  }
  if (result.intent === "question" && isInfoKind(result.kind) && state.step !== "question") {
    return {
      state: { ...next, step: "idle" },
      replies: [say(`${faqAnswer(result.kind, facts.hotlines)}\n\n${texts.questionFooter()}`)],
      effects: [],
      reason: "faq",
    };
  }
  // A greeting or a few unclear words get the menu; a longer message is a story we did not
  // classify — take it as a complaint ("Masalah lainnya") and let an officer triage it.
  if (result.intent === "unclear" && state.step !== "question" && wordCount(text) < SUBSTANTIVE_WORDS) {
    return { state: { ...next, step: "menu" }, replies: menuReplies(state.step === undefined ? texts.welcome() : texts.menuHint()), effects: [], reason: "unclear" };
  }
  return startIntake(next, facts, { text, triage: result }, "complaint");
}

/** Digits typed while the menu is shown choose an option. */
function menuAction(state: ConversationState, text: string): string | undefined {
  if (state.step !== "menu") return undefined;
  return MENU_OPTIONS.find((o) => o.key === text.replace(/[.)\s]/g, ""))?.action;
}

function chooseMenu(next: ConversationState, action: string, facts: EngineFacts): Decision {
  switch (action) {
    case "menu:complaint":
      return startIntake(next, facts, null, "menu-complaint");
    case "menu:question":
      return { state: { ...next, step: "question", draft: undefined }, replies: [say(texts.askQuestion())], effects: [], reason: "menu-question" };
    case "menu:status":
      return { state: { ...next, step: "ask-ticket", draft: undefined }, replies: [say(texts.askTicket())], effects: [], reason: "menu-status" };
    case "menu:follow":
      return { state: { ...next, step: "ask-follow-ticket", draft: undefined }, replies: [say(texts.askFollowTicket())], effects: [], reason: "menu-follow" };
    case "menu:officer":
      if (facts.openCase) {
        return {
          state: { ...next, step: "idle" },
          replies: [{ placeholder: "officerRequested" }],
          effects: [{ type: "requestOfficer", caseId: facts.openCase.id }],
          reason: "officer-request",
        };
      }
      return startIntake({ ...next }, facts, null, "menu-officer", true);
    default:
      return { state: { ...next, step: "menu" }, replies: menuReplies(texts.menuHint()), effects: [], reason: "unknown-action" };
  }
}

function answerShape(next: ConversationState, shape: ReturnType<typeof classifyText>, kind: string, facts: EngineFacts): Decision {
  switch (shape) {
    case "empty":
      return { state: next, replies: [say(texts.emptyMessage())], effects: [], reason: "empty" };
    case "unreadable":
      return { state: next, replies: [say(texts.unreadableMessage())], effects: [], reason: "unreadable" };
    case "emoji":
      return { state: next, replies: [say(texts.emojiOnly())], effects: [], reason: "emoji-only" };
    case "media": {
      if (facts.openCase) {
        return {
          state: next,
          replies: [say(kind === "voice" || kind === "audio" ? texts.voiceReceived() : texts.followUpAttached(facts.openCase.ticket))],
          effects: [{ type: "attachToCase", caseId: facts.openCase.id, triage: null }],
          reason: "media-follow-up",
        };
      }
      // Media without words starts a complaint: the attachment joins the draft, we ask what happened.
      const started = startIntake(next, facts, null, "media-start");
      const lead = kind === "voice" || kind === "audio" ? texts.voiceReceived() : texts.mediaReceived();
      return { ...started, replies: [say(lead), ...started.replies] };
    }
    case "words":
      throw new Error("unreachable");
  }
}

function emptyDraft(startedAt: Date, forOfficer: boolean): CaseDraft {
  return {
    description: [],
    kind: "LAINNYA",
    extraKinds: [],
    urgency: "NORMAL",
    signals: [],
    asked: {},
    forOfficer,
    startedAt: startedAt.toISOString(),
  };
}

function startIntake(
  next: ConversationState,
  facts: EngineFacts,
  first: { text: string; triage: Triage } | null,
  reason: string,
  forOfficer = false,
): Decision {
  const draft = emptyDraft(facts.messageReceivedAt ?? facts.now, forOfficer);
  if (first) absorbDescription(draft, first.text, first.triage);
  return askNext({ ...next, step: "intake", draft }, draft, facts, [], [], reason, first?.text ?? "");
}

function absorbDescription(draft: CaseDraft, text: string, result: Triage): void {
  draft.description.push(text);
  mergeTriage(draft, result);
  fillFromText(draft, text);
}

function mergeTriage(draft: CaseDraft, result: Triage): void {
  if (result.intent === "unclear") return;
  const kinds = new Set<CaseKind>([draft.kind, ...draft.extraKinds, result.kind, ...result.extraKinds]);
  kinds.delete("LAINNYA");
  const all = [...kinds];
  const main = all.find(isEmergencyKind) ?? (draft.kind !== "LAINNYA" ? draft.kind : result.kind);
  draft.kind = main;
  draft.extraKinds = all.filter((k) => k !== main);
  if (rank(result.urgency) < rank(draft.urgency)) draft.urgency = result.urgency;
  draft.signals = [...new Set([...draft.signals, ...result.signals])].slice(0, 20);
  draft.isQuestion = result.intent === "question" && !draft.extraKinds.some((k) => !isInfoKind(k)) && isInfoKind(main);
}

/** Region, country and "for whom" are often already in the first message: take them from there. */
function fillFromText(draft: CaseDraft, text: string): void {
  if (draft.regionId === undefined) {
    const region = matchRegion(text);
    if (region) {
      draft.regionId = region.region.id;
      draft.regionName = region.region.name;
      draft.originText = region.matched;
    }
  }
  if (draft.country === undefined) {
    const country = matchCountry(text);
    if (country) draft.country = country.country;
  }
  if (draft.onBehalf === undefined) {
    const who = parseOnBehalf(text, false);
    if (who) {
      draft.onBehalf = who.onBehalf;
      if (who.relationship) draft.relationship = who.relationship;
    }
  }
}

const rank = (u: Urgency) => ["EMERGENCY", "HIGH", "NORMAL", "LOW"].indexOf(u);

/** The fields still missing, in the order we ask for them. Questions need less than complaints. */
function missingField(draft: CaseDraft): DraftField | null {
  if (draft.description.length === 0) return "description";
  const question = draft.isQuestion === true;
  if (!question && draft.onBehalf === undefined) return "onBehalf";
  if (!question && draft.onBehalf && draft.workerName === undefined) return "workerName";
  if (draft.regionId === undefined) return "region";
  if (!question && draft.country === undefined) return "country";
  if (!draft.caseId && !draft.consent) return "confirm";
  return null;
}

function questionFor(field: DraftField, draft: CaseDraft, again: boolean): ReplyPart {
  switch (field) {
    case "description":
      return say(draft.forOfficer ? texts.askQuestion() : texts.askDescription());
    case "onBehalf":
      return say(again ? texts.askOnBehalfAgain() : texts.askOnBehalf(), [
        { label: "Untuk saya sendiri", action: "answer:self" },
        { label: "Untuk keluarga saya", action: "answer:family" },
      ]);
    case "workerName":
      return say(texts.askWorkerName());
    case "region":
      return say(again ? texts.askRegionAgain() : texts.askRegion());
    case "country":
      return say(again ? texts.askCountryAgain() : texts.askCountry());
    case "confirm":
      return say(
        again
          ? texts.confirmAgain()
          : texts.confirm({
              kind: draft.kind,
              onBehalf: draft.onBehalf ?? false,
              ...(draft.workerName ? { workerName: draft.workerName } : {}),
              ...(draft.workerPhone ? { workerPhone: draft.workerPhone } : {}),
              ...(draft.regionName || draft.originText ? { region: draft.regionName ?? draft.originText } : {}),
              ...(draft.country ? { country: draft.country } : {}),
              description: draft.description.join(" "),
            }),
        [
          { label: "YA, kirim", action: "answer:yes" },
          { label: "BATAL", action: "cancel" },
        ],
      );
  }
}

function askNext(
  next: ConversationState,
  draft: CaseDraft,
  facts: EngineFacts,
  replies: ReplyPart[],
  effects: Effect[],
  reason: string,
  latestText: string,
): Decision {
  // An emergency becomes a case at once (vital interest): advice first, questions after.
  if (isEmergencyKind(draft.kind) && !draft.caseId && !draft.emergencyCreated) {
    draft.emergencyCreated = true;
    replies.push(say(texts.emergency(facts.hotlines)), { placeholder: "emergencyCaseCreated" });
    effects.push({ type: "createCase", draft: structuredClone(draft) });
  } else if (draft.caseId && latestText) {
    effects.push({ type: "updateCase", caseId: draft.caseId, draft: structuredClone(draft) });
  }

  const field = missingField(draft);
  if (field === null) {
    if (draft.emergencyCreated) {
      if (draft.ticket) replies.push(say(texts.emergencyDetailsSaved(draft.ticket)));
      return { state: { ...next, step: "idle", draft: undefined }, replies, effects, reason: `${reason}:emergency-complete` };
    }
    effects.push({ type: "createCase", draft: structuredClone(draft) });
    replies.push({ placeholder: "caseCreated" });
    return { state: { ...next, step: "idle", draft: undefined }, replies, effects, reason: `${reason}:case-created` };
  }
  const again = draft.awaiting === field;
  draft.asked[field] = (draft.asked[field] ?? 0) + 1;
  draft.awaiting = field;
  replies.push(questionFor(field, draft, again));
  return { state: { ...next, step: "intake", draft }, replies, effects, reason: `${reason}:ask-${field}` };
}

function continueIntake(
  next: ConversationState,
  previous: ConversationState,
  current: CaseDraft,
  input: EngineInput,
  facts: EngineFacts,
): Decision {
  const draft: CaseDraft = structuredClone(current);
  const text = input.text.trim();
  const replies: ReplyPart[] = [];
  const resumed = previous.lastActivityAt && facts.now.getTime() - Date.parse(previous.lastActivityAt) > RESUME_AFTER_MS;
  // A pressed button (answer:self, answer:yes...) carries no text but is an answer all the same.
  const shape = input.action ? "words" : classifyText(text, input.kind);

  if (shape === "media") {
    replies.push(say(input.kind === "voice" || input.kind === "audio" ? texts.voiceReceived() : texts.mediaReceived()));
    if (draft.awaiting) replies.push(questionFor(draft.awaiting, draft, false));
    return { state: { ...next, draft }, replies, effects: draft.caseId ? [{ type: "attachToCase", caseId: draft.caseId, triage: null }] : [], reason: "intake-media" };
  }
  if (shape !== "words") {
    const answered = answerShape(next, shape, input.kind, facts);
    if (draft.awaiting) answered.replies.push(questionFor(draft.awaiting, draft, false));
    return { ...answered, state: { ...next, draft } };
  }
  if (resumed) replies.push(say(texts.resumeIntake()));

  // An emergency can surface in any answer: never let it wait behind the remaining questions.
  const result = triage(text);
  if (isEmergencyKind(result.kind) && !isEmergencyKind(draft.kind)) {
    absorbDescription(draft, text, result);
    return askNext(next, draft, facts, replies, [], "intake-emergency", text);
  }

  const field = draft.awaiting ?? missingField(draft);
  const answer = input.action;
  // A button answering another question than the one asked now (an old message): ask again.
  const fits = (field === "onBehalf" && (answer === "answer:self" || answer === "answer:family")) || (field === "confirm" && answer === "answer:yes");
  if (answer && !fits) {
    const replies: ReplyPart[] = [say(texts.staleButton())];
    if (field) replies.push(questionFor(field, draft, false));
    return { state: { ...next, draft }, replies, effects: [], reason: "intake-stale-button" };
  }
  switch (field) {
    case "description":
      absorbDescription(draft, text, result);
      break;
    case "onBehalf": {
      const who = answer === "answer:self" ? { onBehalf: false } : answer === "answer:family" ? { onBehalf: true } : parseOnBehalf(text, true);
      if (who) {
        draft.onBehalf = who.onBehalf;
        if ("relationship" in who && who.relationship) draft.relationship = who.relationship;
      } else if ((draft.asked.onBehalf ?? 0) >= MAX_ASKS) {
        draft.onBehalf = facts.defaultOnBehalf;
      }
      fillFromText(draft, text);
      break;
    }
    case "workerName": {
      const { name, relationship, phone } = parseWorkerName(text);
      draft.workerName = name;
      if (relationship && !draft.relationship) draft.relationship = relationship;
      if (phone) draft.workerPhone = phone;
      break;
    }
    case "region": {
      const region = matchRegion(text);
      if (region) {
        draft.regionId = region.region.id;
        draft.regionName = region.region.name;
        draft.originText = region.matched;
      } else if ((draft.asked.region ?? 0) >= MAX_ASKS) {
        // Unknown place: keep the words for the officer; the case goes to the national queue.
        draft.regionId = null;
        draft.originText = text.slice(0, 200);
      }
      if (draft.country === undefined) {
        const country = matchCountry(text);
        if (country) draft.country = country.country;
      }
      break;
    }
    case "country": {
      const country = matchCountry(text);
      if (country) draft.country = country.country;
      else if (/belum\s+(berangkat|brangkat)|masih\s+di\s+(indonesia|rumah|kampung)|gagal\s+berangkat/i.test(text)) draft.country = "Belum berangkat";
      else if ((draft.asked.country ?? 0) >= MAX_ASKS) draft.country = text.slice(0, 100);
      break;
    }
    case "confirm": {
      const yes = answer === "answer:yes" ? true : parseYesNo(text);
      if (yes === true) draft.consent = true;
      else if (yes === false) {
        return { state: { ...next, step: "menu", draft: undefined }, replies: menuReplies(texts.cancelled()), effects: [], reason: "intake-declined" };
      } else {
        // Not a yes or no: the reporter is adding to the story. Keep it, ask again.
        absorbDescription(draft, text, result);
        draft.awaiting = undefined;
      }
      break;
    }
    case null:
    case undefined:
      absorbDescription(draft, text, result);
      break;
  }
  return askNext(next, draft, facts, replies, [], "intake", text);
}

/** "Siti Aminah, adik saya" → name and relationship; the name is kept as typed (trimmed). */
function parseWorkerName(text: string): { name: string; relationship?: string; phone?: string } {
  // The question also asks for the worker's WhatsApp number, if the family knows it.
  const phone = parseWorkerPhone(text);
  const withoutPhone = phone ? text.replace(phone.matched, " ").replace(/\b(no\.?|nomor|nomer|nmr|wa|whatsapp|hp|telp|telepon)\s*[:.]?\s*$/gi, "").trim() : text;
  const cleaned = withoutPhone.replace(/^(nama(nya)?|namanya adalah|dia bernama)\s*[:\-]?\s*/i, "").trim();
  const relation = parseOnBehalf(cleaned, false);
  const name = cleaned
    .split(/[,;\n]|\b(adik|kakak|anak|suami|istri|isteri|ibu|bapak|ayah|keponakan|sepupu|saudara|ponakan)\b/i)[0]
    ?.trim()
    .slice(0, 120);
  return {
    name: name || cleaned.slice(0, 120),
    ...(relation?.relationship ? { relationship: relation.relationship } : {}),
    ...(phone ? { phone: phone.phone } : {}),
  };
}

/**
 * Following a family member's case, and the reporter's YA/TIDAK to such a request (the
 * effects run in src/cases/follow-case.ts). An intake in progress is kept: the command is
 * answered and the pending question asked again.
 */
function decideFollow(state: ConversationState, next: ConversationState, text: string, action: string | undefined, facts: EngineFacts): Decision | null {
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

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
