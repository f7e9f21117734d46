/**
 * The complaint intake dialogue: collects a case draft question by question (what happened,
 * for whom, the worker's name, region, country, confirmation), creating an emergency case at
 * once and asking only what the reporter has not already said.
 */
import { isEmergencyKind, isInfoKind, type CaseKind } from "../core/case-kinds.js";
import { COMMON_COUNTRIES, matchCountry } from "../core/countries.js";
import { matchRegency, regencyByCode } from "../core/regencies.js";
import { matchRegion } from "../core/regions.js";
import { DEFAULT_RETENTION } from "../core/retention.js";
import { texts } from "../core/texts.js";
import { normalizeText } from "../core/normalize-text.js";
import { triage, type Triage } from "../core/triage.js";
import { urgencyRank } from "../core/urgency.js";
import { classifyText, isSkipAnswer, parseConfirmation, parseYesNo, wordCount } from "./answers.js";
import { emergencyAdviceText, missionContactText } from "./emergency-advice.js";
import { isPhaseButton, phaseQuestion, phaseUnclear, readPhase } from "./phase-question.js";
import {
  menuReplies,
  say,
  shapeReply,
  type Button,
  type Decision,
  type EngineFacts,
  type EngineInput,
  type Effect,
  type ReplyPart,
} from "./decision.js";
import type { CaseDraft, ConversationState, DraftField } from "./state.js";
import { isSelfCorrection, parseOnBehalf } from "./who-reports.js";
import { parseWorkerPhone } from "./follow-commands.js";
import { ownNameInStory, parseWorkerName } from "./worker-name.js";
import { isUnknownAnswer } from "./case-fact-answers.js";
import {
  addFactsFromStory,
  answersFact,
  factAnsweredByMedia,
  factLines,
  factQuestion,
  isFactField,
  nextFact,
  takeFactAnswer,
} from "./fact-questions.js";

const RESUME_AFTER_MS = 6 * 3600_000;
const MAX_ASKS = 2;
const SPOKEN_KINDS = new Set(["voice", "audio", "video"]);
/** Voice notes, audio and video: a person listens to them, so they can answer a question. */
export const isSpoken = (kind: string) => SPOKEN_KINDS.has(kind);
const SPOKEN_ANSWER = "(dijawab lewat pesan suara)";
const COUNTRY_BUTTONS: Button[] = [
  ...COMMON_COUNTRIES.map((c) => ({ label: c.name, action: `answer:country:${c.code}` })),
  { label: "Belum berangkat", action: "answer:country:belum" },
];
/** An answer this long that is not what was asked is more of the story. */
const STORY_WORDS = 4;
/** An answer to a fact question this long holds more than the fact: it joins the story too. */
const FACT_ANSWER_WORDS = 8;

function countryOfButton(action: string): string {
  const code = action.slice("answer:country:".length);
  return COMMON_COUNTRIES.find((c) => c.code === code)?.name ?? "Belum berangkat";
}

