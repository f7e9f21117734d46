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
 * On WhatsApp, an automatic reply (kind "text", no officer) identical to one still waiting in
 * the queue for the same chat is not queued again: a flood of the same message would otherwise
 * bring a flood of the same answer, and WhatsApp bans numbers that repeat themselves.
 */
const COLLAPSE_REPEATS: ReadonlySet<ChannelName> = new Set(["WHATSAPP"]);

export class Outbox {
  private readonly pending: { channel: ChannelName; messageId: string; emergency: boolean }[] = [];
  private readonly deferred: Prisma.MessageCreateManyInput[] = [];
  /** The last automatic reply added per chat, to skip an identical one right after it. */
  private readonly lastReply = new Map<string, { key: string; id: string }>();

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
    const automatic = COLLAPSE_REPEATS.has(message.channel) && (message.kind ?? "text") === "text" && !message.officerId;
    if (automatic) {
      const key = repeatKey(message.text, message.buttons);
      const last = this.lastReply.get(message.conversationId);
      if (last?.key === key) return last.id;
      this.lastReply.set(message.conversationId, { key, id: row.id! });
    }
    if (this.options.deferWrites) this.deferred.push(row);
    else {
      if (automatic && (await stillQueued(tx, [row])).size > 0) return row.id!;
      await tx.message.createMany({ data: [row] });
    }
    this.pending.push({ channel: message.channel, messageId: row.id!, emergency: message.emergency ?? false });
    return row.id!;
  }

  /** Writes the deferred rows; call inside the transaction, before commit. */
  async writeDeferred(tx: Prisma.TransactionClient): Promise<void> {
    if (this.deferred.length === 0) return;
    const rows = this.deferred.splice(0);
    const repeats = await stillQueued(tx, rows.filter((r) => COLLAPSE_REPEATS.has(r.channel) && r.kind === "text" && !r.officerId));
    if (repeats.size > 0) {
      for (let i = this.pending.length - 1; i >= 0; i--) if (repeats.has(this.pending[i]!.messageId)) this.pending.splice(i, 1);
    }
    const kept = rows.filter((r) => !repeats.has(r.id!));
    if (kept.length) await tx.message.createMany({ data: kept });
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

function repeatKey(text: string, buttons: OutboundButton[] | undefined): string {
  return `${text}\u0000${JSON.stringify(buttons?.map((b) => [b.label, b.action]) ?? [])}`;
}

/** Ids of `rows` whose chat already has the same automatic reply waiting in the queue. */
async function stillQueued(tx: Prisma.TransactionClient, rows: Prisma.MessageCreateManyInput[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const waiting = await tx.message.findMany({
    where: { conversationId: { in: [...new Set(rows.map((r) => r.conversationId))] }, direction: "OUT", state: "QUEUED", kind: "text", officerId: null },
    select: { conversationId: true, text: true, payload: true },
  });
  if (waiting.length === 0) return new Set();
  const keys = new Set(waiting.map((w) => `${w.conversationId}\u0000${repeatKey(w.text ?? "", (w.payload as { buttons?: OutboundButton[] } | null)?.buttons)}`));
  return new Set(
    rows.filter((r) => keys.has(`${r.conversationId}\u0000${repeatKey(r.text ?? "", (r.payload as { buttons?: OutboundButton[] } | undefined)?.buttons)}`)).map((r) => r.id!),
  );
}
