import { decide, type CaseFacts, type ConversationState, type EngineInput } from "../conversation/engine.js";
import { Outbox } from "../cases/outbox.js";
import { pendingConsents } from "../cases/follow-case.js";
import { pendingSurveys } from "../cases/satisfaction-survey.js";
import { applyEffects, newEffectResults, publishEffectResults } from "./apply-effects.js";
import { queueReplies } from "./render-replies.js";
import { recordReporterMessages } from "../store/case-events.js";
import {
  conversationsWithWaitingMessages,
  type LockedConversation,
  lockConversationsWaiting,
  lockFreeConversations,
  saveConversationStates,
} from "../store/conversations.js";
import { inSqlTransaction, type Sql } from "../store/database.js";
import { markInboundProcessed, type ProcessedMark, waitingMessages } from "../store/inbound-messages.js";
import { recentCasesOfReporters } from "../store/reporter-cases.js";
import type { BatchLimits, PipelineDeps } from "./pipeline-deps.js";

const BATCH_LIMITS: BatchLimits = {
  /** Messages per transaction: big enough to amortise the round trips, small enough to keep latency low. */
  messages: 300,
  /** Transactions one job runs before it hands what is still waiting to a new job. */
  rounds: 10,
};
const IGNORED_KINDS = new Set(["reaction", "revoke"]);

export interface ProcessMode {
  /**
   * An emergency job (queue inbound-emergency): a conversation another job holds is waited for
   * (that job's transaction, at most EMERGENCY_LOCK_WAIT), not left to it, since the holder may
   * have hundreds of other messages to go through first. Either way the conversation's
   * messages are handled in arrival order: the wait is for the lock, then all waiting rows.
   */
  emergency?: boolean;
}
/** An emergency job waits this long for a conversation held by another job, then leaves it to that job. */
const EMERGENCY_LOCK_WAIT = "5s";
/** PostgreSQL's lock_not_available: the lock wait ran out. */
const LOCK_NOT_AVAILABLE = "55P03";

/**
 * The inbound job: the conversations named in it have stored messages waiting. It locks those
 * no other job holds (SKIP LOCKED) and runs their waiting messages through the conversation
 * engine in arrival order; everything decided — state, cases, reply rows, processed marks —
 * commits in one transaction, so a crash mid-job rolls back and the retried job does the same
 * work once. After each commit it looks again at the conversations it held and goes on while
 * any has new messages. A conversation another job holds is left to that job: its message was
 * committed before this job looked, so that job's look after its own commit sees it.
 * Duplicate and leftover jobs find nothing waiting and cost one short transaction.
 */
export async function processConversations(
  deps: PipelineDeps,
  conversationIds: string[],
  mode: ProcessMode = {},
): Promise<{ processed: number }> {
  let processed = 0;
  let ids = [...new Set(conversationIds)];
  const limits = { ...BATCH_LIMITS, ...deps.batchLimits };
  for (let round = 0; ids.length > 0; round++) {
    // A chat that never stops writing must not keep one job (and a shutdown) waiting forever.
    if (round === limits.rounds) {
      await deps.queues.addInbound(ids, mode.emergency === true);
      break;
    }
    const held = await processIsolatingFailures(deps, ids, limits.messages, mode);
    processed += held.processed;
    if (held.locked.length === 0) break;
    ids = await conversationsWithWaitingMessages(deps.sql, held.locked);
  }
  return { processed };
}

/**
 * A message that makes processing fail must not hold back the other conversations of its batch:
 * a failed batch is done again one conversation at a time, and only the failing ones fail the
 * job (BullMQ retries it; what succeeded is not done twice).
 */
