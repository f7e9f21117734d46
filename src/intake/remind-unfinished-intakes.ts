import { Outbox } from "../cases/outbox.js";
import type { ConversationState } from "../conversation/engine.js";
import { remindUnfinishedIntake } from "../conversation/intake-reminder.js";
import { conversationsWithWaitingMessages, lockQuietUnfinishedIntakes, saveConversationStates } from "../store/conversations.js";
import { inSqlTransaction } from "../store/database.js";
import type { PipelineDeps } from "./pipeline-deps.js";
import { queueReplies } from "./render-replies.js";

/** Conversations reminded per transaction: the locks are held only for a few inserts each. */
const BATCH = 100;
/** Transactions one sweep runs at most; the next sweep goes on. */
const MAX_ROUNDS = 20;

/**
 * Sends the reminder of an unfinished intake (src/conversation/intake-reminder.ts) to every
 * conversation whose latest inbound message is older than `quietForMs`. The inbound pipeline's
 * path: the conversation locked (FOR NO KEY UPDATE SKIP LOCKED), state and reply rows in one
 * transaction, the jobs queued after commit. The reminder is recorded in the state it commits,
 * so a second sweep, in this process or another, finds nothing to send; a conversation the
 * inbound job holds is skipped and looked at again next time. Resolves how many were reminded.
 */
export async function remindUnfinishedIntakes(
  deps: Pick<PipelineDeps, "sql" | "queues" | "log" | "rules" | "retention" | "now">,
  quietForMs: number,
): Promise<number> {
  let reminded = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const { count, locked } = await remindBatch(deps, quietForMs);
    reminded += count;
    if (locked < BATCH) break;
  }
  return reminded;
}

async function remindBatch(
  deps: Pick<PipelineDeps, "sql" | "queues" | "log" | "rules" | "retention" | "now">,
  quietForMs: number,
): Promise<{ count: number; locked: number }> {
  const now = deps.now?.() ?? new Date();
  const outbox = new Outbox({ deferWrites: true });
  const result = await inSqlTransaction(deps.sql, async (tx) => {
    const locked = await lockQuietUnfinishedIntakes<ConversationState>(tx, new Date(now.getTime() - quietForMs), BATCH);
    const states = new Map<string, ConversationState>();
    for (const conversation of locked) {
      const decision = remindUnfinishedIntake(conversation.state ?? {}, { now, ...(deps.retention ? { retention: deps.retention } : {}) });
      if (!decision) continue;
      states.set(conversation.id, decision.state);
      await queueReplies(tx, outbox, deps, conversation, decision.replies, { state: decision.state, emergency: false, linkMessage: false });
      deps.log.info({ conversationId: conversation.id, reason: decision.reason }, "intake reminder queued");
    }
    await outbox.writeDeferred(tx);
    await saveConversationStates(tx, states, new Date());
    return { count: states.size, ids: locked.map((c) => c.id) };
  });
  await outbox.flush(deps.queues);
  // A message that arrived while this held its conversation was left to it by the inbound job
  // (SKIP LOCKED): hand it back to the inbound queue.
  if (result.ids.length > 0) {
    const waiting = await conversationsWithWaitingMessages(deps.sql, result.ids);
    if (waiting.length > 0) await deps.queues.addInbound(waiting);
  }
  return { count: result.count, locked: result.ids.length };
}
