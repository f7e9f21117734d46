/** The outbox: outbound rows as their channel's worker delivers them, and rows of both directions whose wake-up job may be lost. */
import type { Prisma } from "../infra/prisma.js";
import { type CaseScope, scopeWhere } from "./case-scope.js";
import type { Db, Sql, Tx } from "./database.js";

/** An outbound row as its channel's worker delivers it (plain SQL: every reply passes here). */
export interface OutboundRow<Payload> {
  id: string;
  state: string;
  text: string | null;
  /** The JSON payload, typed by the caller (the channel contract owns its shape). */
  payload: Payload | null;
  chatId: string;
  reporterId: string;
  caseId: string | null;
  /** Messages of the same chat written before this one and not yet sent. */
  earlier: boolean;
}

export async function findOutboundForDelivery<Payload>(sql: Sql, messageId: string): Promise<OutboundRow<Payload> | undefined> {
  const [row] = await sql.rows<OutboundRow<Payload>>`
    SELECT m.id, m.state::text AS state, m.text, m.payload, c."chatId", c."reporterId", m."caseId",
           EXISTS (SELECT 1 FROM "Message" e WHERE e."conversationId" = m."conversationId" AND e.direction = 'OUT' AND e.state = 'QUEUED' AND e.seq < m.seq) AS earlier
    FROM "Message" m JOIN "Conversation" c ON c.id = m."conversationId"
    WHERE m.id = ${messageId}::uuid`;
  return row;
}

/** The ids of the chat's replies written before this one and still queued. */
export async function queuedBeforeInChat(sql: Sql, messageId: string): Promise<string[]> {
  const rows = await sql.rows<{ id: string }>`
    SELECT e.id FROM "Message" m JOIN "Message" e ON e."conversationId" = m."conversationId"
    WHERE m.id = ${messageId}::uuid AND e.direction = 'OUT' AND e.state = 'QUEUED' AND e.seq < m.seq`;
  return rows.map((r) => r.id);
}

/** Sent: the platform's id (when it gave one) joins the payload, the sender's note replaces the old one. */
export async function markOutboundSent(
  sql: Sql,
  messageId: string,
  sent: { at: Date; payload: string | null; note: string | null },
): Promise<void> {
  await sql.run`
    UPDATE "Message" SET state = 'SENT', "sentAt" = ${sent.at}::timestamp(3), attempts = attempts + 1, error = NULL,
      payload = COALESCE(${sent.payload}::jsonb, payload), note = COALESCE(${sent.note}, note)
    WHERE id = ${messageId}::uuid`;
}

/** One more try that failed, with its reason (the row stays QUEUED for the next try). */
export async function recordOutboundAttemptFailed(sql: Sql, messageId: string, reason: string): Promise<void> {
  await sql.run`UPDATE "Message" SET attempts = attempts + 1, error = ${reason} WHERE id = ${messageId}::uuid`;
}

/** After the last try: FAILED with its error, for officers. Resolves the message's case; throws when the row is gone. */
export async function markOutboundFailed(sql: Sql, messageId: string, error: string): Promise<{ caseId: string | null }> {
  const [row] = await sql.rows<{ caseId: string | null }>`
    UPDATE "Message" SET state = 'FAILED', error = ${error} WHERE id = ${messageId}::uuid RETURNING "caseId"`;
  if (!row) throw new Error(`outbound message ${messageId} not found`);
  return row;
}

/** Inbound rows still RECEIVED since before `before` (their job may be lost). */
export async function strandedInbound(
  db: Db,
  before: Date,
  take: number,
): Promise<{ id: string; conversationId: string; text: string | null }[]> {
  return db.message.findMany({
    where: { direction: "IN", state: "RECEIVED", createdAt: { lt: before } },
    select: { id: true, conversationId: true, text: true },
    take,
  });
}

/** Outbound rows still QUEUED since before `before`, oldest first, with their case's urgency. */
export async function strandedOutbound(
  db: Db,
  before: Date,
  take: number,
): Promise<{ id: string; channel: string; case: { urgency: string } | null }[]> {
  return db.message.findMany({
    where: { direction: "OUT", state: "QUEUED", createdAt: { lt: before } },
    select: { id: true, channel: true, case: { select: { urgency: true } } },
    orderBy: { seq: "asc" },
    take,
  });
}

