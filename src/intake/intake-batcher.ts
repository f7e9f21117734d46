import { randomUUID } from "node:crypto";
import type { InboundMessage } from "../channels/contract.js";
import type { JobScheduler } from "../core/job-scheduler.js";
import { inSqlTransaction, type Sql, type SqlPool } from "../store/database.js";
import { findStoredMessages, insertAttachment, insertInboundMessages, openConversations } from "../store/inbound-messages.js";
import { deleteReportersWithoutIdentity, findIdentityOwners, insertIdentities, insertReporters } from "../store/reporters.js";
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

/** Messages stored together in one transaction, in their order: one chat's run of messages, or one message. */
type Group = Waiting[];

/** A queue of groups with one writer: its batches commit one after another. */
interface Lane {
  queue: Group[];
  writing: boolean;
  /** Chats with a message waiting in this lane or in its batch being written, and how many. */
  chats: Map<string, number>;
}

const key = (channel: string, id: string) => `${channel}\u0000${id}`;
const chatOf = (w: BatchedMessage) => key(w.message.channel, w.message.chatId);
const newLane = (): Lane => ({ queue: [], writing: false, chats: new Map() });

/**
 * Group commit for inbound messages: messages that arrive while a batch is being written go into the
 * next batch, written in one transaction (one WAL flush) and queued with one job per batch,
 * instead of one of each per message. Under light load a batch holds one message and is written
 * at once, so latency does not grow; under heavy load batches grow and throughput follows.
 * New senders get their reporter, identities and conversation in the same transaction.
 * A message resolves once it is stored and its conversation is queued for processing.
 *
 * Emergencies have a lane of their own, written beside the ordinary one: an emergency waits for
 * no commit of the burst, only for its own (and for earlier emergencies'). A chat's messages stay
 * in one lane while any of them waits or is being written, so a chat is stored in arrival order
 * whichever lane it is in; an emergency whose chat has messages in the ordinary lane goes there,
 * into the next batch, ahead of other chats' messages.
 */
export class IntakeBatcher {
  private readonly ordinary = newLane();
  private readonly emergencies = newLane();

  private readonly maxBatch: number;
  /** Where the emergencies' lane commits: connections of its own, when given. */
  private readonly emergencySql: SqlPool;

  constructor(
    private readonly sql: SqlPool,
    private readonly queues: JobScheduler,
    options: { maxBatch?: number; emergencySql?: SqlPool } = {},
  ) {
    this.maxBatch = options.maxBatch ?? 500;
    this.emergencySql = options.emergencySql ?? sql;
  }

  store(item: BatchedMessage): Promise<StoreResult> {
    return this.storeGroup([item]).then((results) => results[0]!);
  }

  /**
   * Stores these messages in one transaction, in this order (all or none): one chat's messages
   * that arrived while its previous ones were being stored cost one commit instead of one each.
   */
  storeGroup(items: BatchedMessage[]): Promise<StoreResult[]> {
    if (items.length === 0) return Promise.resolve([]);
    const group: Group = [];
    const results = Promise.all(
      items.map((item) => new Promise<StoreResult>((resolve, reject) => group.push({ ...item, resolve, reject }))),
    );
    const chats = new Set(group.map(chatOf));
    const inLane = (lane: Lane) => [...chats].some((chat) => lane.chats.has(chat));
    const urgent = group.some((w) => w.emergency);
    const lane = !inLane(this.ordinary) && (urgent || inLane(this.emergencies)) ? this.emergencies : this.ordinary;
    for (const chat of chats) lane.chats.set(chat, (lane.chats.get(chat) ?? 0) + 1);
    if (urgent && lane === this.ordinary) lane.queue.splice(this.emergencySlot(chats), 0, group);
    else lane.queue.push(group);
    if (!lane.writing) {
      lane.writing = true;
      // Messages handed over together (a Telegram getUpdates batch, a WhatsApp event of several
      // messages) reach here within one turn of the event loop: they share one commit instead of
      // the first going alone. A commit, not the rows, is what costs under load (one WAL flush).
      setImmediate(() => void this.drain(lane));
    }
    return results;
  }

