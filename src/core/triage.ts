/**
 * Triage of a free-text message: is it a complaint, a question or unclear; which case kinds;
 * how urgent; and which words made us think so (shown to officers).
 *
 * Rule-based on purpose: officers must be able to see and argue with every decision, and an
 * emergency must never depend on a model's mood. The rules err towards false alarms (cheap)
 * rather than misses (not cheap). Pure: no I/O.
 *
 * The vocabulary is data (triage-rules.ts, triage-vocabulary.ts); the matcher is
 * triage-matcher.ts; this file decides kind, intent and urgency from what was matched.
 *
 * Main kind when several are found (fixed order, most urgent first):
 *   emergencies: BUNUH_DIRI > MENINGGAL > TPPO > KEKERASAN_SEKSUAL > KEKERASAN > SAKIT_BERAT > DITAHAN
 *     (a living person threatening their own life first; then a death, the gravest harm, whose
 *     cause — violence, trafficking — stays visible in extraKinds; then a person under someone's
 *     control; then harm done; then detention)
 *   complaints: TERLANTAR > HILANG_KONTAK > KABUR > GAJI > DOKUMEN_DITAHAN > PENIPUAN_LOWONGAN >
 *     GAGAL_BERANGKAT > OVERCHARGING > PHK_KONTRAK > DOKUMEN_TIDAK_RESMI > KESEHATAN > ASURANSI >
 *     PEMULANGAN
 *     (a person's welfare at stake first; "wants to go home" last because it is usually the
 *     consequence of another problem, which is the one to solve). Between the kinds in the
 *     middle, the one the writer mentions first wins; the order above breaks ties.
 *
 * Intent: any complaint or emergency found makes a complaint, even when phrased as a question
 * ("apakah bisa bantu, gaji saya belum dibayar"); otherwise an information topic makes a
 * question (INFO_*); complaint words without a kind ("galak", "mengadu", "tolong") make a
 * LAINNYA complaint; a bare question is INFO_LAINNYA; anything else (greetings, names) unclear.
 *
 * Urgency: EMERGENCY when an emergency kind is found; HIGH for TERLANTAR, HILANG_KONTAK, KABUR;
 * HIGH for DOKUMEN_DITAHAN or PEMULANGAN with distress words or with three or more complaint
 * kinds (withheld passport + unpaid wages + can't go home is forced labour in the making);
 * HIGH when the writer says "darurat"/"SOS" without saying what happened; NORMAL for other
 * complaints; LOW for questions and unclear messages.
 */
import type { CaseKind, ComplaintKind, EmergencyKind, InfoKind } from "./case-kinds.js";
import { matchCountry } from "./countries.js";
import { normalizeTokens } from "./normalize-text.js";
import { compileRules, findMatchAt, TokenIndex, TypoCorrector } from "./triage-matcher.js";
import { TRIAGE_MODEL, type TriageModel } from "./triage-model.js";
import { RULES, type Spec, type Tag } from "./triage-rules.js";
import { emergencyVoteCounts, withSecondOpinion } from "./triage-second-opinion.js";
import { VOCABULARY } from "./triage-vocabulary.js";

import type { Triage } from "./triage-result.js";
import type { Urgency } from "./urgency.js";
export type { Triage, Urgency };

export const EMERGENCY_PRIORITY: readonly EmergencyKind[] = [
  "BUNUH_DIRI",
  "MENINGGAL",
  "TPPO",
  "KEKERASAN_SEKSUAL",
  "KEKERASAN",
  "SAKIT_BERAT",
  "DITAHAN",
];

export const COMPLAINT_PRIORITY: readonly ComplaintKind[] = [
  "EVAKUASI",
  "TERLANTAR",
  "HILANG_KONTAK",
  "KABUR",
  "GAJI",
  "DOKUMEN_DITAHAN",
  "PENIPUAN_LOWONGAN",
  "GAGAL_BERANGKAT",
  "OVERCHARGING",
  "PHK_KONTRAK",
  "DOKUMEN_TIDAK_RESMI",
  "KESEHATAN",
  "ASURANSI",
  "PEMULANGAN",
];