/** Outbound messages of a scope's cases; messages outside any case (menus, questions) only for the national level. */
function visibleOutbound(scope: CaseScope, state: "FAILED" | "QUEUED"): Prisma.MessageWhereInput {
  return { direction: "OUT", state, ...(scope.national ? {} : { case: scopeWhere(scope) }) };
}

/** FAILED or QUEUED outbound messages a scope sees (QUEUED ones written before `before`), as the Operasional page lists them. */
export async function listStuckOutbound(db: Db, scope: CaseScope, state: "FAILED" | "QUEUED", before?: Date) {
  return db.message.findMany({
    where: { ...visibleOutbound(scope, state), ...(before ? { createdAt: { lt: before } } : {}) },
    orderBy: { createdAt: state === "FAILED" ? "desc" : "asc" },
    take: 200,
    select: {
      id: true,
      channel: true,
      text: true,
      error: true,
      attempts: true,
      createdAt: true,
      caseId: true,
      case: { select: { ticket: true } },
      conversation: { select: { reporter: { select: { unreachableAt: true } } } },
    },
  });
}

export async function isFailedOutboundVisible(db: Db, scope: CaseScope, messageId: string): Promise<boolean> {
  return (await db.message.findFirst({ where: { id: messageId, ...visibleOutbound(scope, "FAILED") }, select: { id: true } })) !== null;
}

/** A FAILED outbound message back to QUEUED; resolves it (with its case's urgency), or undefined when it was not FAILED. */
export async function requeueFailed(tx: Tx, messageId: string) {
  const updated = await tx.message.updateManyAndReturn({
    where: { id: messageId, direction: "OUT", state: "FAILED" },
    data: { state: "QUEUED", error: null },
    select: { id: true, channel: true, caseId: true, case: { select: { urgency: true } } },
  });
  return updated[0];
}

/** An outbound row as the outbox writes it. */
export interface NewOutboundRow {
  id: string;
  channel: string;
  conversationId: string;
  caseId: string | null;
  kind: string;
  text: string;
  officerId: string | null;
  buttons: { label: string; action: string }[] | null;
}

/** Inserts outbound rows (QUEUED) in the order given: their seq keeps the order per chat. */
export async function insertOutboundRows(tx: Sql, rows: NewOutboundRow[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  await tx.run`
    INSERT INTO "Message" (id, channel, "conversationId", "caseId", direction, kind, text, payload, state, "officerId", "createdAt", attempts)
    SELECT k.id::uuid, k.channel::"Channel", k.conversation_id::uuid, k.case_id::uuid, 'OUT', k.kind, k.text, k.payload::jsonb, 'QUEUED',
           k.officer_id::uuid, ${at}::timestamp(3), 0
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.channel)}::text[], ${rows.map((r) => r.conversationId)}::text[],
                ${rows.map((r) => r.caseId)}::text[], ${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.text)}::text[],
                ${rows.map((r) => (r.buttons ? JSON.stringify({ buttons: r.buttons }) : null))}::text[], ${rows.map((r) => r.officerId)}::text[])
      WITH ORDINALITY AS k(id, channel, conversation_id, case_id, kind, text, payload, officer_id, n)
    ORDER BY k.n`;
}

/** The automatic text replies (no officer) still queued in these conversations. */
export async function queuedAutomaticReplies(
  tx: Sql,
  conversationIds: string[],
): Promise<{ conversationId: string; text: string | null; payload: { buttons?: { label: string; action: string }[] } | null }[]> {
  return tx.rows<{ conversationId: string; text: string | null; payload: { buttons?: { label: string; action: string }[] } | null }>`
    SELECT "conversationId", text, payload FROM "Message"
    WHERE "conversationId" = ANY(${conversationIds}::uuid[])
      AND direction = 'OUT' AND state = 'QUEUED' AND kind = 'text' AND "officerId" IS NULL`;
}
