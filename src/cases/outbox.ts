import { randomUUID } from "node:crypto";
import type { ChannelName, OutboundButton } from "../channels/contract.js";
import type { Prisma } from "../infra/prisma.js";
import type { JobQueues } from "../../queues/job-queues.js";

export interface OutboundDraft {
  conversationId: string;
  channel: ChannelName;
  text: string;
  caseId?: string | null;
  buttons?: OutboundButton[];
  officerId?: string | null;
  kind?: string;
  emergency?: boolean;
}

/**
 * Outbound messages are rows first (state QUEUED, written in the same transaction as the change
 * that caused them), jobs second: after commit, `flush` enqueues them. A crash in between leaves
 * QUEUED rows that the outbox sweeper re-enqueues, so no reply is lost and none is sent twice.
 * With `deferWrites` (the inbound batch), rows are written in one statement by `writeDeferred`,
 * in the order they were added (their seq keeps the order per chat).
 */
export class Outbox {
  private readonly pending: { channel: ChannelName; messageId: string; emergency: boolean }[] = [];
  private readonly deferred: Prisma.MessageCreateManyInput[] = [];

  constructor(private readonly options: { deferWrites?: boolean } = {}) {}

  async add(tx: Prisma.TransactionClient, message: OutboundDraft): Promise<string> {
    const row: Prisma.MessageCreateManyInput = {
      id: randomUUID(),
      channel: message.channel,
      conversationId: message.conversationId,
      caseId: message.caseId ?? null,
      direction: "OUT",
      kind: message.kind ?? "text",
      text: message.text,
      state: "QUEUED",
      officerId: message.officerId ?? null,
      ...(message.buttons?.length ? { payload: { buttons: message.buttons.map((b) => ({ label: b.label, action: b.action })) } } : {}),
    };
    if (this.options.deferWrites) this.deferred.push(row);
    else await tx.message.createMany({ data: [row] });
    this.pending.push({ channel: message.channel, messageId: row.id!, emergency: message.emergency ?? false });
    return row.id!;
  }

  /** Writes the deferred rows; call inside the transaction, before commit. */
  async writeDeferred(tx: Prisma.TransactionClient): Promise<void> {
    if (this.deferred.length === 0) return;
    await tx.message.createMany({ data: this.deferred.splice(0) });
  }

  get messageIds(): string[] {
    return this.pending.map((p) => p.messageId);
  }

  async flush(queues: JobQueues): Promise<void> {
    const byChannel = new Map<ChannelName, { ids: string[]; emergency: boolean }>();
    for (const p of this.pending) {
      const entry = byChannel.get(p.channel) ?? { ids: [], emergency: false };
      entry.ids.push(p.messageId);
      entry.emergency ||= p.emergency;
      byChannel.set(p.channel, entry);
    }
    await Promise.all([...byChannel].map(([channel, e]) => queues.addOutbound(channel, e.ids, e.emergency)));
    this.pending.length = 0;
  }
}