async function processIsolatingFailures(
  deps: PipelineDeps,
  ids: string[],
  batchMessages: number,
  mode: ProcessMode,
): Promise<{ processed: number; locked: string[] }> {
  try {
    return await processBatch(deps, ids, batchMessages, mode);
  } catch (error) {
    if (ids.length === 1) throw error;
    deps.log.warn(
      { err: (error as Error).message, conversations: ids.length },
      "inbound batch failed; processing its conversations one by one",
    );
    const done = { processed: 0, locked: [] as string[] };
    let failure: unknown;
    for (const id of ids) {
      try {
        const one = await processBatch(deps, [id], batchMessages, mode);
        done.processed += one.processed;
        done.locked.push(...one.locked);
      } catch (oneError) {
        failure ??= oneError;
        deps.log.error({ err: (oneError as Error).message, conversationId: id }, "inbound processing failed for a conversation");
      }
    }
    if (failure) throw failure;
    return done;
  }
}

async function processBatch(
  deps: PipelineDeps,
  conversationIds: string[],
  batchMessages: number,
  mode: ProcessMode,
): Promise<{ processed: number; locked: string[] }> {
  try {
    return await processLockedBatch(deps, conversationIds, batchMessages, mode);
  } catch (error) {
    // The holder's look after its own commit is certain to see the waiting messages.
    if (mode.emergency && (error as { code?: string }).code === LOCK_NOT_AVAILABLE) {
      deps.log.warn({ conversations: conversationIds.length }, "emergency conversation held by another job too long: left to it");
      return { processed: 0, locked: [] };
    }
    throw error;
  }
}

