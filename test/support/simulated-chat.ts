import { randomUUID } from "node:crypto";
import type { InboundKind, InboundMessage } from "../../src/channels/contract.js";
import { receiveMessage } from "../../src/intake/receive-message.js";
import type { AppContext } from "../../src/runtime/context.js";
import { eventually } from "./test-app.js";

/**
 * A person chatting on the simulator channel: sends through the real intake, reads the replies
 * the outbound worker delivered (Message rows marked SENT), in order.
 */
export class SimulatedChat {
  private seenSeq = 0n;
  readonly chatId: string;

  constructor(
    private readonly ctx: AppContext,
    chatId?: string,
  ) {
    this.chatId = chatId ?? `chat-${randomUUID()}`;
  }

  async send(text: string, options: { kind?: InboundKind; id?: string; attachments?: InboundMessage["attachments"] } = {}) {
    return receiveMessage(this.ctx, {
      channel: "SIMULATOR",
      externalId: options.id ?? `sim-${randomUUID()}`,
      chatId: this.chatId,
      sender: { id: this.chatId },
      kind: options.kind ?? "text",
      text,
      ...(options.attachments ? { attachments: options.attachments } : {}),
    });
  }

  /** Waits until every inbound message of this chat is processed and every reply delivered. */
  async settle(timeoutMs = 30_000): Promise<void> {
    await eventually(
      async () => {
        const pending = await this.ctx.db.message.count({
          where: { conversation: { chatId: this.chatId, channel: "SIMULATOR" }, state: { in: ["RECEIVED", "QUEUED"] } },
        });
        return pending === 0;
      },
      timeoutMs,
      `chat ${this.chatId} to settle`,
    );
  }

  /** Replies delivered since the last call, oldest first. */
  async newReplies(): Promise<string[]> {
    await this.settle();
    const rows = await this.ctx.db.message.findMany({
      where: { conversation: { chatId: this.chatId, channel: "SIMULATOR" }, direction: "OUT", state: "SENT", seq: { gt: this.seenSeq } },
      orderBy: { seq: "asc" },
      select: { seq: true, text: true },
    });
    if (rows.length) this.seenSeq = rows[rows.length - 1]!.seq;
    return rows.map((r) => r.text ?? "");
  }

  /** Sends and returns the replies to it, joined (most assertions read the whole answer). */
  async say(text: string): Promise<string> {
    await this.send(text);
    return (await this.newReplies()).join("\n---\n");
  }

  async reporterId(): Promise<string> {
    const conversation = await this.ctx.db.conversation.findUniqueOrThrow({
      where: { channel_chatId: { channel: "SIMULATOR", chatId: this.chatId } },
      select: { reporterId: true },
    });
    return conversation.reporterId;
  }

  async cases() {
    return this.ctx.db.case.findMany({
      where: { reporterId: await this.reporterId() },
      orderBy: { createdAt: "asc" },
      include: { agencies: { orderBy: { role: "asc" } }, events: true },
    });
  }
}