/** Most specific topic first: "syarat KUR" is about loans, "syarat pelatihan" about training. */
export const INFO_PRIORITY: readonly InfoKind[] = [
  "INFO_KLINIK",
  "INFO_PEMBERDAYAAN",
  "INFO_PELATIHAN",
  "INFO_P3MI",
  "INFO_PROSEDUR",
  "INFO_LOWONGAN",
];

/** Always HIGH: the person is out of reach or unprotected right now. */
const HIGH_ALWAYS: readonly CaseKind[] = ["EVAKUASI", "TERLANTAR", "HILANG_KONTAK", "KABUR"];
/** HIGH when the message shows distress or piles up problems (withheld passport + unpaid wages...). */
const HIGH_WITH_DISTRESS: readonly CaseKind[] = ["DOKUMEN_DITAHAN", "PEMULANGAN"];

/** Internal tags next to the case kinds. */

/** The rules and the vocabulary learnt from real messages, as one list of specs per tag. */
function allRules(): Record<Tag, Spec[]> {
  const merged = Object.fromEntries(Object.entries(RULES).map(([tag, specs]) => [tag, [...specs]])) as Record<Tag, Spec[]>;
  for (const entry of VOCABULARY) merged[entry.tag].push(entry.rule);
  return merged;
}

const COMPILED = compileRules(allRules());
/** Typos are corrected towards emergency words only: a missed emergency is the costly error. */
const TYPOS = new TypoCorrector(COMPILED, (tag) => (EMERGENCY_PRIORITY as readonly string[]).includes(tag));
/** How a death happened, as opposed to a wish to die. */
const SUICIDE_MANNER = new Set(["bunuh diri", "gantung diri"]);
/** Emergencies of the person cared for (or of the employer), not of the worker. */
const CARED_FOR_EMERGENCIES: readonly CaseKind[] = ["MENINGGAL", "SAKIT_BERAT"];

interface Hit {
  signal: string;
  /** Token where the match starts. */
  at: number;
  soft: boolean;
  ask: boolean;
}

const EMERGENCY_SET = new Set<string>(EMERGENCY_PRIORITY);
const COMPLAINT_SET = new Set<string>(COMPLAINT_PRIORITY);

function unclear(): Triage {
  return { intent: "unclear", kind: "LAINNYA", extraKinds: [], urgency: "LOW", emergency: null, signals: [] };
}

/** The rules' reading, then the statistical second opinion trained on the corpus (triage-second-opinion.ts). */
export function triage(text: string): Triage {
  return createTriage(TRIAGE_MODEL)(text);
}

/**
 * Whether triage(text) reads an emergency, at a fraction of the cost: the model is asked only
 * where its emergency vote counts (the rules placed no kind), since it can raise an emergency
 * but never lower one. The channels ask this of every message at receipt, on the bots' event
 * loop, where a burst's full triage would hold back the emergency among it.
 */
export function isEmergency(text: string): boolean {
  const normalized = normalizeTokens(text);
  if (normalized.length === 0) return false;
  const notes = { caredFor: false };
  const result = ruleTriage(text, normalized, notes);
  if (result.urgency === "EMERGENCY") return true;
  return emergencyVoteCounts(result, normalized.length) && secondOpinion(TRIAGE_MODEL, result, normalized, notes).urgency === "EMERGENCY";
}

/** The rules' reading with the model's second opinion. */
function secondOpinion(model: TriageModel, result: Triage, normalized: string[], notes: { caredFor: boolean }): Triage {
  // The person cared for is ill or has died: the model may not make it the worker's emergency either.
  return withSecondOpinion(result, model.judge(normalized), model.thresholds, notes.caredFor ? CARED_FOR_EMERGENCIES : []);
}

