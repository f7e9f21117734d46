import type { Logger } from "../logger.js";
import type { Db, Prisma } from "../infra/prisma.js";
import type { JobQueues } from "../../queues/job-queues.js";
import type { ChannelName } from "../channels/contract.js";
import { decide, type Button, type ConversationState, type EngineInput, type ReplyPart } from "../conversation/engine.js";
import type { Hotlines } from "../core/texts.js";
import { Outbox } from "../cases/outbox.js";
import { pendingConsentFor } from "../cases/follow-case.js";
import type { CaseRules } from "../cases/create-case.js";
import type { CaseEventBus } from "../cases/case-event-bus.js";
import { applyEffects, type EffectResults } from "./apply-effects.js";
import { renderPlaceholder } from "./render-replies.js";

export interface PipelineDeps {
  db: Db;
  queues: JobQueues;
  log: Logger;
  rules: CaseRules;
  hotlines: Hotlines;
  events: CaseEventBus;
  now?: () => Date;
}

/** Messages per transaction, and conversations a job may take beyond its own. */
const BATCH_MESSAGES = 200;
const EXTRA_CONVERSATIONS = 49;
const IGNORED_KINDS = new Set(["reaction", "revoke"]);

interface ConversationRow {
  id: string;
  channel: ChannelName;
  chatId: string;
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
  at: Date;
  caseId: string | null;
}

/**
 * The inbound job. It locks its own conversation (waiting if another job holds it) and, to
 * drain a busy queue in batches, up to 49 other conversations with waiting messages that no one
 * else holds (SKIP LOCKED). Their unprocessed messages run through the conversation engine in
 * arrival order; everything decided — state, cases, reply rows, processed marks — commits in
 * one transaction, so a crash mid-job rolls back and the retried job does the same work once.
 * A message already processed is skipped: duplicate and leftover jobs are no-ops.
 */