  /**
   * An emergency in the ordinary lane goes into the next batch, ahead of ordinary messages
   * waiting (a burst may fill several batches), but behind earlier emergencies and behind its
   * own chat's earlier messages: their arrival order is the order the conversation reads them.
   */
  private emergencySlot(chats: Set<string>): number {
    let slot = 0;
    this.ordinary.queue.forEach((group, i) => {
      if (group.some((w) => w.emergency || chats.has(chatOf(w)))) slot = i + 1;
    });
    return slot;
  }

  private async drain(lane: Lane): Promise<void> {
    while (lane.queue.length > 0) {
      // Whole groups, up to maxBatch messages (a larger group goes alone).
      let size = 0;
      let count = 0;
      while (count < lane.queue.length && (count === 0 || size + lane.queue[count]!.length <= this.maxBatch))
        size += lane.queue[count++]!.length;
      const groups = lane.queue.splice(0, count);
      const batch = groups.flat();
      try {
        const results = await inSqlTransaction(lane === this.emergencies ? this.emergencySql : this.sql, (tx) => writeBatch(tx, batch));
        await this.enqueue(batch, results);
        for (const [i, w] of batch.entries()) w.resolve(results[i]!);
      } catch (error) {
        for (const w of batch) w.reject(error);
      } finally {
        for (const group of groups)
          for (const chat of new Set(group.map(chatOf))) {
            const left = (lane.chats.get(chat) ?? 1) - 1;
            if (left > 0) lane.chats.set(chat, left);
            else lane.chats.delete(chat);
          }
      }
    }
    lane.writing = false;
  }

  /**
   * One job per emergency conversation, so the emergencies' workers take them side by side
   * instead of one after another in one transaction; one job for the rest.
   */
  private async enqueue(batch: Waiting[], results: StoreResult[]): Promise<void> {
    const emergency = new Set<string>();
    const normal = new Set<string>();
    results.forEach((r, i) => {
      if (r.duplicate && r.state !== "RECEIVED") return;
      (batch[i]!.emergency ? emergency : normal).add(r.conversationId);
    });
    for (const id of emergency) normal.delete(id);
    await Promise.all([...emergency].map((id) => this.queues.addInbound([id], true)));
    if (normal.size) await this.queues.addInbound([...normal], false);
  }
}

async function writeBatch(tx: Sql, batch: Waiting[]): Promise<StoreResult[]> {
  const lookupStored = () =>
    findStoredMessages(
      tx,
      batch.map((w) => ({ channel: w.message.channel, externalId: w.message.externalId })),
    );
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
    await openConversations(tx, chats, at);
    const inserted = await insertInboundMessages(
      tx,
      fresh.map(({ message, text, payload }) => ({
        channel: message.channel,
        externalId: message.externalId,
        chatId: message.chatId,
        kind: message.kind,
        text,
        payload,
      })),
      at,
    );
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
  for (const { messageId, file } of files)
    await insertAttachment(tx, messageId, { mime: file.mime, fileName: file.fileName?.slice(0, 255) ?? null, data: file.data }, at);
}

/**
 * The reporter behind each sender: any known id finds them (WhatsApp phone-number JID and LID are
 * one person); a sender with no known id gets a new reporter; new aliases of a known one are
 * recorded. Two batches racing for the same new sender: the identities' unique key decides, and
 * the loser's reporter row is removed again.
 */
async function reportersFor(tx: Sql, messages: InboundMessage[]): Promise<(message: InboundMessage) => string> {
  const lookup = async () => {
    const pairs = messages.flatMap((m) => senderIds(m).map((externalId) => ({ channel: m.channel, externalId })));
    const rows = await findIdentityOwners(tx, pairs);
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
    await insertReporters(
      tx,
      created.map(({ id, message }) => ({
        id,
        kind: reporterKindFor(message.channel),
        phone: message.sender.phone?.slice(0, 32) ?? null,
        name: message.sender.displayName?.slice(0, 200) ?? null,
      })),
      at,
    );
  }
  await insertIdentities(tx, newIdentities, at);
  known = await lookup();
  if (created.length > 0) {
    await deleteReportersWithoutIdentity(
      tx,
      created.map((c) => c.id),
    );
  }
  return (m) => find(known, m)!;
}