/** Triage with another model (cross-validation trains its own), or with the rules alone (null). */
export function createTriage(model: TriageModel | null): (text: string) => Triage {
  return (text) => {
    const raw = typeof text === "string" ? text : "";
    const normalized = normalizeTokens(raw);
    if (normalized.length === 0) return unclear();
    const notes = { caredFor: false };
    const result = ruleTriage(raw, normalized, notes);
    if (!model) return result;
    return secondOpinion(model, result, normalized, notes);
  };
}

/** The rules' reading; `notes.caredFor` tells whether the message is about the person cared for. */
function ruleTriage(raw: string, normalized: string[], notes: { caredFor: boolean }): Triage {
  const { tokens, corrections } = TYPOS.correct(normalized);
  const index = new TokenIndex(tokens);

  const hits = new Map<Tag, Hit[]>();
  for (const rule of COMPILED) {
    const match = findMatchAt(rule, index);
    if (match === null) continue;
    const list = hits.get(rule.tag) ?? [];
    list.push({ signal: match.signal, at: match.start, soft: rule.soft, ask: rule.ask });
    hits.set(rule.tag, list);
  }
  const has = (tag: Tag) => hits.has(tag);
  const signalsOf = (tag: Tag) => (hits.get(tag) ?? []).map((h) => h.signal);

  const isProblem = (tag: Tag) => EMERGENCY_SET.has(tag) || COMPLAINT_SET.has(tag);
  const strongProblem = [...hits].some(([tag, list]) => isProblem(tag) && list.some((h) => !h.soft));
  const asks = has("QUESTION") || raw.includes("?");
  // A pure question asks about a topic; soft words then describe the topic, not the asker.
  const pureQuestion = asks && !has("HELP") && !strongProblem;

  // "nenek yang saya jaga meninggal", "bapak di kampung meninggal": not the worker's life at stake now.
  const caredFor = has("CAREGIVING") || has("NOT_CURRENT");
  notes.caredFor = caredFor;
  const found = (tag: Tag) =>
    (hits.get(tag) ?? []).some((h) => !h.soft || !pureQuestion) && !(caredFor && CARED_FOR_EMERGENCIES.includes(tag as CaseKind));
  const emergencies = EMERGENCY_PRIORITY.filter(found);
  // "anak saya meninggal gantung diri": a death reported with its manner, not a living person's threat.
  if (emergencies[0] === "BUNUH_DIRI" && emergencies.includes("MENINGGAL") && signalsOf("BUNUH_DIRI").every((s) => SUICIDE_MANNER.has(s))) {
    emergencies.splice(0, 1);
    emergencies.splice(1, 0, "BUNUH_DIRI");
  }
  // On the street with nothing after running away or being abandoned: stranded, and urgent tonight.
  const street = has("STREET");
  const complaints = orderComplaints(
    COMPLAINT_PRIORITY.filter((k) => found(k) || (k === "TERLANTAR" && street)),
    (k) => firstAt(hits.get(k)),
  );
  if (caredFor && emergencies.length === 0 && complaints.length === 0) complaints.push("LAINNYA");

  if (emergencies.length > 0 || complaints.length > 0) {
    const kinds: CaseKind[] = [...emergencies, ...complaints];
    const kind = kinds[0]!;
    const distress = has("DISTRESS") || complaints.length >= 3;
    let urgency: Urgency = "NORMAL";
    if (emergencies.length > 0 || street) urgency = "EMERGENCY";
    else if (complaints.some((k) => HIGH_ALWAYS.includes(k))) urgency = "HIGH";
    else if (distress && complaints.some((k) => HIGH_WITH_DISTRESS.includes(k))) urgency = "HIGH";
    else if (has("ALARM")) urgency = "HIGH";
    const signals = kinds.flatMap((k) =>
      (k === "TERLANTAR" && street ? [...signalsOf("STREET"), ...signalsOf(k)] : signalsOf(k)).slice(0, 2),
    );
    if (caredFor) signals.push(...[...signalsOf("CAREGIVING"), ...signalsOf("NOT_CURRENT")].slice(0, 1));
    signals.push(...corrections.filter((c) => signals.some((s) => s.includes(c.split("≈")[1]!))));
    if (urgency === "HIGH" && has("DISTRESS")) signals.push(...signalsOf("DISTRESS").slice(0, 2));
    return {
      intent: "complaint",
      kind,
      extraKinds: kinds.slice(1),
      urgency,
      emergency: emergencies[0] ?? null,
      signals: unique(signals).slice(0, 10),
    };
  }

  const topics = INFO_PRIORITY.filter((k) => (hits.get(k) ?? []).some((h) => !h.ask || asks));
  if (has("CUE") && !asks) return complaint("LAINNYA", signalsOf("CUE"), has("ALARM"));
  if (topics.length > 0) {
    return {
      intent: "question",
      kind: topics[0]!,
      extraKinds: topics.slice(1),
      urgency: "LOW",
      emergency: null,
      signals: unique(topics.flatMap((k) => signalsOf(k).slice(0, 2))).slice(0, 10),
    };
  }
  if (asks && workAbroadQuestion(tokens, raw)) {
    return {
      intent: "question",
      kind: "INFO_LOWONGAN",
      extraKinds: [],
      urgency: "LOW",
      emergency: null,
      signals: ["kerja di luar negeri"],
    };
  }
  if (has("CUE")) return complaint("LAINNYA", signalsOf("CUE"), has("ALARM"));
  if (asks)
    return {
      intent: "question",
      kind: "INFO_LAINNYA",
      extraKinds: [],
      urgency: "LOW",
      emergency: null,
      signals: signalsOf("QUESTION").slice(0, 3),
    };
  if (has("HELP") || has("ALARM")) return complaint("LAINNYA", [...signalsOf("HELP"), ...signalsOf("ALARM")], has("ALARM"));
  return unclear();
}

