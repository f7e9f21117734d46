import { randomUUID } from "node:crypto";
import type { ChannelName, OutboundButton } from "../channels/contract.js";
import type { Sql } from "../store/database.js";
import { insertOutboundRows, queuedAutomaticReplies } from "../store/message-outbox.js";
import type { JobScheduler, OutboundUrgency } from "../core/job-scheduler.js";

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

interface OutboundRow {
  id: string;
  channel: ChannelName;
  conversationId: string;
  caseId: string | null;
  kind: string;
  text: string;
  officerId: string | null;
  buttons: OutboundButton[] | null;
}

export class Outbox {
  private readonly pending: { channel: ChannelName; messageId: string; urgency: OutboundUrgency }[] = [];
  /** Chats that already have an emergency reply leaving at once from this outbox. */
  private readonly urgentChats = new Set<string>();
  private readonly deferred: OutboundRow[] = [];
  /** The last automatic reply added per chat, to skip an identical one right after it. */
  private readonly lastReply = new Map<string, { key: string; id: string }>();

  constructor(private readonly options: { deferWrites?: boolean } = {}) {}

  async add(tx: Sql, message: OutboundDraft): Promise<string> {
    const row: OutboundRow = {
      id: randomUUID(),
      channel: message.channel,
      conversationId: message.conversationId,
      caseId: message.caseId ?? null,
      kind: message.kind ?? "text",
      text: message.text,
      officerId: message.officerId ?? null,
      buttons: message.buttons?.length ? message.buttons.map((b) => ({ label: b.label, action: b.action })) : null,
    };
    if (isAutomatic(row)) {
      const key = repeatKey(row.text, row.buttons);
      const last = this.lastReply.get(row.conversationId);
      if (last?.key === key) return last.id;
      this.lastReply.set(row.conversationId, { key, id: row.id });
    }
    if (this.options.deferWrites) this.deferred.push(row);
    else {
      if (isAutomatic(row) && (await stillQueued(tx, [row])).size > 0) return row.id;
      await insertRows(tx, [row]);
    }
    this.pending.push({ channel: row.channel, messageId: row.id, urgency: this.urgencyOf(row.conversationId, message.emergency === true) });
    return row.id;
  }

  /** Writes the deferred rows in one statement; call inside the transaction, before commit. */
  async writeDeferred(tx: Sql): Promise<void> {
    if (this.deferred.length === 0) return;
    const rows = this.deferred.splice(0);
    const repeats = await stillQueued(tx, rows.filter(isAutomatic));
    if (repeats.size > 0) {
      for (let i = this.pending.length - 1; i >= 0; i--) if (repeats.has(this.pending[i]!.messageId)) this.pending.splice(i, 1);
    }
    await insertRows(
      tx,
      rows.filter((r) => !repeats.has(r.id)),
    );
  }

  /**
   * A chat's first emergency reply leaves at once; its further ones come right after, ahead of
   * ordinary replies but at the ordinary pace: its chat's interval spaces them anyway, and a
   * platform's limit per second is better spent on other chats' first emergency replies.
   */
  private urgencyOf(conversationId: string, emergency: boolean): OutboundUrgency {
    if (!emergency) return "normal";
    if (this.urgentChats.has(conversationId)) return "emergency-later";
    this.urgentChats.add(conversationId);
    return "emergency";
  }

  /** Queues the added messages, each with its own urgency (an emergency lifts no other reply of the batch). */
  async flush(queues: JobScheduler): Promise<void> {
    const groups = new Map<string, { channel: ChannelName; urgency: OutboundUrgency; ids: string[] }>();
    for (const p of this.pending) {
      const key = `${p.channel}:${p.urgency}`;
      const group = groups.get(key) ?? { channel: p.channel, urgency: p.urgency, ids: [] };
      group.ids.push(p.messageId);
      groups.set(key, group);
    }
    await Promise.all([...groups.values()].map((g) => queues.addOutbound(g.channel, g.ids, g.urgency)));
    this.pending.length = 0;
  }
}

const isAutomatic = (row: OutboundRow) => COLLAPSE_REPEATS.has(row.channel) && row.kind === "text" && !row.officerId;

function repeatKey(text: string, buttons: OutboundButton[] | null | undefined): string {
  return `${text}\u0000${JSON.stringify(buttons?.map((b) => [b.label, b.action]) ?? [])}`;
}

/** In the order added: their seq keeps the order per chat. */
function insertRows(tx: Sql, rows: OutboundRow[]): Promise<void> {
  return insertOutboundRows(tx, rows, new Date());
}

/** Ids of `rows` whose chat already has the same automatic reply waiting in the queue. */
async function stillQueued(tx: Sql, rows: OutboundRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const waiting = await queuedAutomaticReplies(tx, [...new Set(rows.map((r) => r.conversationId))]);
  if (waiting.length === 0) return new Set();
  const keys = new Set(waiting.map((w) => `${w.conversationId}\u0000${repeatKey(w.text ?? "", w.payload?.buttons)}`));
  return new Set(rows.filter((r) => keys.has(`${r.conversationId}\u0000${repeatKey(r.text, r.buttons)}`)).map((r) => r.id));
}
