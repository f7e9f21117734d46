import type { Sql } from "../infra/sql.js";
import type { ChannelName } from "../channels/contract.js";
import { decide, type Button, type CaseFacts, type ConversationState, type EngineInput } from "../conversation/engine.js";
import { Outbox } from "../cases/outbox.js";
import { pendingConsents } from "../cases/follow-case.js";
import { pendingSurveys } from "../cases/satisfaction-survey.js";
import { applyEffects, type EffectResults } from "./apply-effects.js";
import { renderPlaceholder } from "./render-replies.js";
import { openStatusSql } from "../infra/case-status-sql.js";
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

interface ConversationRow {
  id: string;
  channel: ChannelName;
  reporterId: string;
  state: ConversationState | null;
}
interface PendingRow {
  id: string;
  conversationId: string;
  kind: string;
  text: string | null;
  createdAt: Date;
}
interface ProcessedMark {
  id: string;
  state: "PROCESSED" | "IGNORED";
  note: string;
  caseId: string | null;
}

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
    const waiting = await deps.sql.rows<{ conversationId: string }>`
      SELECT DISTINCT "conversationId" FROM "Message"
      WHERE "conversationId" = ANY(${held.locked}::uuid[]) AND direction = 'IN' AND state = 'RECEIVED'`;
    ids = waiting.map((w) => w.conversationId);
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
  const results: EffectResults = { slaTimers: [], followUps: [], touchedCases: new Map(), alerts: new Map(), lookups: new Map() };
  // Voice notes of this batch, transcribed after commit when a transcription server is configured.
  const voiceNotes: string[] = [];
  // Read (or taken from cache) before the transaction holds a connection.
  const missions = deps.missions ? await deps.missions.current() : undefined;

  const outcome = await deps.sql.transaction(async (tx) => {
    const locked = mode.emergency
      ? await lockWaiting(tx, conversationIds)
      : await tx.rows<ConversationRow>`
      SELECT id, channel::text AS channel, "reporterId", state FROM "Conversation"
      WHERE id = ANY(${conversationIds}::uuid[]) ORDER BY id FOR NO KEY UPDATE SKIP LOCKED`;
    if (locked.length === 0) return { processed: 0, locked: [] };
    const conversations = new Map(locked.map((c) => [c.id, c]));
    const batch = await tx.rows<PendingRow>`
      SELECT id, "conversationId", kind, text, "createdAt" FROM "Message"
      WHERE "conversationId" = ANY(${[...conversations.keys()]}::uuid[]) AND direction = 'IN' AND state = 'RECEIVED'
      ORDER BY seq LIMIT ${batchMessages}`;
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

      for (const part of decision.replies) {
        const reply: { text: string; buttons?: Button[] } | null = "text" in part ? part : renderPlaceholder(part, outcome, deps);
        if (!reply) continue;
        await outbox.add(tx, {
          conversationId: conversation.id,
          channel: conversation.channel,
          text: reply.text,
          ...(reply.buttons ? { buttons: reply.buttons } : {}),
          caseId: outcome.caseId ?? null,
          emergency: outcome.emergency,
        });
      }
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
    await recordFollowUps(tx, results.followUps);
    await saveStates(tx, states);
    await markProcessed(tx, marks);
    return { processed: batch.length, locked: [...conversations.keys()] };
  });

  await outbox.flush(deps.queues);
  await deps.queues.addSlaTimers(results.slaTimers);
  await deps.queues.addTranscriptions(voiceNotes);
  for (const [caseId, type] of results.touchedCases) await deps.updates.publish({ type, caseId });
  for (const [caseId, agencyIds] of results.alerts) await deps.updates.publish({ type: "case.alert", caseId, agencyIds });
  return outcome;
}

/**
 * The emergency job's lock: waits for a holder's transaction to end instead of skipping. Rows
 * are locked in id order like everywhere else, and ordinary jobs never wait (SKIP LOCKED), so
 * no wait can go round in a circle.
 */
