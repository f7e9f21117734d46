/**
 * The phase question of the intake: asked only when the phase decides which office takes the
 * case (src/core/phase.ts, PHASE_ROUTED_KINDS) and what was said leaves it open.
 */
import { detectPhase, phaseMatters, readPhaseAnswer, CASE_PHASES, type CasePhase } from "../core/phase.js";
import { texts } from "../core/texts.js";
import { say, type ReplyPart } from "./decision.js";
import type { CaseDraft } from "./state.js";

const PHASE_BUTTONS = [
  { label: "Belum berangkat", action: "answer:phase:SEBELUM_BEKERJA" },
  { label: "Masih di luar negeri", action: "answer:phase:SEDANG_BEKERJA" },
  { label: "Sudah pulang", action: "answer:phase:SETELAH_PULANG" },
];

/** The phase as said so far: answered, or read from the story and the country. */
export function draftPhase(draft: CaseDraft): CasePhase | null {
  if (draft.phase !== undefined) return draft.phase;
  return detectPhase(draft.description.join(" "), { kind: draft.kind, country: draft.country });
}

export function phaseUnclear(draft: CaseDraft): boolean {
  return draft.phase === undefined && phaseMatters([draft.kind, ...draft.extraKinds]) && draftPhase(draft) === null;
}

export function phaseQuestion(again: boolean, self: boolean | undefined): ReplyPart {
  return say(again ? texts.askPhaseAgain() : texts.askPhase(self), PHASE_BUTTONS);
}

export const isPhaseButton = (action: string | undefined) => !!action?.startsWith("answer:phase:");

/**
 * Reads the answer into the draft. "Belum berangkat" also answers the country question; an
 * answer not understood after `maxAsks` leaves the phase to the officer (null).
 */
export function readPhase(draft: CaseDraft, text: string, action: string | undefined, maxAsks: number): void {
  const pressed = action?.slice("answer:phase:".length);
  const phase = pressed && (CASE_PHASES as readonly string[]).includes(pressed) ? (pressed as CasePhase) : readPhaseAnswer(text);
  if (phase) draft.phase = phase;
  else if ((draft.asked.phase ?? 0) >= maxAsks) draft.phase = null;
  if (phase === "SEBELUM_BEKERJA" && draft.country === undefined) draft.country = "Belum berangkat";
}
