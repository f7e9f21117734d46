/**
 * The optional questions about the facts officers need for the kind of case at hand (employer,
 * placement company, sector, departure date, passport, city abroad): which one comes next,
 * how it is asked, and what its answer fills in. Each is asked once and may be skipped; none is
 * asked in an emergency, a question, a case opened by media or one for an officer.
 */
import { ABROAD_FACTS, CASE_FACT_FIELDS, FACTS_ASKED, SECTOR_CHOICES, type AskedFact, type ToldFacts } from "../core/case-facts.js";
import { normalizeText } from "../core/normalize-text.js";
import { texts } from "../core/texts.js";
import { parseYesNo } from "./answers.js";
import { factsInStory, isUnknownAnswer, readFactAnswer } from "./case-fact-answers.js";
import { say, type Button, type ReplyPart } from "./decision.js";
import type { CaseDraft, DraftField } from "./state.js";

const ALL_ASKED = new Set<DraftField>(Object.values(FACTS_ASKED).flat());
export const isFactField = (field: DraftField | null | undefined): field is AskedFact => !!field && ALL_ASKED.has(field);

const SKIP_BUTTON: Button = { label: "Lewati", action: "answer:skip" };
const SECTOR_BUTTONS: Button[] = [...SECTOR_CHOICES.map((c) => ({ label: c.label, action: `answer:sector:${c.code}` })), SKIP_BUTTON];

const told = (draft: CaseDraft, field: AskedFact) =>
  draft.facts?.[field] !== undefined || (field === "placementCompany" && draft.facts?.agencyAbroad !== undefined);

/** "tidak tahu", "lewati"... to this many fact questions in a row: the reporter is not asked any more of them. */
const MAX_REFUSALS_IN_A_ROW = 2;

/** The next fact to ask for this case, or null (all told, asked, refused twice in a row, or none fits). */
export function nextFact(draft: CaseDraft): AskedFact | null {
  if (draft.isQuestion || draft.viaMedia || draft.forOfficer || draft.emergencyCreated) return null;
  if (draft.factAgain && !told(draft, draft.factAgain)) return draft.factAgain;
  if ((draft.factRefusals ?? 0) >= MAX_REFUSALS_IN_A_ROW) return null;
  const home = draft.country === "Belum berangkat";
  for (const field of FACTS_ASKED[draft.kind] ?? []) {
    if (told(draft, field) || draft.asked[field] || (home && ABROAD_FACTS.has(field))) continue;
    return field;
  }
  return null;
}

/** The question for a fact; the first one asked is introduced as optional; asked again, it says plainly what to write. */
export function factQuestion(field: AskedFact, draft: CaseDraft, again = false): ReplyPart {
  const buttons = field === "workSector" ? SECTOR_BUTTONS : [SKIP_BUTTON];
  const atSea = draft.facts?.workSector === "ABK";
  if (again)
    return say(
      texts.askFactAgain(
        field,
        SECTOR_CHOICES.map((c) => c.label),
        atSea,
      ),
      buttons,
    );
  const self = draft.onBehalf === undefined ? undefined : !draft.onBehalf;
  const first = [...ALL_ASKED].reduce((n, f) => n + (draft.asked[f] ?? 0), 0) <= 1;
  const question = {
    employerName: () => texts.askEmployer(self, atSea),
    placementCompany: () => texts.askPlacementCompany(self),
    workSector: () =>
      texts.askWorkSector(
        self,
        SECTOR_CHOICES.map((c) => c.label),
      ),
    departureDate: () => texts.askDepartureDate(self),
    passportNumber: () => texts.askPassportNumber(self),
    cityAbroad: () => texts.askCityAbroad(self),
  }[field]();
  const text = [...(first ? [texts.factsIntro()] : []), question, texts.factSkipHint()].join("\n");
  return say(text, buttons);
}

/** A button that answers the fact question asked ("Lewati", a sector). */
export const answersFact = (field: AskedFact, action: string) =>
  action === "answer:skip" || (field === "workSector" && action.startsWith("answer:sector:"));