export function emptyDraft(startedAt: Date, forOfficer: boolean): CaseDraft {
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

export function startIntake(
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

export function absorbDescription(draft: CaseDraft, text: string, result: Triage): void {
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
  if (urgencyRank(result.urgency) < urgencyRank(draft.urgency)) draft.urgency = result.urgency;
  draft.signals = [...new Set([...draft.signals, ...result.signals])].slice(0, 20);
  draft.isQuestion = result.intent === "question" && !draft.extraKinds.some((k) => !isInfoKind(k)) && isInfoKind(main);
}

/** Region, country and "for whom" are often already in the first message: take them from there. */
export function fillFromText(draft: CaseDraft, text: string): void {
  if (draft.regionId === undefined) {
    const region = matchRegion(text);
    if (region) setRegion(draft, region, text);
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
  addFactsFromStory(draft, text);
  draft.reporterName ??= ownNameInStory(text) ?? undefined;
  // "nama saya Rina" told by a worker about themself: the worker's name, not to be asked again.
  if (draft.onBehalf === false && draft.workerName === undefined && draft.reporterName) draft.workerName = draft.reporterName;
}

/** The routing region (regions.ts) and, for all of Indonesia, the kabupaten/kota named. */
function setRegion(draft: CaseDraft, region: NonNullable<ReturnType<typeof matchRegion>>, text: string): void {
  draft.regionId = region.region.id;
  draft.regionName = region.region.name;
  draft.originText = region.matched;
  const regency = matchRegency(text, { matched: region.matched, provinceId: region.region.provinceId ?? region.region.id });
  if (regency) {
    draft.regencyCode = regency.regency.code;
    if (regency.note) draft.regencyNote = regency.note;
  }
}

/** The fields still missing, in the order we ask for them. Questions need less than complaints. */
function missingField(draft: CaseDraft): DraftField | null {
  if (draft.description.length === 0) return "description";
  const question = draft.isQuestion === true;
  // After an emergency reply the next question is the worker's safety (its words asked it), then where they are.
  if (draft.emergencyCreated && draft.safetyAnswered !== true && draft.kind !== "MENINGGAL") return "safety";
  if (draft.emergencyCreated && draft.country === undefined) return "country";
  // After the reminder of an unfinished intake only the consent is left: officers ask the rest later.
  if (draft.remindedAt) return draft.caseId || draft.consent ? null : "confirm";
  const short = question || draft.viaMedia === true;
  if (!short && draft.onBehalf === undefined) return "onBehalf";
  // A family member is asked the worker's name; a worker their own, once, and may skip it.
  if (!short && draft.workerName === undefined && !draft.nameSkipped) return "workerName";
  if (draft.regionId === undefined) return "region";
  if (!question && phaseUnclear(draft)) return "phase";
  // A worker back home is not asked where they work "now".
  if (!question && draft.country === undefined && draft.phase !== "SETELAH_PULANG") return "country";
  // What officers need for this kind (employer, P3MI...), optional and asked once each.
  // Not once the summary was shown: a kind learnt at the confirmation does not bring new questions.
  const fact = draft.caseId || draft.consent || draft.asked.confirm ? null : nextFact(draft);
  if (fact) return fact;
  if (!draft.caseId && !draft.consent) return "confirm";
  return null;
}

/** true: the writer is the worker; false: a family member; undefined: not known (never asked). */
const selfOrUnknown = (draft: CaseDraft) => (draft.onBehalf === undefined ? undefined : !draft.onBehalf);

/** `reminder`: the consent question as the reminder of an unfinished intake asks it (intake-reminder.ts). */
export function questionFor(field: DraftField, draft: CaseDraft, again: boolean, reminder = false): ReplyPart {
  switch (field) {
    case "description":
      return say(draft.forOfficer ? texts.askQuestion() : texts.askDescription());
    case "safety":
      return say(texts.askSafety());
    case "onBehalf":
      return say(again ? texts.askOnBehalfAgain() : texts.askOnBehalf(), [
        { label: "Untuk saya sendiri", action: "answer:self" },
        { label: "Untuk keluarga saya", action: "answer:family" },
      ]);
    case "workerName":
      if (!draft.onBehalf) return say(again ? texts.askOwnNameAgain() : texts.askOwnName());
      if (draft.kind === "MENINGGAL" && !again) return say(texts.askDeceasedName(!!draft.relationship));
      // "keluarga" says no more than "family": the relation is still asked.
      return say(
        again
          ? texts.askWorkerNameAgain()
          : texts.askWorkerName(draft.relationship && draft.relationship !== "keluarga" ? draft.relationship : undefined),
      );
    case "region":
      return say(again ? texts.askRegionAgain() : texts.askRegion(selfOrUnknown(draft)));
    case "phase":
      return phaseQuestion(again, selfOrUnknown(draft));
    case "country":
      return say(again ? texts.askCountryAgain() : texts.askCountry(selfOrUnknown(draft)), COUNTRY_BUTTONS);
    case "employerName":
    case "placementCompany":
    case "workSector":
    case "departureDate":
    case "passportNumber":
    case "cityAbroad":
      return factQuestion(field, draft, again);
    case "confirm":
      return say(
        (again
          ? texts.confirmAgain()
          : texts.confirm({
              kind: draft.kind,
              onBehalf: draft.onBehalf,
              ...(draft.onBehalf && draft.relationship ? { relationship: draft.relationship } : {}),
              ...(draft.workerName ? { workerName: draft.workerName } : {}),
              ...(draft.workerPhone ? { workerPhone: draft.workerPhone } : {}),
              ...(draft.regionName || draft.originText
                ? { region: regencyByCode(draft.regencyCode)?.name ?? draft.regionName ?? draft.originText }
                : {}),
              ...(draft.country ? { country: draft.country } : {}),
              facts: factLines(draft.facts),
              description: draft.description.join(" "),
              ...(reminder ? { reminder } : {}),
            })) + (draft.viaMedia ? `\n${texts.confirmByVoice()}` : ""),
        [
          { label: "YA, kirim", action: "answer:yes" },
          { label: "BATAL", action: "cancel" },
        ],
      );
  }
}

export function askNext(
  next: ConversationState,
  draft: CaseDraft,
  facts: EngineFacts,
  replies: ReplyPart[],
  effects: Effect[],
  reason: string,
  latestText: string,
): Decision {
  // An emergency becomes a case at once (vital interest): advice first, questions after.
  let adviceAsked = false;
  if (isEmergencyKind(draft.kind) && !draft.caseId && !draft.emergencyCreated) {
    draft.emergencyCreated = true;
    draft.adviceCountry = draft.country;
    adviceAsked = true;
    const advice = emergencyAdviceText(
      { kind: draft.kind, country: draft.country, onBehalf: draft.onBehalf, words: draft.description.join(" ") },
      facts,
    );
    // The privacy notice follows the first reply (vital interest first, the notice after).
    draft.privacyNoticeSent = true;
    replies.push(say(advice), { placeholder: "emergencyCaseCreated" }, say(texts.privacyNotice(facts.retention ?? DEFAULT_RETENTION)));
    effects.push({ type: "createCase", draft: structuredClone(draft) });
  } else if (draft.caseId && latestText) {
    effects.push({ type: "updateCase", caseId: draft.caseId, draft: structuredClone(draft) });
  }
  // The country of an emergency learnt after the first reply: the mission's number at once.
  if (draft.emergencyCreated && draft.country && draft.adviceCountry !== draft.country) {
    draft.adviceCountry = draft.country;
    const contact = missionContactText(draft.country, latestText, facts);
    if (contact) replies.push(say(contact));
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
  // The emergency reply just sent already asks about safety and, when unknown, the country.
  // Consent is asked with the privacy notice before it (UU PDP: informed consent).
  if (field === "confirm") replies.push(...privacyNoticeOnce(draft, facts));
  if (!(adviceAsked && (field === "safety" || field === "country"))) replies.push(questionFor(field, draft, again));
  return { state: { ...next, step: "intake", draft }, replies, effects, reason: `${reason}:ask-${field}` };
}

/** The privacy notice, the first time the consent is asked for this draft (UU PDP: informed consent). */
export function privacyNoticeOnce(draft: CaseDraft, facts: Pick<EngineFacts, "retention">): ReplyPart[] {
  if (draft.privacyNoticeSent) return [];
  draft.privacyNoticeSent = true;
  return [say(texts.privacyNotice(facts.retention ?? DEFAULT_RETENTION))];
}

export function continueIntake(
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
  // "-" typed to skip the name is an answer too.
  const shape =
    input.action || ((draft.awaiting === "workerName" || isFactField(draft.awaiting)) && isSkipAnswer(text))
      ? "words"
      : classifyText(text, input.kind);

  if (shape === "media") return mediaDuringIntake(next, draft, input.kind, facts);
  if (shape !== "words") {
    const replies = [shapeReply(shape)];
    if (draft.awaiting) replies.push(questionFor(draft.awaiting, draft, false));
    return { state: { ...next, draft }, replies, effects: [], reason: shape === "emoji" ? "emoji-only" : shape };
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
  const fits =
    (field === "onBehalf" && (answer === "answer:self" || answer === "answer:family")) ||
    (field === "confirm" && answer === "answer:yes") ||
    (field === "country" && !!answer?.startsWith("answer:country:")) ||
    (field === "phase" && isPhaseButton(answer)) ||
    (isFactField(field) && !!answer && answersFact(field, answer));
  if (answer && !fits) {
    const replies: ReplyPart[] = [say(texts.staleButton())];
    if (field) replies.push(questionFor(field, draft, false));
    return { state: { ...next, draft }, replies, effects: [], reason: "intake-stale-button" };
  }
  switch (field) {
    case "description":
      absorbDescription(draft, text, result);
      break;
    case "safety":
      // Any answer is kept for the officer; it often names the place ("saya di jeddah").
      absorbDescription(draft, text, result);
      draft.safetyAnswered = true;
      break;
    case "onBehalf": {
      const who =
        answer === "answer:self" ? { onBehalf: false } : answer === "answer:family" ? { onBehalf: true } : parseOnBehalf(text, true);
      if (who) {
        draft.onBehalf = who.onBehalf;
        if ("relationship" in who && who.relationship) draft.relationship = who.relationship;
      } else if ((draft.asked.onBehalf ?? 0) >= MAX_ASKS) {
        draft.onBehalf = facts.defaultOnBehalf;
      }
      fillFromText(draft, text);
      break;
    }
    case "workerName":
      readNameAnswer(draft, text, result, replies);
      break;
    case "region": {
      const region = matchRegion(text);
      if (region) setRegion(draft, region, text);
      else if ((draft.asked.region ?? 0) >= MAX_ASKS) {
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
    case "phase":
      readPhase(draft, text, answer, MAX_ASKS);
      fillFromText(draft, text);
      break;
    case "country": {
      const country = answer ? { country: countryOfButton(answer) } : matchCountry(text);
      if (country) draft.country = country.country;
      else if (/belum\s+(berangkat|brangkat)|masih\s+di\s+(indonesia|rumah|kampung)|gagal\s+berangkat/i.test(text))
        draft.country = "Belum berangkat";
      else if ((draft.asked.country ?? 0) >= MAX_ASKS) draft.country = text.slice(0, 100);
      break;
    }
    case "confirm": {
      const yes = answer === "answer:yes" ? true : parseConfirmation(text);
      if (yes === true) draft.consent = true;
      else if (yes === false) {
        return {
          state: { ...next, step: "menu", draft: undefined },
          replies: menuReplies(texts.cancelled()),
          effects: [],
          reason: "intake-declined",
        };
      } else if (correctSummary(draft, text) || wordCount(text) >= STORY_WORDS || result.intent !== "unclear") {
        // Not a yes or no: a correction or more of the story. Keep it, show the summary again.
        absorbDescription(draft, text, result);
        draft.awaiting = undefined;
      }
      // Otherwise ("tidak", "hmm"): neither sent nor cancelled; asked again plainly.
      break;
    }
    case null:
    case undefined:
      absorbDescription(draft, text, result);
      break;
    default: {
      // A fact question (employer, P3MI...): the cleaned fact; a sentence instead is more of the story.
      const took = takeFactAnswer(draft, field, text, answer) !== "none";
      if ((!took && wordCount(text) >= STORY_WORDS) || wordCount(text) > FACT_ANSWER_WORDS) absorbDescription(draft, text, result);
      else fillFromText(draft, text);
      break;
    }
  }
  return askNext(next, draft, facts, replies, [], "intake", text);
}

/** "salah", "yang benar", "bukan ... tapi": words that correct what the summary shows. */
const CORRECTS = /\b(salah|bukan|ganti|ubah|benar(nya)?|seharusnya|harusnya|maksud(nya| saya))\b/;
const CORRECTED_TO = /\b(?:tapi|tetapi|tp|yang benar|yg benar|benarnya|seharusnya|harusnya|jadi|diganti|ganti)\b/i;
/** An answer this short at the confirmation that names a place is the place, corrected. */
const CORRECTION_WORDS = 4;

/**
 * At the confirmation, "nomor wa nya salah, yang benar 0856...", "daerahnya indramayu", "bukan
 * taiwan tapi hongkong": the summary changes, not only the story. Returns whether it did.
 */
function correctSummary(draft: CaseDraft, text: string): boolean {
  const correcting = CORRECTS.test(normalizeText(text)) || wordCount(text) <= CORRECTION_WORDS;
  let changed = false;
  const phone = draft.onBehalf ? parseWorkerPhone(text) : null;
  if (phone && phone.phone !== draft.workerPhone) {
    draft.workerPhone = phone.phone;
    changed = true;
  }
  if (!correcting) return changed;
  // "bukan malaysia tapi brunei": what follows the correction is what is meant.
  const meant = text.split(CORRECTED_TO).pop() ?? text;
  const region = matchRegion(meant) ?? matchRegion(text);
  if (region && (region.region.id !== draft.regionId || region.matched !== draft.originText)) {
    delete draft.regencyCode;
    delete draft.regencyNote;
    setRegion(draft, region, text);
    changed = true;
  }
  const country = matchCountry(meant) ?? matchCountry(text);
  if (country && country.country !== draft.country) {
    draft.country = country.country;
    changed = true;
  }
  return changed;
}

/**
 * A voice note, photo, video or document during an intake. It joins the case when the intake
 * ends (or at once, for an emergency case already open). A spoken answer to the region or
 * country question, or to the consent question of a case opened by voice, counts as the answer:
 * the officer hears it. Media instead of the story makes the case one about that media.
 */
function mediaDuringIntake(next: ConversationState, draft: CaseDraft, kind: string, facts: EngineFacts): Decision {
  const effects: Effect[] = draft.caseId ? [{ type: "attachToCase", caseId: draft.caseId, triage: null }] : [];
  const received = say(isSpoken(kind) ? texts.voiceReceived() : texts.mediaReceived());
  const field = draft.awaiting;
  if (field === "description" || (field === undefined && draft.description.length === 0)) {
    draft.description.push(texts.mediaCaseDescription());
    draft.viaMedia = true;
    return askNext(next, draft, facts, [received], effects, "intake-media-description", "");
  }
  // A voice note or a photo (of the passport, say) answering a fact question: the officer hears or sees it.
  if (isFactField(field)) {
    factAnsweredByMedia(draft);
    draft.awaiting = undefined;
    return askNext(next, draft, facts, [received], effects, `intake-media-${field}`, "");
  }
  if (isSpoken(kind) && (field === "region" || field === "phase" || field === "country" || (field === "confirm" && draft.viaMedia))) {
    if (field === "phase") draft.phase = null;
    else if (field === "region") {
      draft.regionId = null;
      draft.originText = SPOKEN_ANSWER;
    } else if (field === "country") draft.country = SPOKEN_ANSWER;
    else {
      draft.consent = true;
      draft.consentByVoice = true;
    }
    draft.awaiting = undefined;
    return askNext(next, draft, facts, [received], effects, `intake-spoken-${field}`, "");
  }
  const replies: ReplyPart[] = [received];
  if (field) replies.push(questionFor(field, draft, false));
  return { state: { ...next, step: "intake", draft }, replies, effects, reason: "intake-media" };
}

/**
 * The answer to "what is the name?". A correction ("bukan pak, ini sy sendiri") turns the report
 * into the writer's own; a relation word alone keeps the relationship and asks again; a worker's
 * own name is asked once, and "LEWATI" (or a story instead of a name) moves on.
 */
function readNameAnswer(draft: CaseDraft, text: string, result: Triage, replies: ReplyPart[]): void {
  if (draft.onBehalf && isSelfCorrection(text)) {
    draft.onBehalf = false;
    delete draft.relationship;
    delete draft.workerPhone;
    replies.push(say(texts.selfReportNoted()));
    if (draft.reporterName) draft.workerName = draft.reporterName;
    // Their own name is a new question, asked in full (not "once more").
    draft.asked.workerName = 0;
    draft.awaiting = undefined;
    return;
  }
  if (!draft.onBehalf) {
    // "bukan saya, adik saya yang di malaysia": the other way round.
    const who = parseOnBehalf(text, false);
    if (who?.onBehalf) {
      draft.onBehalf = true;
      if (who.relationship) draft.relationship = who.relationship;
      draft.asked.workerName = 0;
      draft.awaiting = undefined;
    }
  }
  if (isSkipAnswer(text)) {
    draft.nameSkipped = true;
    return;
  }
  const { name, relationship, phone } = parseWorkerName(text);
  // "gak tau", "lupa nama lengkapnya": not known, so not asked again ("Yuni, nama lengkapnya lupa" is a name).
  if (!name && isUnknownAnswer(text)) draft.nameSkipped = true;
  if (draft.onBehalf) {
    // "keluarga" said first is less than "kakak" said now.
    if (relationship && (!draft.relationship || draft.relationship === "keluarga")) draft.relationship = relationship;
    if (phone) draft.workerPhone = phone;
  }
  // "iya", "boleh" to "boleh kami tahu nama Bapak/Ibu?": a yes, so the name itself is asked once more.
  const saidYes = !name && parseYesNo(text) === true && (draft.asked.workerName ?? 0) < MAX_ASKS;
  if (name) draft.workerName = name;
  else if ((!draft.onBehalf && !saidYes) || (draft.asked.workerName ?? 0) >= MAX_ASKS) draft.nameSkipped = true;
  // "Endang, kerja di taiwan": the country (or region) told with the name is kept too.
  if (!name && wordCount(text) >= STORY_WORDS && !isSelfCorrection(text)) absorbDescription(draft, text, result);
  else fillFromText(draft, text);
}