async function processLockedBatch(
  deps: PipelineDeps,
  conversationIds: string[],
  batchMessages: number,
  mode: ProcessMode,
): Promise<{ processed: number; locked: string[] }> {
  const outbox = new Outbox({ deferWrites: true });
  const results = newEffectResults();
  // Voice notes of this batch, transcribed after commit when a transcription server is configured.
  const voiceNotes: string[] = [];
  // Read (or taken from cache) before the transaction holds a connection.
  const missions = deps.missions ? await deps.missions.current() : undefined;

  const outcome = await inSqlTransaction(deps.sql, async (tx) => {
    // An emergency job waits for a holder's transaction instead of skipping. Rows are locked in id
    // order everywhere, and ordinary jobs never wait (SKIP LOCKED), so no wait goes round in a circle.
    const locked: LockedConversation<ConversationState>[] = mode.emergency
      ? await lockConversationsWaiting(tx, conversationIds, EMERGENCY_LOCK_WAIT)
      : await lockFreeConversations(tx, conversationIds);
    if (locked.length === 0) return { processed: 0, locked: [] };
    const conversations = new Map(locked.map((c) => [c.id, c]));
    const batch = await waitingMessages(tx, [...conversations.keys()], batchMessages);
    // Nothing waiting now; still looked at again after commit, since a job that found these
    // conversations held while this one had them left its messages to this one.
    if (batch.length === 0) return { processed: 0, locked: [...conversations.keys()] };

    const reporterIds = [...new Set(locked.map((c) => c.reporterId))];
    const { openCases, resolvedCases } = await loadReporterCases(tx, reporterIds, deps.now?.() ?? new Date());
    let consents = await pendingConsents(tx, reporterIds);
    let surveys = await pendingSurveys(tx, reporterIds, deps.now?.() ?? new Date());
    const states = new Map<string, ConversationState>();
    const marks: ProcessedMark[] = [];

    for (const message of batch) {
      const conversation = conversations.get(message.conversationId)!;
      const now = deps.now?.() ?? new Date();
      if (IGNORED_KINDS.has(message.kind)) {
        marks.push({ id: message.id, state: "IGNORED", note: `ignored: ${message.kind}`, caseId: null });
        deps.log.debug({ messageId: message.id, kind: message.kind }, "inbound ignored on purpose");
        continue;
      }
      if (message.kind === "voice" || message.kind === "audio") voiceNotes.push(message.id);
      const state = states.get(conversation.id) ?? conversation.state ?? {};
      const openCase = openCases.get(conversation.reporterId) ?? null;
      const decision = decide(state, engineInput(message.kind, message.text ?? ""), {
        now,
        hotlines: deps.hotlines,
        ...(deps.retention ? { retention: deps.retention } : {}),
        ...(missions ? { missions } : {}),
        defaultOnBehalf: conversation.channel === "TELEGRAM",
        openCase,
        resolvedCase: openCase ? null : (resolvedCases.get(conversation.reporterId) ?? null),
        messageReceivedAt: message.createdAt,
        pendingConsent: consents.get(conversation.reporterId) ?? null,
        pendingSurvey: surveys.get(conversation.reporterId) ?? null,
      });
      const effectContext = { tx, deps, conversation, messageId: message.id, now, results, outbox };
      const outcome = await applyEffects(effectContext, decision.effects, decision.state);
      states.set(conversation.id, outcome.state);
      if (outcome.created) {
        const draft = decision.effects.find((e) => e.type === "createCase")?.draft;
        openCases.set(conversation.reporterId, {
          id: outcome.created.id,
          ticket: outcome.created.ticket,
          kind: draft?.kind,
          extraKinds: draft?.extraKinds,
          country: draft?.country ?? null,
        });
      }
      // A reopened case is open again for the next message.
      const reopened = outcome.reopened ? resolvedCases.get(conversation.reporterId) : undefined;
      if (reopened) {
        openCases.set(conversation.reporterId, reopened);
        resolvedCases.delete(conversation.reporterId);
      }
      // Following changes whose consent is waiting, for this reporter or another in the batch.
      if (outcome.followReply) consents = await pendingConsents(tx, reporterIds);
      if (outcome.surveyAnswered) surveys = await pendingSurveys(tx, reporterIds, now);

      await queueReplies(tx, outbox, deps, conversation, decision.replies, outcome);
      marks.push({
        id: message.id,
        state: "PROCESSED",
        note: decision.reason,
        caseId: outcome.caseId && outcome.linkMessage ? outcome.caseId : null,
      });
      deps.log.info(
        { messageId: message.id, conversationId: conversation.id, reason: decision.reason, caseId: outcome.caseId },
        "inbound processed",
      );
    }

    await outbox.writeDeferred(tx);
    await recordReporterMessages(tx, results.followUps);
    await saveConversationStates(tx, states, new Date());
    // The transaction's last write: processedAt is (within one round trip) when the replies were committed.
    await markInboundProcessed(tx, marks);
    return { processed: batch.length, locked: [...conversations.keys()] };
  });

  await outbox.flush(deps.queues);
  await publishEffectResults(deps, results);
  await deps.queues.addTranscriptions(voiceNotes);
  return outcome;
}

/** A reply within this time after a case is resolved (SELESAI) reopens it instead of starting a new complaint. */
const REOPEN_WITHIN_MS = 14 * 24 * 3600_000;

/**
 * Each reporter's most recent open case (follow-ups attach to it) and, for the others, their case
 * resolved in the last 14 days (a reply reopens it).
 */
async function loadReporterCases(
  tx: Sql,
  reporterIds: string[],
  now: Date,
): Promise<{ openCases: Map<string, CaseFacts>; resolvedCases: Map<string, CaseFacts> }> {
  const rows = await recentCasesOfReporters(tx, reporterIds, new Date(now.getTime() - REOPEN_WITHIN_MS));
  const openCases = new Map<string, CaseFacts>();
  const resolvedCases = new Map<string, CaseFacts>();
  for (const { reporterId, status, ...facts } of rows) (status === "SELESAI" ? resolvedCases : openCases).set(reporterId, facts);
  return { openCases, resolvedCases };
}

function engineInput(kind: string, text: string): EngineInput {
  if (kind === "action") return { kind: "text", text: "", action: text };
  if (kind === "edit") return { kind: "text", text };
  if (kind === "unsupported") return { kind: "unsupported", text };
  return { kind, text };
}
