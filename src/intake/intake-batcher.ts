import { randomUUID } from "node:crypto";
import type { InboundMessage } from "../channels/contract.js";
import type { Sql, SqlPool } from "../infra/sql.js";
import type { JobScheduler } from "../core/job-scheduler.js";
import { reporterKindFor, senderIds } from "./sender-identity.js";

export interface BatchedMessage {
  message: InboundMessage;
  text: string | null;
  payload: object;
  /** Triage saw an emergency: its conversation is queued ahead of everything else. */
  emergency: boolean;
}

export interface StoreResult {
  messageId: string;
  conversationId: string;
  duplicate: boolean;
  state?: string;
}

interface Waiting extends BatchedMessage {
  resolve(result: StoreResult): void;
  reject(error: unknown): void;
}

const key = (channel: string, id: string) => `${channel}\u0000${id}`;

/**
 * Group commit for inbound messages: messages that arrive while a batch is being written go into the
 * next batch, written in one transaction (one WAL flush) and queued with one job per batch,
 * instead of one of each per message. Under light load a batch holds one message and is written
 * at once, so latency does not grow; under heavy load batches grow and throughput follows.
 * New senders get their reporter, identities and conversation in the same transaction.
 * A message resolves once it is stored and its conversation is queued for processing.
 */
export class IntakeBatcher {
  private queue: Waiting[] = [];
  private writing = false;

  constructor(
    private readonly sql: SqlPool,
    private readonly queues: JobScheduler,
    private readonly maxBatch = 500,
  ) {}

  store(item: BatchedMessage): Promise<StoreResult> {
    return new Promise((resolve, reject) => {
      const waiting = { ...item, resolve, reject };
      if (item.emergency) this.queue.splice(this.emergencySlot(item.message), 0, waiting);
      else this.queue.push(waiting);
      if (this.writing) return;
      this.writing = true;
      // Messages handed over together (a Telegram getUpdates batch, a WhatsApp event of several
      // messages) reach here within one turn of the event loop: they share one commit instead of
      // the first going alone. A commit, not the rows, is what costs under load (one WAL flush).
      setImmediate(() => void this.drain());
    });
  }

  /**
   * An emergency goes into the next batch, ahead of ordinary messages waiting (a burst may
   * fill several batches), but behind earlier emergencies and behind its own chat's earlier
   * messages: their arrival order is the order the conversation reads them.
   */
  private emergencySlot(message: InboundMessage): number {
    let slot = 0;
    this.queue.forEach((w, i) => {
      if (w.emergency || (w.message.channel === message.channel && w.message.chatId === message.chatId)) slot = i + 1;
    });
    return slot;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const results = await this.sql.transaction((tx) => writeBatch(tx, batch));
        await this.enqueue(batch, results);
        for (const [i, w] of batch.entries()) w.resolve(results[i]!);
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    this.writing = false;
  }

  /** One job for the emergencies' conversations (served first), one for the rest. */
  private async enqueue(batch: Waiting[], results: StoreResult[]): Promise<void> {
    const emergency = new Set<string>();
    const normal = new Set<string>();
    results.forEach((r, i) => {
      if (r.duplicate && r.state !== "RECEIVED") return;
      (batch[i]!.emergency ? emergency : normal).add(r.conversationId);
    });
    for (const id of emergency) normal.delete(id);
    if (emergency.size) await this.queues.addInbound([...emergency], true);
    if (normal.size) await this.queues.addInbound([...normal], false);
  }
}

async function writeBatch(tx: Sql, batch: Waiting[]): Promise<StoreResult[]> {
  const channels = batch.map((w) => w.message.channel);
  const externalIds = batch.map((w) => w.message.externalId);
  const lookupStored = () =>
    tx.rows<{ channel: string; externalId: string; id: string; conversationId: string; state: string }>`
      SELECT m.channel::text AS channel, m."externalId", m.id, m."conversationId", m.state::text AS state
      FROM "Message" m JOIN unnest(${channels}::text[], ${externalIds}::text[]) AS k(channel, external_id)
        ON m.channel = k.channel::"Channel" AND m."externalId" = k.external_id`;
  const before = new Map((await lookupStored()).map((e) => [key(e.channel, e.externalId), e]));
  // Two deliveries of one message in the same batch: the first is new, the others duplicates.
  const keys = batch.map((w) => key(w.message.channel, w.message.externalId));
  const first = new Map<string, number>();
  keys.forEach((k, i) => {
    if (!first.has(k)) first.set(k, i);
  });
  const fresh = batch.filter((_, i) => !before.has(keys[i]!) && first.get(keys[i]!) === i);

  if (fresh.length > 0) {
    const reporterOf = await reportersFor(
      tx,
      fresh.map((w) => w.message),
    );
    const at = new Date();
    const chats = fresh.map((w) => ({ channel: w.message.channel, chatId: w.message.chatId, reporterId: reporterOf(w.message) }));
    // Someone who writes is reachable, whatever a failed send (a block on Telegram) said before.
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
    const inserted = await tx.rows<{ id: string; channel: string; externalId: string }>`
      INSERT INTO "Message" (id, channel, "externalId", "conversationId", direction, kind, text, payload, state, "createdAt", attempts)
      SELECT gen_random_uuid(), k.channel::"Channel", k.external_id, c.id, 'IN', k.kind, k.text, k.payload::jsonb, 'RECEIVED', ${at}::timestamp(3), 0
      FROM unnest(${fresh.map((w) => w.message.channel)}::text[], ${fresh.map((w) => w.message.externalId)}::text[],
                  ${fresh.map((w) => w.message.chatId)}::text[], ${fresh.map((w) => w.message.kind)}::text[],
                  ${fresh.map((w) => w.text)}::text[], ${fresh.map((w) => JSON.stringify(w.payload))}::text[])
             WITH ORDINALITY AS k(channel, external_id, chat_id, kind, text, payload, n)
      JOIN "Conversation" c ON c.channel = k.channel::"Channel" AND c."chatId" = k.chat_id
      ORDER BY k.n
      ON CONFLICT (channel, "externalId") DO NOTHING
      RETURNING id, channel::text AS channel, "externalId"`;
    await storeFiles(tx, fresh, new Map(inserted.map((m) => [key(m.channel, m.externalId), m.id])), at);
  }

  const stored = new Map((await lookupStored()).map((s) => [key(s.channel, s.externalId), s]));
  return keys.map((k, i) => {
    const earlier = before.get(k);
    if (earlier) return { messageId: earlier.id, conversationId: earlier.conversationId, duplicate: true, state: earlier.state };
    const row = stored.get(k)!;
    return { messageId: row.id, conversationId: row.conversationId, duplicate: first.get(k) !== i, state: row.state };
  });
}

