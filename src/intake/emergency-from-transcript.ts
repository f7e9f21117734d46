import { Outbox } from "../cases/outbox.js";
import type { CaseFacts, ConversationState } from "../conversation/engine.js";
import { emergencyFromTranscript } from "../conversation/transcript-emergency.js";
import { conversationsWithWaitingMessages, lockFreeConversations, saveConversationStates } from "../store/conversations.js";
import { inSqlTransaction, type Sql } from "../store/database.js";
import { recentCasesOfReporters } from "../store/reporter-cases.js";
import { caseOfMessage } from "../store/inbound-messages.js";
import { applyEffects, newEffectResults, publishEffectResults } from "./apply-effects.js";
import type { PipelineDeps } from "./pipeline-deps.js";
import { queueReplies } from "./render-replies.js";

/** Thrown when another job holds the voice note's conversation: the transcription job is tried again, never dropped. */
export class ConversationHeld extends Error {}

export type TranscriptEmergencyResult =
  /** The emergency case was created from the intake, the advice queued, officers alerted. */
  | { result: "case-created"; caseId: string }
  /** The voice note joined a case meanwhile: that case is the one to raise. */
  | { result: "on-case"; caseId: string }
  /** The reporter has another case open: the note is left where it is (see emergencyFromTranscript). */
  | { result: "other-case-open" };

/** The reporter's most recent open case, which the engine needs to tell whether a new one may start. */
async function openCaseOf(tx: Sql, reporterId: string, now: Date): Promise<CaseFacts | null> {
  const rows = await recentCasesOfReporters(tx, [reporterId], now);
  const open = rows.find((r) => r.status !== "SELESAI");
  return open ? { id: open.id, ticket: open.ticket, kind: open.kind, extraKinds: open.extraKinds, country: open.country } : null;
}

/**
 * An emergency heard in the transcript of a voice note that is on no case: its conversation's
 * unfinished (or cancelled) intake goes the emergency way now (src/conversation/transcript-emergency.ts).
 * The inbound pipeline's path: the conversation locked (FOR NO KEY UPDATE SKIP LOCKED), the
 * case, alerts, reply rows and state in one transaction, the jobs queued after commit, and a
 * message that arrived meanwhile (left to this holder by the inbound job) queued again.
 */
export async function raiseEmergencyFromTranscript(
  deps: PipelineDeps,
  voiceNote: { messageId: string; conversationId: string; receivedAt: Date; transcript: string },
): Promise<TranscriptEmergencyResult> {
  const now = deps.now?.() ?? new Date();
  // Read (or taken from cache) before the transaction holds a connection.
  const missions = deps.missions ? await deps.missions.current() : undefined;
  const outbox = new Outbox({ deferWrites: true });
  const results = newEffectResults();
  const outcome = await inSqlTransaction(deps.sql, async (tx): Promise<TranscriptEmergencyResult> => {
    const [conversation] = await lockFreeConversations<ConversationState>(tx, [voiceNote.conversationId]);
    if (!conversation) throw new ConversationHeld("the voice note's conversation is held by another job");
    // Read under the lock: an intake finished since the transcript was asked for took the note in.
    const caseId = await caseOfMessage(tx, voiceNote.messageId);
    if (caseId) return { result: "on-case", caseId };
    const decision = emergencyFromTranscript(conversation.state ?? {}, voiceNote.transcript, {
      now,
      hotlines: deps.hotlines,
      ...(deps.retention ? { retention: deps.retention } : {}),
      ...(missions ? { missions } : {}),
      defaultOnBehalf: conversation.channel === "TELEGRAM",
      openCase: await openCaseOf(tx, conversation.reporterId, now),
      messageReceivedAt: voiceNote.receivedAt,
    });
    if (!decision) return { result: "other-case-open" };
    const effectContext = { tx, deps, conversation, messageId: voiceNote.messageId, now, results, outbox };
    const applied = await applyEffects(effectContext, decision.effects, decision.state);
    await queueReplies(tx, outbox, deps, conversation, decision.replies, applied);
    await outbox.writeDeferred(tx);
    await saveConversationStates(tx, new Map([[conversation.id, applied.state]]), new Date());
    deps.log.info(
      { messageId: voiceNote.messageId, conversationId: conversation.id, reason: decision.reason, caseId: applied.caseId },
      "transcript emergency",
    );
    return { result: "case-created", caseId: applied.caseId! };
  });
  await outbox.flush(deps.queues);
  await publishEffectResults(deps, results);
  const waiting = await conversationsWithWaitingMessages(deps.sql, [voiceNote.conversationId]);
  if (waiting.length > 0) await deps.queues.addInbound(waiting);
  return outcome;
}