function complaint(kind: ComplaintKind, signals: string[], alarm: boolean): Triage {
  return {
    intent: "complaint",
    kind,
    extraKinds: [],
    urgency: alarm ? "HIGH" : "NORMAL",
    emergency: null,
    signals: unique(signals).slice(0, 5),
  };
}

/** "mau kerja di jepang bagaimana?": a question naming a destination country and work. */
function workAbroadQuestion(tokens: readonly string[], text: string): boolean {
  return tokens.some((t) => t === "kerja" || t === "bekerja" || t === "berangkat") && matchCountry(text) !== null;
}

/** Where a kind is first told: a clear signal counts before a soft one ("bayar 26 juta" to a PT that turns out a fraud). */
function firstAt(list: readonly Hit[] | undefined): number {
  return Math.min(Infinity, ...(list ?? []).map((h) => (h.soft ? SOFT_OFFSET + h.at : h.at)));
}
const SOFT_OFFSET = 1_000_000;

/**
 * The complaint the writer leads with is the main one ("dipecat, gaji terakhir belum dibayar":
 * the dismissal), except that a person out of reach or unprotected comes first (it sets the
 * urgency) and wanting to go home comes last (usually the consequence of another problem).
 * Ties keep the priority order.
 */
function orderComplaints(kinds: readonly ComplaintKind[], at: (k: ComplaintKind) => number): ComplaintKind[] {
  const rank = (k: ComplaintKind) => (HIGH_ALWAYS.includes(k) ? 0 : k === "PEMULANGAN" ? 2 : 1);
  return [...kinds].sort(
    (a, b) => rank(a) - rank(b) || (rank(a) === 1 ? at(a) - at(b) : 0) || COMPLAINT_PRIORITY.indexOf(a) - COMPLAINT_PRIORITY.indexOf(b),
  );
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
