import type { InboundMessage } from "../channels/contract.js";
import type { Db } from "../infra/prisma.js";
import { senderIds } from "./resolve-reporter.js";

export interface BatchedMessage {
  message: InboundMessage;
  text: string | null;
  payload: object;
}

export interface StoreResult {
  messageId: string;
  conversationId: string;
  duplicate: boolean;
  state?: string;
}

/** A busy pool must delay a batch, never fail it: the messages are not stored until it commits. */
const TRANSACTION_LIMITS = { maxWait: 30_000, timeout: 30_000 };

interface Waiting extends BatchedMessage {
  resolve(result: StoreResult | null): void;
  reject(error: unknown): void;
}

/**
 * Group commit for inbound messages from known senders: messages that arrive while a batch is
 * being written go into the next batch, written in one transaction (one WAL flush) instead of
 * one each. Under light load a batch holds one message and is written at once, so latency does
 * not grow; under heavy load batches grow and throughput follows. Resolves null for a message
 * whose sender is not fully known: the caller stores it the general way.
 */
export class IntakeBatcher {
  private queue: Waiting[] = [];
  private writing = false;

  constructor(
    private readonly db: Db,
    private readonly maxBatch = 500,
  ) {}

  store(item: BatchedMessage): Promise<StoreResult | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ...item, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const results = await this.write(batch);
        batch.forEach((w, i) => w.resolve(results[i] ?? null));
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    this.writing = false;
  }

  private async write(batch: Waiting[]): Promise<(StoreResult | null)[]> {
    return this.db.$transaction(async (tx) => {
      const channels = batch.map((w) => w.message.channel);
      const externalIds = batch.map((w) => w.message.externalId);
      const existing = await tx.$queryRaw<{ channel: string; externalId: string; id: string; conversationId: string; state: string }[]>`
        SELECT m.channel::text AS channel, m."externalId", m.id, m."conversationId", m.state::text AS state
        FROM "Message" m JOIN unnest(${channels}::text[], ${externalIds}::text[]) AS k(channel, external_id)
          ON m.channel::text = k.channel AND m."externalId" = k.external_id`;
      const existingByKey = new Map(existing.map((e) => [`${e.channel}\u0000${e.externalId}`, e]));

      const idChannels: string[] = [];
      const idValues: string[] = [];
      for (const w of batch) for (const id of senderIds(w.message)) (idChannels.push(w.message.channel), idValues.push(id));
      const identities = await tx.$queryRaw<{ channel: string; externalId: string; reporterId: string }[]>`
        SELECT i.channel::text AS channel, i."externalId", i."reporterId"
        FROM "ChannelIdentity" i JOIN unnest(${idChannels}::text[], ${idValues}::text[]) AS k(channel, external_id)
          ON i.channel::text = k.channel AND i."externalId" = k.external_id`;
      const reporterOf = new Map(identities.map((i) => [`${i.channel}\u0000${i.externalId}`, i.reporterId]));

      // A sender is known when every id it came with is known (a new alias goes the general way).
      const known = batch.map((w) => {
        if (existingByKey.has(`${w.message.channel}\u0000${w.message.externalId}`)) return null;
        const reporters = senderIds(w.message).map((id) => reporterOf.get(`${w.message.channel}\u0000${id}`));
        return reporters.every((r) => r !== undefined) ? reporters[0]! : null;
      });
      const fresh = batch.map((w, i) => ({ w, reporterId: known[i] })).filter((x): x is { w: Waiting; reporterId: string } => x.reporterId !== null);

      const at = new Date().toISOString();
      const conversationIds = new Map<string, string>();
      if (fresh.length > 0) {
        const convChannels = fresh.map((f) => f.w.message.channel);
        const chatIds = fresh.map((f) => f.w.message.chatId);
        await tx.$executeRaw`
          INSERT INTO "Conversation" (id, channel, "chatId", "reporterId", state, "lastInboundAt", "createdAt", "updatedAt")
          SELECT DISTINCT ON (k.channel, k.chat_id) gen_random_uuid(), k.channel::"Channel", k.chat_id, k.reporter_id::uuid, '{}'::jsonb,
                 ${at}::timestamp(3), ${at}::timestamp(3), ${at}::timestamp(3)
          FROM unnest(${convChannels}::text[], ${chatIds}::text[], ${fresh.map((f) => f.reporterId)}::text[]) AS k(channel, chat_id, reporter_id)
          ON CONFLICT (channel, "chatId") DO NOTHING`;
        const conversations = await tx.$queryRaw<{ channel: string; chatId: string; id: string }[]>`
          SELECT c.channel::text AS channel, c."chatId", c.id
          FROM "Conversation" c JOIN unnest(${convChannels}::text[], ${chatIds}::text[]) AS k(channel, chat_id)
            ON c.channel::text = k.channel AND c."chatId" = k.chat_id`;
        for (const c of conversations) conversationIds.set(`${c.channel}\u0000${c.chatId}`, c.id);

        const rows = fresh.map((f) => f.w);
        await tx.$executeRaw`
          INSERT INTO "Message" (id, channel, "externalId", "conversationId", direction, kind, text, payload, state, "createdAt", attempts)
          SELECT gen_random_uuid(), k.channel::"Channel", k.external_id, k.conversation_id::uuid, 'IN', k.kind, k.text, k.payload::jsonb, 'RECEIVED', ${at}::timestamp(3), 0
          FROM unnest(${rows.map((w) => w.message.channel)}::text[], ${rows.map((w) => w.message.externalId)}::text[],
                      ${rows.map((w) => conversationIds.get(`${w.message.channel}\u0000${w.message.chatId}`)!)}::text[],
                      ${rows.map((w) => w.message.kind)}::text[], ${rows.map((w) => w.text)}::text[],
                      ${rows.map((w) => JSON.stringify(w.payload))}::text[]) WITH ORDINALITY AS k(channel, external_id, conversation_id, kind, text, payload, n)
          ORDER BY k.n
          ON CONFLICT (channel, "externalId") DO NOTHING`;
      }
      const stored = await tx.$queryRaw<{ channel: string; externalId: string; id: string; conversationId: string; state: string }[]>`
        SELECT m.channel::text AS channel, m."externalId", m.id, m."conversationId", m.state::text AS state
        FROM "Message" m JOIN unnest(${channels}::text[], ${externalIds}::text[]) AS k(channel, external_id)
          ON m.channel::text = k.channel AND m."externalId" = k.external_id`;
      const storedByKey = new Map(stored.map((s) => [`${s.channel}\u0000${s.externalId}`, s]));

      return batch.map((w, i) => {
        const key = `${w.message.channel}\u0000${w.message.externalId}`;
        const before = existingByKey.get(key);
        if (before) return { messageId: before.id, conversationId: before.conversationId, duplicate: true, state: before.state };
        const row = storedByKey.get(key);
        if (!row || known[i] === null) return null;
        // Two deliveries of one message in the same batch: the first is new, the others duplicates.
        const firstInBatch = batch.findIndex((o) => o.message.channel === w.message.channel && o.message.externalId === w.message.externalId) === i;
        return { messageId: row.id, conversationId: row.conversationId, duplicate: !firstInBatch, state: row.state };
      });
    }, TRANSACTION_LIMITS);
  }
}
