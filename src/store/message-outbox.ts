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
