import type { Logger } from "../logger.js";
import type { Db } from "../infra/prisma.js";
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

const BATCH = 50;
const IGNORED_KINDS = new Set(["reaction", "revoke"]);

/**
 * The inbound job: under a row lock on the conversation, take its unprocessed messages in
 * arrival order and run each through the conversation engine. Everything the engine decides
 * (state, cases, replies as outbox rows, processed marks) commits together, so a crash mid-job
 * rolls back and the retried job does the same work once. A message already processed is
 * skipped: a duplicate job is a no-op.
 */
export async function processConversation(deps: PipelineDeps, conversationId: string): Promise<{ processed: number; more: boolean }> {
  const { db, log } = deps;
  const outbox = new Outbox();
  const results: EffectResults = { createdCases: [], touchedCases: new Map() };

  const { processed, more } = await db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Conversation" WHERE id = ${conversationId}::uuid FOR UPDATE`;
      if (locked.length === 0) return { processed: 0, more: false };
      const conversation = await tx.conversation.findUniqueOrThrow({
        where: { id: conversationId },
        select: { id: true, channel: true, chatId: true, reporterId: true, state: true },
      });
      const pending = await tx.message.findMany({
        where: { conversationId, direction: "IN", state: "RECEIVED" },
        orderBy: { seq: "asc" },
        take: BATCH + 1,
        select: { id: true, kind: true, text: true, createdAt: true, payload: true },
      });
      const batch = pending.slice(0, BATCH);
      let state = (conversation.state ?? {}) as ConversationState;
      const channel = conversation.channel as ChannelName;

      for (const message of batch) {
        const now = deps.now?.() ?? new Date();
        if (IGNORED_KINDS.has(message.kind)) {
          await tx.message.update({ where: { id: message.id }, data: { state: "IGNORED", note: `ignored: ${message.kind}`, processedAt: now } });
          log.debug({ messageId: message.id, kind: message.kind }, "inbound ignored on purpose");
          continue;
        }
        const openCase = await tx.case.findFirst({
          where: { reporterId: conversation.reporterId, status: { notIn: ["SELESAI", "DITUTUP"] }, mergedIntoId: null },
          orderBy: { createdAt: "desc" },
          select: { id: true, ticket: true },
        });
        const input = engineInput(message.kind, message.text ?? "");
        const decision = decide(state, input, {
          now,
          hotlines: deps.hotlines,
          defaultOnBehalf: channel === "TELEGRAM",
          openCase,
          messageReceivedAt: message.createdAt,
          pendingConsent: await pendingConsentFor(tx, conversation.reporterId),
        });
        const effectContext = { tx, deps, conversation: { ...conversation, channel }, messageId: message.id, now, results, outbox };
        const outcome = await applyEffects(effectContext, decision.effects, decision.state);
        state = outcome.state;

        for (const part of decision.replies) {
          const reply: { text: string; buttons?: Button[] } | null = "text" in part ? part : renderPlaceholder(part, outcome, deps);
          if (!reply) continue;
          await outbox.add(tx, {
            conversationId,
            channel,
            text: reply.text,
            ...(reply.buttons ? { buttons: reply.buttons } : {}),
            caseId: outcome.caseId ?? null,
            emergency: outcome.emergency,
          });
        }
        await tx.message.update({
          where: { id: message.id },
          data: {
            state: "PROCESSED",
            note: decision.reason,
            processedAt: now,
            ...(outcome.caseId && outcome.linkMessage ? { caseId: outcome.caseId } : {}),
          },
        });
        log.info({ messageId: message.id, conversationId, reason: decision.reason, caseId: outcome.caseId }, "inbound processed");
      }
      await tx.conversation.update({ where: { id: conversationId }, data: { state: state as object } });
      return { processed: batch.length, more: pending.length > BATCH };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );

  await outbox.flush(deps.queues);
  for (const created of results.createdCases) {
    await deps.queues.addSlaTimer(created.id, "first-response", created.firstResponseDueAt);
    await deps.queues.addSlaTimer(created.id, "resolution", created.resolutionDueAt);
  }
  for (const [caseId, type] of results.touchedCases) await deps.events.publish({ type, caseId });
  return { processed, more };
}

function engineInput(kind: string, text: string): EngineInput {
  if (kind === "action") return { kind: "text", text: "", action: text };
  if (kind === "edit") return { kind: "text", text };
  if (kind === "unsupported") return { kind: "unsupported", text };
  return { kind, text };
}

export type { ReplyPart };