export async function processConversation(deps: PipelineDeps, conversationId: string): Promise<{ processed: number; more: boolean; busy?: boolean }> {
  // Most jobs of a busy chat find their message already handled by an earlier batch: a cheap
  // look before opening a transaction keeps those jobs from costing one.
  const waiting = await deps.db.$queryRaw<unknown[]>`
    SELECT 1 FROM "Message" WHERE "conversationId" = ${conversationId}::uuid AND direction = 'IN' AND state = 'RECEIVED' LIMIT 1`;
  if (waiting.length === 0) return { processed: 0, more: false };

  const outbox = new Outbox({ deferWrites: true });
  const results: EffectResults = { createdCases: [], touchedCases: new Map() };

  const { processed, more, busy } = await deps.db.$transaction<{ processed: number; more: boolean; busy?: boolean }>(
    async (tx) => {
      const own = await tx.$queryRaw<ConversationRow[]>`
        SELECT id, channel::text AS channel, "chatId", "reporterId", state FROM "Conversation"
        WHERE id = ${conversationId}::uuid FOR NO KEY UPDATE SKIP LOCKED`;
      const others = await tx.$queryRaw<ConversationRow[]>`
        SELECT id, channel::text AS channel, "chatId", "reporterId", state FROM "Conversation"
        WHERE id IN (
          SELECT DISTINCT "conversationId" FROM "Message"
          WHERE direction = 'IN' AND state = 'RECEIVED' AND "conversationId" <> ${conversationId}::uuid
          LIMIT ${EXTRA_CONVERSATIONS})
        FOR NO KEY UPDATE SKIP LOCKED`;
      const conversations = new Map([...own, ...others].map((c) => [c.id, c]));
      // Another job holds this chat (it took it into its batch): never wait behind it — the
      // worker checks again shortly, by which time that job has committed.
      if (own.length === 0) return { processed: 0, more: false, busy: true };
      if (conversations.size === 0) return { processed: 0, more: false };

      const ids = [...conversations.keys()];
      const pending = await tx.$queryRaw<PendingRow[]>`
        SELECT id, "conversationId", kind, text, "createdAt" FROM "Message"
        WHERE "conversationId" = ANY(${ids}::uuid[]) AND direction = 'IN' AND state = 'RECEIVED'
        ORDER BY seq LIMIT ${BATCH_MESSAGES + 1}`;
      const batch = pending.slice(0, BATCH_MESSAGES);
      const openCases = await loadOpenCases(tx, [...new Set([...conversations.values()].map((c) => c.reporterId))]);
      const states = new Map<string, ConversationState>();
      const marks: ProcessedMark[] = [];

      for (const message of batch) {
        const conversation = conversations.get(message.conversationId)!;
        const now = deps.now?.() ?? new Date();
        if (IGNORED_KINDS.has(message.kind)) {
          marks.push({ id: message.id, state: "IGNORED", note: `ignored: ${message.kind}`, at: now, caseId: null });
          deps.log.debug({ messageId: message.id, kind: message.kind }, "inbound ignored on purpose");
          continue;
        }
        const state = states.get(conversation.id) ?? conversation.state ?? {};
        const openCase = openCases.get(conversation.reporterId) ?? null;
        const decision = decide(state, engineInput(message.kind, message.text ?? ""), {
          now,
          hotlines: deps.hotlines,
          defaultOnBehalf: conversation.channel === "TELEGRAM",
          openCase,
          messageReceivedAt: message.createdAt,
          // A follow request is always about one of the reporter's own open cases.
          pendingConsent: openCase ? await pendingConsentFor(tx, conversation.reporterId) : null,
        });
        const effectContext = { tx, deps, conversation, messageId: message.id, now, results, outbox };
        const outcome = await applyEffects(effectContext, decision.effects, decision.state);
        states.set(conversation.id, outcome.state);
        if (outcome.created) openCases.set(conversation.reporterId, { id: outcome.created.id, ticket: outcome.created.ticket });

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
        marks.push({ id: message.id, state: "PROCESSED", note: decision.reason, at: now, caseId: outcome.caseId && outcome.linkMessage ? outcome.caseId : null });
        deps.log.info({ messageId: message.id, conversationId: conversation.id, reason: decision.reason, caseId: outcome.caseId }, "inbound processed");
      }

      await outbox.writeDeferred(tx);
      await markProcessed(tx, marks);
      await saveStates(tx, states);
      const ownLeft = pending.slice(BATCH_MESSAGES).some((m) => m.conversationId === conversationId);
      return { processed: batch.length, more: ownLeft };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );

  await outbox.flush(deps.queues);
  for (const created of results.createdCases) {
    await deps.queues.addSlaTimer(created.id, "first-response", created.firstResponseDueAt);
    await deps.queues.addSlaTimer(created.id, "resolution", created.resolutionDueAt);
  }
  for (const [caseId, type] of results.touchedCases) await deps.events.publish({ type, caseId });
  return { processed, more, busy: busy ?? false };
}

/** Each reporter's most recent open case: follow-ups attach to it. */
async function loadOpenCases(tx: Prisma.TransactionClient, reporterIds: string[]): Promise<Map<string, { id: string; ticket: string }>> {
  const rows = await tx.$queryRaw<{ reporterId: string; id: string; ticket: string }[]>`
    SELECT DISTINCT ON ("reporterId") "reporterId", id, ticket FROM "Case"
    WHERE "reporterId" = ANY(${reporterIds}::uuid[]) AND status NOT IN ('SELESAI', 'DITUTUP') AND "mergedIntoId" IS NULL
    ORDER BY "reporterId", "createdAt" DESC`;
  return new Map(rows.map((r) => [r.reporterId, { id: r.id, ticket: r.ticket }]));
}

/** One statement for the whole batch. Timestamps travel as UTC text: the columns hold UTC. */
async function markProcessed(tx: Prisma.TransactionClient, marks: ProcessedMark[]): Promise<void> {
  if (marks.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Message" AS m SET
      state = v.state::"DeliveryState", note = v.note, "processedAt" = v.at::timestamp(3),
      "caseId" = COALESCE(v.case_id::uuid, m."caseId")
    FROM (SELECT unnest(${marks.map((m) => m.id)}::uuid[]) AS id, unnest(${marks.map((m) => m.state)}::text[]) AS state,
                 unnest(${marks.map((m) => m.note)}::text[]) AS note, unnest(${marks.map((m) => m.at.toISOString())}::text[]) AS at,
                 unnest(${marks.map((m) => m.caseId)}::text[]) AS case_id) AS v
    WHERE m.id = v.id`;
}

async function saveStates(tx: Prisma.TransactionClient, states: Map<string, ConversationState>): Promise<void> {
  if (states.size === 0) return;
  const ids = [...states.keys()];
  const json = ids.map((id) => JSON.stringify(states.get(id)));
  const at = new Date().toISOString();
  await tx.$executeRaw`
    UPDATE "Conversation" AS c SET state = v.state::jsonb, "updatedAt" = ${at}::timestamp(3)
    FROM (SELECT unnest(${ids}::uuid[]) AS id, unnest(${json}::text[]) AS state) AS v
    WHERE c.id = v.id`;
}

function engineInput(kind: string, text: string): EngineInput {
  if (kind === "action") return { kind: "text", text: "", action: text };
  if (kind === "edit") return { kind: "text", text };
  if (kind === "unsupported") return { kind: "unsupported", text };
  return { kind, text };
}

export type { ReplyPart };