/**
 * What an answer to a fact question gave: the fact; "not known" (skip, "tidak tahu", "tidak");
 * a bare "ya"/"ok" or a question back ("maksudnya?", "apa itu P3MI?"), which answers nothing
 * and has the question asked again; or none of these (more of the story, or a word that is not
 * the fact, for the caller to keep).
 */
export type FactAnswer = "told" | "unknown" | "again" | "none";

/** "maksudnya?", "apa itu P3MI?", "gimana kak": the reporter did not understand the question. */
const QUESTION_BACK = /\b(maksud(nya)?|apa itu|apa ya|apaan|gimana|bagaimana|yang mana|contohnya)\b/;
/** Longer, the answer may hold the fact as well ("apa itu P3MI? PT Maju Jaya"). */
const QUESTION_BACK_WORDS = 4;
const isQuestionBack = (text: string) => {
  const words = normalizeText(text);
  return words.split(" ").length <= QUESTION_BACK_WORDS && QUESTION_BACK.test(words);
};

/**
 * Takes the answer to a fact question into the draft. Two "not known" in a row end the fact
 * questions; a bare "ya" or a question back has the question asked once more, plainly (with the
 * choices), and the second time counts as a skip.
 */
export function takeFactAnswer(draft: CaseDraft, field: AskedFact, text: string, action: string | undefined): FactAnswer {
  const reasked = draft.factAgain === field;
  delete draft.factAgain;
  const outcome = readAnswer(draft, field, text, action);
  if (outcome === "again" && !reasked) draft.factAgain = field;
  else if (outcome === "told") draft.factRefusals = 0;
  else if (outcome !== "none") draft.factRefusals = (draft.factRefusals ?? 0) + 1;
  return outcome;
}

function readAnswer(draft: CaseDraft, field: AskedFact, text: string, action: string | undefined): FactAnswer {
  if (action === "answer:skip" || isUnknownAnswer(text)) return "unknown";
  const yesNo = action ? null : parseYesNo(text);
  if (yesNo === false) return "unknown";
  // "ya", "ok": no name, and no story either.
  // A question back is no answer either: "gimana kak?" is no sector of work.
  if (yesNo === true || (!action && isQuestionBack(text))) return "again";
  const facts = readFactAnswer(field, text, new Date(draft.startedAt), action);
  draft.facts = { ...draft.facts, ...facts };
  return Object.keys(facts).length > 0 ? "told" : "none";
}

/** A voice note or a photo answering a fact question: an answer the officer hears or sees. */
export function factAnsweredByMedia(draft: CaseDraft): void {
  delete draft.factAgain;
  draft.factRefusals = 0;
}

/** Facts a story names (company, employer, sector, city, passport) that are not known yet. */
export function addFactsFromStory(draft: CaseDraft, text: string): void {
  const found = factsInStory(text, new Date(draft.startedAt));
  const missing = Object.entries(found).filter(([key]) => draft.facts?.[key as keyof ToldFacts] === undefined);
  if (missing.length) draft.facts = { ...draft.facts, ...Object.fromEntries(missing) };
}

/** The facts told, as lines of the summary the reporter confirms; a passport never shows its number. */
export function factLines(facts: ToldFacts | undefined): string[] {
  if (!facts) return [];
  const lines: string[] = [];
  for (const key of Object.keys(CASE_FACT_FIELDS) as (keyof typeof CASE_FACT_FIELDS)[]) {
    const value = facts[key as keyof ToldFacts];
    if (value === undefined) continue;
    const shown =
      key === "passportNumber"
        ? "sudah dicatat (dirahasiakan)"
        : key === "workSector"
          ? (SECTOR_CHOICES.find((c) => c.code === value)?.label ?? value)
          : value;
    lines.push(`${CASE_FACT_FIELDS[key]}: ${shown}`);
  }
  return lines;
}
