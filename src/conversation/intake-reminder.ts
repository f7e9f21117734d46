/**
 * The reminder of an intake left unfinished. A reporter who told a story (or sent a voice note,
 * a photo...) and stopped answering before the consent has no case, so no officer would ever
 * read it. Once, after a quiet while (queues/intake-reminder-sweeper.ts decides when), the
 * reporter is shown what was recorded and asked for the consent at once: the questions left are
 * skipped, officers ask them later. An answer after it goes through the engine as usual.
 */
import type { Decision, EngineFacts } from "./decision.js";
import { privacyNoticeOnce, questionFor } from "./intake-dialogue.js";
import type { CaseDraft, ConversationState } from "./state.js";

/**
 * An intake with something to send (a story or media), no case yet and no reminder sent. An
 * emergency is left out: its case was created at once. src/store/conversations.ts
 * (lockIdleUnfinishedIntakes) selects the same conversations in SQL.
 */
export function isUnfinishedIntake(state: ConversationState): state is ConversationState & { draft: CaseDraft } {
  const draft = state.draft;
  return (
    state.step === "intake" &&
    draft !== undefined &&
    draft.description.length > 0 &&
    !draft.caseId &&
    !draft.emergencyCreated &&
    !draft.remindedAt
  );
}

/** The reminder for this conversation, or null when it has none due (see isUnfinishedIntake). */
export function remindUnfinishedIntake(state: ConversationState, facts: Pick<EngineFacts, "now" | "retention">): Decision | null {
  if (!isUnfinishedIntake(state)) return null;
  const draft: CaseDraft = structuredClone(state.draft);
  draft.remindedAt = facts.now.toISOString();
  draft.awaiting = "confirm";
  draft.asked.confirm = (draft.asked.confirm ?? 0) + 1;
  const replies = [...privacyNoticeOnce(draft, facts), questionFor("confirm", draft, false, true)];
  // lastActivityAt stays the reporter's own: the reminder is not theirs.
  return { state: { ...state, step: "intake", draft }, replies, effects: [], reason: "intake-reminder" };
}
