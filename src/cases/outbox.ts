import type { ChannelName, OutboundButton } from "../channels/contract.js";
import type { Prisma } from "../infra/prisma.js";
import type { JobQueues } from "../../queues/job-queues.js";

/**
 * Outbound messages are rows first (state QUEUED, written in the same transaction as the change
 * that caused them), jobs second: after commit, `flush` enqueues them. A crash in between leaves
 * QUEUED rows that the outbox sweeper re-enqueues, so no reply is lost and none is sent twice.
 */
export class Outbox {
  private readonly pending: { channel: ChannelName; messageId: string; emergency: boolean }[] = [];

  async add(
    tx: Prisma.TransactionClient,
    message: {
      conversationId: string;
      channel: ChannelName;
      text: string;
      caseId?: string | null;
      buttons?: OutboundButton[];
      officerId?: string | null;
      kind?: string;
      emergency?: boolean;
    },
  ): Promise<string> {
    const row = await tx.message.create({
      data: {
        channel: message.channel,
        conversationId: message.conversationId,
        caseId: message.caseId ?? null,
        direction: "OUT",
        kind: message.kind ?? "text",
        text: message.text,
        state: "QUEUED",
        officerId: message.officerId ?? null,
        payload: message.buttons?.length ? { buttons: message.buttons.map((b) => ({ label: b.label, action: b.action })) } : undefined,
      },
      select: { id: true },
    });
    this.pending.push({ channel: message.channel, messageId: row.id, emergency: message.emergency ?? false });
    return row.id;
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
