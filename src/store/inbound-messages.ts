import type { Sql } from "./database.js";

/**
 * The intake's writes (plain SQL: every inbound message passes here), run inside the group
 * commit's transaction (`inSqlTransaction`). Arrays travel as one bind parameter each (unnest).
 */

export interface StoredMessageRow {
  channel: string;
  externalId: string;
  id: string;
  conversationId: string;
  state: string;
}

/** The messages among these (channel, platform id) pairs that are stored already. */
export async function findStoredMessages(tx: Sql, keys: { channel: string; externalId: string }[]): Promise<StoredMessageRow[]> {
  return tx.rows<StoredMessageRow>`
    SELECT m.channel::text AS channel, m."externalId", m.id, m."conversationId", m.state::text AS state
    FROM "Message" m JOIN unnest(${keys.map((k) => k.channel)}::text[], ${keys.map((k) => k.externalId)}::text[]) AS k(channel, external_id)
      ON m.channel = k.channel::"Channel" AND m."externalId" = k.external_id`;
}

/**
 * A conversation for every chat that has none yet; the chats' reporters are marked reachable
 * again (someone who writes is reachable, whatever a failed send said before).
 */
export async function openConversations(
  tx: Sql,
  chats: { channel: string; chatId: string; reporterId: string }[],
  at: Date,
): Promise<void> {
  await tx.run`
    WITH reachable AS (
      UPDATE "Reporter" SET "unreachableAt" = NULL
      WHERE id = ANY(${[...new Set(chats.map((c) => c.reporterId))]}::uuid[]) AND "unreachableAt" IS NOT NULL)
    INSERT INTO "Conversation" (id, channel, "chatId", "reporterId", state, "lastInboundAt", "createdAt", "updatedAt")
    SELECT DISTINCT ON (k.channel, k.chat_id) gen_random_uuid(), k.channel::"Channel", k.chat_id, k.reporter_id::uuid, '{}'::jsonb,
           ${at}::timestamp(3), ${at}::timestamp(3), ${at}::timestamp(3)
    FROM unnest(${chats.map((c) => c.channel)}::text[], ${chats.map((c) => c.chatId)}::text[], ${chats.map((c) => c.reporterId)}::text[])
      AS k(channel, chat_id, reporter_id)
    ON CONFLICT (channel, "chatId") DO NOTHING`;
}

export interface NewInboundMessage {
  channel: string;
  externalId: string;
  chatId: string;
  kind: string;
  text: string | null;
  payload: object;
}

/** Inserts messages (RECEIVED) into their chats' conversations, in the given order; a duplicate is skipped. Resolves the inserted ones. */
export async function insertInboundMessages(
  tx: Sql,
  messages: NewInboundMessage[],
  at: Date,
): Promise<{ id: string; channel: string; externalId: string }[]> {
  return tx.rows<{ id: string; channel: string; externalId: string }>`
    INSERT INTO "Message" (id, channel, "externalId", "conversationId", direction, kind, text, payload, state, "createdAt", attempts)
    SELECT gen_random_uuid(), k.channel::"Channel", k.external_id, c.id, 'IN', k.kind, k.text, k.payload::jsonb, 'RECEIVED', ${at}::timestamp(3), 0
    FROM unnest(${messages.map((m) => m.channel)}::text[], ${messages.map((m) => m.externalId)}::text[],
                ${messages.map((m) => m.chatId)}::text[], ${messages.map((m) => m.kind)}::text[],
                ${messages.map((m) => m.text)}::text[], ${messages.map((m) => JSON.stringify(m.payload))}::text[])
           WITH ORDINALITY AS k(channel, external_id, chat_id, kind, text, payload, n)
    JOIN "Conversation" c ON c.channel = k.channel::"Channel" AND c."chatId" = k.chat_id
    ORDER BY k.n
    ON CONFLICT (channel, "externalId") DO NOTHING
    RETURNING id, channel::text AS channel, "externalId"`;
}

/** One file of a stored message (one statement per file: files are rare, and large). */
export async function insertAttachment(
  tx: Sql,
  messageId: string,
  file: { mime: string; fileName: string | null; data: Buffer },
  at: Date,
): Promise<void> {
  await tx.run`
    INSERT INTO "Attachment" (id, "messageId", mime, "fileName", size, data, "createdAt")
    VALUES (gen_random_uuid(), ${messageId}::uuid, ${file.mime}, ${file.fileName}, ${file.data.length}, ${file.data}, ${at}::timestamp(3))`;
}

export interface WaitingMessage {
  id: string;
  conversationId: string;
  kind: string;
  text: string | null;
  createdAt: Date;
}

/** The inbound messages of these conversations still waiting, in arrival order, at most `limit`. */
export async function waitingMessages(tx: Sql, conversationIds: string[], limit: number): Promise<WaitingMessage[]> {
  return tx.rows<WaitingMessage>`
    SELECT id, "conversationId", kind, text, "createdAt" FROM "Message"
    WHERE "conversationId" = ANY(${conversationIds}::uuid[]) AND direction = 'IN' AND state = 'RECEIVED'
    ORDER BY seq LIMIT ${limit}`;
}

export interface ProcessedMark {
  id: string;
  state: "PROCESSED" | "IGNORED";
  note: string;
  caseId: string | null;
}

/**
 * Marks messages processed (or ignored), linking each to its case, in one statement. processedAt
 * is PostgreSQL's clock (in UTC like every timestamp column): when the replies were committed,
 * within one round trip, when this is the transaction's last write.
 */
export async function markInboundProcessed(tx: Sql, marks: ProcessedMark[]): Promise<void> {
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

/** The case a message belongs to now (null: none), read inside the transaction that holds its conversation. */
export async function caseOfMessage(tx: Sql, messageId: string): Promise<string | null> {
  const [row] = await tx.rows<{ caseId: string | null }>`SELECT "caseId" FROM "Message" WHERE id = ${messageId}::uuid`;
  return row?.caseId ?? null;
}

/** The conversation's messages since `since` that belong to no case join it (all but `exceptId`). Resolves their ids. */
export async function attachUnlinkedMessages(
  tx: Sql,
  link: { conversationId: string; caseId: string; since: Date; exceptId: string },
): Promise<string[]> {
  const rows = await tx.rows<{ id: string }>`
    UPDATE "Message" SET "caseId" = ${link.caseId}::uuid
    WHERE "conversationId" = ${link.conversationId}::uuid AND direction = 'IN' AND "caseId" IS NULL
      AND "createdAt" >= ${link.since}::timestamp(3) AND id <> ${link.exceptId}::uuid
    RETURNING id`;
  return rows.map((r) => r.id);
}

/** How many of the reporter's messages processed within `window` (PostgreSQL interval text) the engine noted with one of `reasons`. */
export async function countRecentlyProcessed(tx: Sql, reporterId: string, reasons: readonly string[], window: string): Promise<number> {
  const [counted] = await tx.rows<{ n: number }>`
    SELECT count(*)::int AS n FROM "Message" m JOIN "Conversation" c ON c.id = m."conversationId"
    WHERE c."reporterId" = ${reporterId}::uuid AND m.direction = 'IN' AND m.note = ANY(${[...reasons]}::text[])
      AND m."processedAt" > (clock_timestamp() AT TIME ZONE 'UTC') - ${window}::interval`;
  return counted!.n;
}
