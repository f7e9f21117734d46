/**
 * How the statistical second opinion (triage-model.ts) joins the rules' reading of a message.
 * The rules stay in charge; the model may only add:
 *   - an emergency: raised when either says so, as the most likely emergency kind, for a
 *     message the rules could not place;
 *   - a kind the rules did not find, when the model is confident of it (to a question the rules
 *     placed on a topic, only another topic: the model does not turn a question into a complaint);
 *   - the main kind, when the rules found none (or only "something else").
 * Each addition leaves a reason for officers, in Indonesian, saying it is the model's guess.
 * Pure.
 */
import { CASE_KIND_LABELS, isEmergencyKind, isInfoKind, type CaseKind, type EmergencyKind } from "./case-kinds.js";
import type { Opinion, TriageModelData } from "./triage-model.js";
import type { Triage } from "./triage-result.js";

/** Shown among the signals when the model contributed. */
export function modelReason(kind: CaseKind): string {
  return `penilaian otomatis dari pola kalimat: mirip pengaduan ${CASE_KIND_LABELS[kind].toLowerCase()}`;
}

const NOTHING: readonly CaseKind[] = ["LAINNYA", "INFO_LAINNYA"];
/** Fewer words are an answer in a conversation ("keluarga saya"), not a story to judge. */
export const MIN_STORY_TOKENS = 8;
/** A suicide-prevention reply to someone who did not say it would hurt: only the rules raise it. */
const NEVER_GUESSED: readonly CaseKind[] = ["BUNUH_DIRI"];
/** Kinds that make a complaint at least HIGH (the person is out of reach or unprotected). */
const HIGH_ALWAYS: readonly CaseKind[] = ["EVAKUASI", "TERLANTAR", "HILANG_KONTAK", "KABUR"];

/**
 * Whether the model's emergency vote is read for this reading of the rules (of a message of
 * `tokens` words): the only way the model makes a message an emergency.
 */
export function emergencyVoteCounts(result: Triage, tokens: number): boolean {
  return tokens >= MIN_STORY_TOKENS && result.emergency === null && placedKinds(result).length === 0;
}

/** The kinds the rules placed the message in ("something else" is none). */
function placedKinds(result: Triage): CaseKind[] {
  return [result.kind, ...result.extraKinds].filter((k) => !NOTHING.includes(k));
}

/** `barred`: emergency kinds the rules ruled out (the caregiving exception). */
export function withSecondOpinion(
  result: Triage,
  opinion: Opinion,
  thresholds: TriageModelData["thresholds"],
  barred: readonly CaseKind[],
): Triage {
  if (opinion.tokens < MIN_STORY_TOKENS) return result;
  const ruled = placedKinds(result);
  const reasons: string[] = [];
  let emergency: EmergencyKind | null = result.emergency;
  let kinds = [...ruled];

  // The vote reads what the rules could not place: a message they gave a kind is theirs, and the
  // model's sense of "emergency" there is mostly who writes (a family) rather than what happened.
  if (emergencyVoteCounts(result, opinion.tokens) && opinion.emergency >= thresholds.emergency) {
    const likely = opinion.kinds.find((k) => isEmergencyKind(k.kind) && !barred.includes(k.kind) && !NEVER_GUESSED.includes(k.kind));
    if (likely && likely.p >= thresholds.emergencyKind && isEmergencyKind(likely.kind)) {
      emergency = likely.kind;
      kinds = [likely.kind, ...kinds.filter((k) => k !== likely.kind)];
      reasons.push(modelReason(likely.kind));
    }
  }
  const urgent = emergency !== null || result.urgency === "EMERGENCY";
  // A greeting or a name is left to the conversation, which asks what happened; only the emergency vote reads it.
  const readable = result.intent !== "unclear" || urgent;
  const topical = result.intent === "question" && result.kind !== "INFO_LAINNYA";
  for (const { kind, p } of readable ? opinion.kinds : []) {
    if (p < thresholds.addKind) break;
    // An emergency kind joins only a message already read as an emergency: the emergency vote decides that.
    if (kinds.includes(kind) || barred.includes(kind) || NEVER_GUESSED.includes(kind) || (isEmergencyKind(kind) && !urgent)) continue;
    // A question the rules placed on a topic stays a question: the model adds topics, not complaints.
    if (topical && !isInfoKind(kind)) continue;
    kinds.push(kind);
    reasons.push(modelReason(kind));
  }
  if (kinds.length === 0) {
    const top = opinion.kinds[0];
    if (
      !top ||
      !readable ||
      top.p < thresholds.mainKind ||
      barred.includes(top.kind) ||
      NEVER_GUESSED.includes(top.kind) ||
      (isEmergencyKind(top.kind) && !urgent)
    )
      return result;
    kinds = [top.kind];
    reasons.push(modelReason(top.kind));
  }
  if (reasons.length === 0) return result;

  const complaint = kinds.some((k) => !isInfoKind(k));
  // Complaint kinds before information topics; the rules' main kind keeps its place when it had one.
  const ordered = complaint ? [...kinds.filter((k) => !isInfoKind(k)), ...kinds.filter(isInfoKind)] : kinds;
  let urgency = result.urgency;
  if (emergency !== null) urgency = "EMERGENCY";
  else if (complaint && urgency === "LOW") urgency = ordered.some((k) => HIGH_ALWAYS.includes(k)) ? "HIGH" : "NORMAL";
  else if (urgency === "NORMAL" && ordered.some((k) => HIGH_ALWAYS.includes(k))) urgency = "HIGH";
  return {
    intent: complaint ? "complaint" : "question",
    kind: ordered[0]!,
    extraKinds: ordered.slice(1),
    urgency,
    emergency,
    signals: [...result.signals, ...reasons].slice(0, 12),
  };
}
