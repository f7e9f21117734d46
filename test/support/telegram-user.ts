import type { AppContext } from "../../src/runtime/context.js";
import type { FakeTelegramApi, SentMessage } from "./fake-telegram-api.js";
import { eventually } from "./test-app.js";

/**
 * A family member chatting with the real bot through the fake Bot API: sends updates, waits
 * until the pipeline stored and processed them and every reply left, and reads what arrived.
 */
export class TelegramUser {
  private seen = 0;

  constructor(
    private readonly ctx: AppContext,
    readonly api: FakeTelegramApi,
    readonly userId: number,
    readonly name = "Ibu Sumarni",
  ) {}

  get chatId(): string {
    return String(this.userId);
  }

  /** Sends text (or other message fields) and returns the replies to it. */
  async say(content: string | Record<string, unknown>): Promise<SentMessage[]> {
    const { messageId } = await this.api.userSends(this.userId, content, this.name);
    await this.settle(`${this.userId}:${messageId}`);
    return this.newMessages();
  }

  async press(label: string, on?: SentMessage, data?: string): Promise<SentMessage[]> {
    const message = on ?? this.lastWithButtons();
    const { callbackId } = await this.api.userPresses(this.userId, message, label, data);
    await this.settle(`cb:${callbackId}`);
    return this.newMessages();
  }

  lastWithButtons(): SentMessage {
    const withButtons = this.api.sentTo(this.chatId).filter((m) => m.buttons.length > 0);
    const last = withButtons[withButtons.length - 1];
    if (!last) throw new Error("no message with buttons yet");
    return last;
  }

  /** Messages that arrived since the last read. */
  newMessages(): SentMessage[] {
    const all = this.api.sentTo(this.chatId);
    const fresh = all.slice(this.seen);
    this.seen = all.length;
    return fresh;
  }

  /** Waits for `count` more messages (status updates, approvals) and returns them. */
  async waitForMessages(count = 1, timeoutMs = 15_000): Promise<SentMessage[]> {
    const messages = await this.api.nextMessages(this.chatId, this.seen, count, timeoutMs);
    this.seen += messages.length;
    return messages;
  }

  /** Waits until the inbound is stored and processed and nothing is queued for this chat. */
  async settle(externalId: string): Promise<void> {
    await eventually(
      async () => {
        const row = await this.ctx.db.message.findUnique({
          where: { channel_externalId: { channel: "TELEGRAM", externalId } },
          select: { state: true },
        });
        return row && row.state !== "RECEIVED";
      },
      25_000,
      `inbound ${externalId} processed`,
    );
    await eventually(
      async () =>
        (await this.ctx.db.message.count({
          where: { conversation: { channel: "TELEGRAM", chatId: this.chatId }, direction: "OUT", state: "QUEUED" },
        })) === 0,
      25_000,
      `replies to ${this.chatId} sent`,
    );
  }

  async reporterId(): Promise<string> {
    const conversation = await this.ctx.db.conversation.findUniqueOrThrow({
      where: { channel_chatId: { channel: "TELEGRAM", chatId: this.chatId } },
      select: { reporterId: true },
    });
    return conversation.reporterId;
  }
}

export const textsOf = (messages: SentMessage[]) => messages.map((m) => m.text).join("\n---\n");
