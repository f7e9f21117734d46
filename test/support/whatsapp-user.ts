import type { WAMessage } from "@whiskeysockets/baileys";
import type { AppContext } from "../../src/runtime/context.js";
import type { FakeWhatsAppSocket } from "./fake-whatsapp-socket.js";
import { eventually } from "./test-app.js";
import { person, textMessage, type WaSender } from "./whatsapp-messages.js";

/**
 * A worker chatting with the real bot through the fake socket: their messages are emitted as
 * Baileys events; replies are what the bot handed to sendMessage for their JIDs.
 */
export class WhatsAppUser {
  private seen = 0;

  constructor(
    private readonly ctx: AppContext,
    private readonly socket: () => FakeWhatsAppSocket,
    readonly from: WaSender,
    private readonly allSockets: () => FakeWhatsAppSocket[] = () => [socket()],
  ) {}

  /** Test person `n` writing from their LID or phone-number JID, replies read on every socket of `fake`. */
  static of(
    ctx: AppContext,
    fake: { latest(): FakeWhatsAppSocket; sockets: FakeWhatsAppSocket[] },
    n: number,
    options: { viaLid?: boolean; name?: string } = {},
  ): WhatsAppUser {
    const p = person(n);
    const from = options.viaLid ? { jid: p.lid, alt: p.pn } : { jid: p.pn, alt: p.lid };
    return new WhatsAppUser(
      ctx,
      () => fake.latest(),
      { ...from, ...(options.name ? { name: options.name } : {}) },
      () => fake.sockets,
    );
  }

  /** Every JID this person is known by (replies may go to either). */
  get jids(): string[] {
    return [this.from.jid, ...(this.from.alt ? [this.from.alt] : [])];
  }

  async say(text: string): Promise<string> {
    return (await this.send(textMessage(this.from, text))).join("\n\n");
  }

  /** Emits one message and returns the replies it brought. */
  async send(message: WAMessage): Promise<string[]> {
    this.socket().receive([message]);
    await this.settle(message.key.id!);
    return this.newReplies();
  }

  replies(): { jid: string; text: string; at: number; id: string }[] {
    return this.allSockets()
      .flatMap((s) => s.sent)
      .filter((m) => this.jids.includes(m.jid))
      .sort((a, b) => a.at - b.at);
  }

  newReplies(): string[] {
    const all = this.replies();
    const fresh = all.slice(this.seen);
    this.seen = all.length;
    return fresh.map((m) => m.text);
  }

  /** Waits until the message is stored and processed and nothing is queued for this person. */
  async settle(externalId: string, timeoutMs = 15_000): Promise<void> {
    await eventually(
      async () => {
        const row = await this.ctx.db.message.findUnique({
          where: { channel_externalId: { channel: "WHATSAPP", externalId } },
          select: { state: true },
        });
        return row && row.state !== "RECEIVED";
      },
      timeoutMs,
      `inbound ${externalId} processed`,
    );
    await this.idle(timeoutMs);
  }

  async idle(timeoutMs = 15_000): Promise<void> {
    await eventually(
      async () =>
        (await this.ctx.db.message.count({
          where: { conversation: { channel: "WHATSAPP", chatId: { in: this.jids } }, direction: "OUT", state: "QUEUED" },
        })) === 0,
      timeoutMs,
      `replies to ${this.from.jid} sent`,
    );
  }

  async reporterId(): Promise<string> {
    const identity = await this.ctx.db.channelIdentity.findFirstOrThrow({
      where: { channel: "WHATSAPP", externalId: { in: this.jids } },
      select: { reporterId: true },
    });
    return identity.reporterId;
  }

  async cases() {
    return this.ctx.db.case.findMany({
      where: { reporterId: await this.reporterId() },
      orderBy: { createdAt: "asc" },
      include: { agencies: true },
    });
  }
}
