import type { ChannelName } from "../core/channels.js";
import type { Channel } from "../generated/prisma/enums.js";
import type { Sql, Tx } from "./database.js";

/** Of these chat ids (one person's several platform ids), the one whose conversation began first. */
export async function firstConversationChatId(sql: Sql, channel: Channel, chatIds: string[]): Promise<string | undefined> {
  const [row] = await sql.rows<{ chatId: string }>`
    SELECT "chatId" FROM "Conversation" WHERE channel = ${channel}::"Channel" AND "chatId" = ANY(${chatIds}::text[]) ORDER BY "createdAt" LIMIT 1`;
  return row?.chatId;
}

/** A conversation as the inbound job holds it; `State` is the engine's dialogue state (src/conversation). */
export interface LockedConversation<State> {
  id: string;
  channel: ChannelName;
  reporterId: string;
  state: State | null;
}

/** Locks those of these conversations no other transaction holds (in id order), skipping the held ones. */
export async function lockFreeConversations<State>(tx: Sql, conversationIds: string[]): Promise<LockedConversation<State>[]> {
  return tx.rows<LockedConversation<State>>`
    SELECT id, channel::text AS channel, "reporterId", state FROM "Conversation"
    WHERE id = ANY(${conversationIds}::uuid[]) ORDER BY id FOR NO KEY UPDATE SKIP LOCKED`;
}

/**
 * Locks these conversations (in id order), waiting up to `lockWait` (PostgreSQL interval text, e.g.
 * "5s") for a holder's transaction; a longer wait throws PostgreSQL's lock_not_available (55P03).
 */
export async function lockConversationsWaiting<State>(
  tx: Sql,
  conversationIds: string[],
  lockWait: string,
): Promise<LockedConversation<State>[]> {
  const [setting] = await tx.rows<{ previous: string }>`
    SELECT current_setting('lock_timeout') AS previous, set_config('lock_timeout', ${lockWait}, true)`;
  const rows = await tx.rows<LockedConversation<State>>`
    SELECT id, channel::text AS channel, "reporterId", state FROM "Conversation"
    WHERE id = ANY(${conversationIds}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;
  await tx.run`SELECT set_config('lock_timeout', ${setting!.previous}, true)`;
  return rows;
}

/** Those of these conversations that have inbound messages waiting to be processed. */
export async function conversationsWithWaitingMessages(sql: Sql, conversationIds: string[]): Promise<string[]> {
  const rows = await sql.rows<{ conversationId: string }>`
    SELECT DISTINCT "conversationId" FROM "Message"
    WHERE "conversationId" = ANY(${conversationIds}::uuid[]) AND direction = 'IN' AND state = 'RECEIVED'`;
  return rows.map((r) => r.conversationId);
}

/** The dialogue states of these conversations, in one statement. */
export async function saveConversationStates(tx: Sql, states: Map<string, unknown>, at: Date): Promise<void> {
  if (states.size === 0) return;
  const ids = [...states.keys()];
  const json = ids.map((id) => JSON.stringify(states.get(id)));
  await tx.run`
    UPDATE "Conversation" AS c SET state = v.state::jsonb, "updatedAt" = ${at}::timestamp(3)
    FROM (SELECT unnest(${ids}::uuid[]) AS id, unnest(${json}::text[]) AS state) AS v
    WHERE c.id = v.id`;
}

/**
 * Locks (skipping those another transaction holds) up to `limit` conversations in an intake left
 * unfinished: a story or media in the draft, no case, no emergency, no reminder yet, no message
 * waiting, and the latest inbound message older than `quietSince`; not for a reporter known to be
 * unreachable (the bot blocked), whom a reminder would not reach. The same test as
 * isUnfinishedIntake in src/conversation/intake-reminder.ts, which re-checks the locked state;
 * the partial index Conversation_unfinished_intake_idx holds exactly these intakes.
 */
export async function lockQuietUnfinishedIntakes<State>(tx: Sql, quietSince: Date, limit: number): Promise<LockedConversation<State>[]> {
  return tx.rows<LockedConversation<State>>`
    SELECT c.id, c.channel::text AS channel, c."reporterId", c.state FROM "Conversation" c
    WHERE (c.state->>'step') = 'intake'
      AND (c.state->'draft'->'description') <> '[]'::jsonb
      AND (c.state->'draft'->'caseId') IS NULL
      AND (c.state->'draft'->'remindedAt') IS NULL
      AND (c.state->'draft'->>'emergencyCreated') IS DISTINCT FROM 'true'
      AND NOT EXISTS (SELECT 1 FROM "Reporter" r WHERE r.id = c."reporterId" AND r."unreachableAt" IS NOT NULL)
      AND NOT EXISTS (
        SELECT 1 FROM "Message" m WHERE m."conversationId" = c.id AND m.direction = 'IN'
          AND (m."createdAt" >= ${quietSince}::timestamp(3) OR m.state = 'RECEIVED'))
    ORDER BY c."updatedAt" LIMIT ${limit}
    FOR NO KEY UPDATE OF c SKIP LOCKED`;
}

/** The conversation's channel; throws when it does not exist. */
export async function conversationChannel(tx: Tx, conversationId: string): Promise<string> {
  return (await tx.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { channel: true } })).channel;
}
