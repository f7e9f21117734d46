/**
 * An emergency heard in the automatic transcript of a voice note (src/transcription), which
 * arrives after the note itself was answered. A voice-only reporter is then usually in the
 * middle of an intake (region, country, consent asked; no case until YA), and waiting for the
 * consent would drop the emergency. The transcript is taken as if the reporter had typed it:
 * the case is created at once with what the draft holds, the emergency advice goes first, and
 * the safety question follows, as in the intake dialogue's emergency path.
 */
import { isEmergencyKind } from "../core/case-kinds.js";
import { texts } from "../core/texts.js";
import { triage } from "../core/triage.js";
import type { Decision, EngineFacts } from "./decision.js";
import { absorbDescription, askNext, startIntake } from "./intake-dialogue.js";
import type { CaseDraft, ConversationState } from "./state.js";

/** An intake that has made no case yet: an emergency in it would create one. */
function isIntakeWithoutCase(state: ConversationState): state is ConversationState & { draft: CaseDraft } {
  return state.step === "intake" && state.draft !== undefined && !state.draft.caseId && !state.draft.emergencyCreated;
}

/**
 * The decision for an emergency transcript of a voice note not on a case, or null: the
 * transcript is no emergency, or the reporter has a case open (not this note's; left to
 * officers, who hear the note in the thread only if it joins a case) or one being created.
 * `facts.messageReceivedAt`: when the voice note arrived, so that it joins the case even when
 * the draft began after it. lastActivityAt stays the reporter's own: the transcript is no new
 * message of theirs.
 */
export function emergencyFromTranscript(state: ConversationState, transcript: string, facts: EngineFacts): Decision | null {
  const result = triage(transcript);
  if (!isEmergencyKind(result.kind)) return null;
  const words = texts.transcriptDescription(transcript);
  if (isIntakeWithoutCase(state)) {
    const draft: CaseDraft = structuredClone(state.draft);
    const heardAt = facts.messageReceivedAt;
    if (heardAt && heardAt.getTime() < Date.parse(draft.startedAt)) draft.startedAt = heardAt.toISOString();
    absorbDescription(draft, words, result);
    return askNext({ ...state, step: "intake", draft }, draft, facts, [], [], "transcript-emergency", transcript);
  }
  // The intake of the note was cancelled (BATAL) before its words were heard: a typed emergency
  // would have made its case before the cancel, so the words start one now, the note in it.
  if (state.step !== "intake" && !facts.openCase) {
    return startIntake({ ...state, draft: undefined }, facts, { text: words, triage: result }, "transcript-emergency-after-cancel");
  }
  return null;
}