/** The files of the messages this batch inserted (a duplicate's files are already stored). */
async function storeFiles(tx: Sql, fresh: BatchedMessage[], inserted: Map<string, string>, at: Date): Promise<void> {
  const files = fresh.flatMap((w) => {
    const messageId = inserted.get(key(w.message.channel, w.message.externalId));
    if (!messageId) return [];
    return (w.message.attachments ?? []).map((file) => ({ messageId, file }));
  });
  // One statement per file: files are rare, and large.
  for (const { messageId, file } of files) {
    await tx.run`
      INSERT INTO "Attachment" (id, "messageId", mime, "fileName", size, data, "createdAt")
      VALUES (gen_random_uuid(), ${messageId}::uuid, ${file.mime}, ${file.fileName?.slice(0, 255) ?? null}, ${file.data.length}, ${file.data}, ${at}::timestamp(3))`;
  }
}

/**
 * The reporter behind each sender: any known id finds them (WhatsApp phone-number JID and LID are
 * one person); a sender with no known id gets a new reporter; new aliases of a known one are
 * recorded. Two batches racing for the same new sender: the identities' unique key decides, and
 * the loser's reporter row is removed again.
 */
async function reportersFor(tx: Sql, messages: InboundMessage[]): Promise<(message: InboundMessage) => string> {
  const lookup = async () => {
    const pairs = messages.flatMap((m) => senderIds(m).map((id) => [m.channel, id] as const));
    const rows = await tx.rows<{ channel: string; externalId: string; reporterId: string }>`
      SELECT i.channel::text AS channel, i."externalId", i."reporterId"
      FROM "ChannelIdentity" i JOIN unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::text[]) AS k(channel, external_id)
        ON i.channel = k.channel::"Channel" AND i."externalId" = k.external_id`;
    return new Map(rows.map((r) => [key(r.channel, r.externalId), r.reporterId]));
  };
  const find = (known: Map<string, string>, m: InboundMessage) =>
    senderIds(m)
      .map((id) => known.get(key(m.channel, id)))
      .find((r) => r !== undefined);

  let known = await lookup();
  const created: { id: string; message: InboundMessage }[] = [];
  const newIdentities: { channel: string; externalId: string; reporterId: string }[] = [];
  const planned = new Map<string, string>();
  for (const m of messages) {
    const reporterId = find(known, m) ?? planned.get(key(m.channel, m.sender.id));
    if (reporterId) {
      for (const id of senderIds(m))
        if (!known.has(key(m.channel, id))) newIdentities.push({ channel: m.channel, externalId: id, reporterId });
      continue;
    }
    const id = randomUUID();
    created.push({ id, message: m });
    for (const alias of senderIds(m)) {
      planned.set(key(m.channel, alias), id);
      newIdentities.push({ channel: m.channel, externalId: alias, reporterId: id });
    }
  }
  if (newIdentities.length === 0) return (m) => find(known, m)!;

  const at = new Date();
  if (created.length > 0) {
    await tx.run`
      INSERT INTO "Reporter" (id, kind, phone, name, "createdAt")
      SELECT k.id::uuid, k.kind::"ReporterKind", k.phone, k.name, ${at}::timestamp(3)
      FROM unnest(${created.map((c) => c.id)}::text[], ${created.map((c) => reporterKindFor(c.message.channel))}::text[],
                  ${created.map((c) => c.message.sender.phone?.slice(0, 32) ?? null)}::text[],
                  ${created.map((c) => c.message.sender.displayName?.slice(0, 200) ?? null)}::text[]) AS k(id, kind, phone, name)`;
  }
  await tx.run`
    INSERT INTO "ChannelIdentity" (id, channel, "externalId", "reporterId", "createdAt")
    SELECT gen_random_uuid(), k.channel::"Channel", k.external_id, k.reporter_id::uuid, ${at}::timestamp(3)
    FROM unnest(${newIdentities.map((n) => n.channel)}::text[], ${newIdentities.map((n) => n.externalId)}::text[],
                ${newIdentities.map((n) => n.reporterId)}::text[]) AS k(channel, external_id, reporter_id)
    ON CONFLICT (channel, "externalId") DO NOTHING`;
  known = await lookup();
  if (created.length > 0) {
    await tx.run`
      DELETE FROM "Reporter" r WHERE r.id = ANY(${created.map((c) => c.id)}::uuid[])
        AND NOT EXISTS (SELECT 1 FROM "ChannelIdentity" i WHERE i."reporterId" = r.id)`;
  }
  return (m) => find(known, m)!;
}