async function lockWaiting(tx: Sql, conversationIds: string[]): Promise<ConversationRow[]> {
  const [setting] = await tx.rows<{ previous: string }>`
    SELECT current_setting('lock_timeout') AS previous, set_config('lock_timeout', ${EMERGENCY_LOCK_WAIT}, true)`;
  const rows = await tx.rows<ConversationRow>`
    SELECT id, channel::text AS channel, "reporterId", state FROM "Conversation"
    WHERE id = ANY(${conversationIds}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;
  await tx.run`SELECT set_config('lock_timeout', ${setting!.previous}, true)`;
  return rows;
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
  const rows = await tx.rows<CaseFacts & { reporterId: string; status: string }>`
    SELECT DISTINCT ON ("reporterId", status = 'SELESAI') "reporterId", id, ticket, kind, "extraKinds", "destinationCountry" AS country, status::text AS status FROM "Case"
    WHERE "reporterId" = ANY(${reporterIds}::uuid[]) AND "mergedIntoId" IS NULL
      AND (${openStatusSql()} OR (status = 'SELESAI' AND "resolvedAt" >= ${new Date(now.getTime() - REOPEN_WITHIN_MS)}::timestamp(3)))
    ORDER BY "reporterId", status = 'SELESAI', COALESCE("resolvedAt", "createdAt") DESC`;
  const openCases = new Map<string, CaseFacts>();
  const resolvedCases = new Map<string, CaseFacts>();
  for (const { reporterId, status, ...facts } of rows) (status === "SELESAI" ? resolvedCases : openCases).set(reporterId, facts);
  return { openCases, resolvedCases };
}

/**
 * One statement for the whole batch, and its last write: processedAt is (within one round trip)
 * when the replies were committed. PostgreSQL's clock, in UTC like every timestamp column.
 */
async function markProcessed(tx: Sql, marks: ProcessedMark[]): Promise<void> {
  if (marks.length === 0) return;
  await tx.run`
    UPDATE "Message" AS m SET
      state = v.state::"DeliveryState", note = v.note, "processedAt" = clock_timestamp() AT TIME ZONE 'UTC',
      "caseId" = COALESCE(v.case_id::uuid, m."caseId")
    FROM (SELECT unnest(${marks.map((m) => m.id)}::uuid[]) AS id, unnest(${marks.map((m) => m.state)}::text[]) AS state,
                 unnest(${marks.map((m) => m.note)}::text[]) AS note,
                 unnest(${marks.map((m) => m.caseId)}::text[]) AS case_id) AS v
    WHERE m.id = v.id`;
}

/** REPORTER_MESSAGE events for follow-ups, and their files joined to the case (the messages are linked by markProcessed). */
async function recordFollowUps(tx: Sql, followUps: EffectResults["followUps"]): Promise<void> {
  if (followUps.length === 0) return;
  await tx.run`
    WITH v AS (
      SELECT * FROM unnest(${followUps.map((f) => f.caseId)}::uuid[], ${followUps.map((f) => f.messageId)}::uuid[], ${followUps.map((f) => f.at)}::text[])
        WITH ORDINALITY AS v(case_id, message_id, at, n)),
    files AS (
      UPDATE "Attachment" a SET "caseId" = v.case_id FROM v WHERE a."messageId" = v.message_id AND a."caseId" IS NULL)
    INSERT INTO "CaseEvent" (id, "caseId", type, data, "createdAt")
    SELECT gen_random_uuid(), v.case_id, 'REPORTER_MESSAGE', jsonb_build_object('messageId', v.message_id), v.at::timestamp(3) FROM v ORDER BY v.n`;
}

async function saveStates(tx: Sql, states: Map<string, ConversationState>): Promise<void> {
  if (states.size === 0) return;
  const ids = [...states.keys()];
  const json = ids.map((id) => JSON.stringify(states.get(id)));
  await tx.run`
    UPDATE "Conversation" AS c SET state = v.state::jsonb, "updatedAt" = ${new Date()}::timestamp(3)
    FROM (SELECT unnest(${ids}::uuid[]) AS id, unnest(${json}::text[]) AS state) AS v
    WHERE c.id = v.id`;
}

function engineInput(kind: string, text: string): EngineInput {
  if (kind === "action") return { kind: "text", text: "", action: text };
  if (kind === "edit") return { kind: "text", text };
  if (kind === "unsupported") return { kind: "unsupported", text };
  return { kind, text };
}
