import { EventEmitter } from "node:events";
import { Boom } from "@hapi/boom";
import {
  DisconnectReason,
  proto,
  type AnyMessageContent,
  type BaileysEventMap,
  type UserFacingSocketConfig,
  type WAMessage,
  type WAMessageKey,
  type WAPresence,
} from "@whiskeysockets/baileys";
import type { SocketFactory, WhatsAppSocket } from "../../bots/whatsapp/socket-types.js";

/**
 * A WhatsApp socket without the network: it emits Baileys' own events with Baileys' own shapes
 * (built from Baileys' proto types and Boom errors) and records what the bot sends. Everything
 * the channel does — events, auth writes through config.auth, reconnects, sending, pacing —
 * runs unchanged against it.
 */
export class FakeWhatsAppSocket implements WhatsAppSocket {
  readonly ev = new EventEmitter() as EventEmitter & WhatsAppSocket["ev"];
  user: WhatsAppSocket["user"];
  readonly sent: { jid: string; text: string; at: number; id: string }[] = [];
  readonly presences: { type: WAPresence; jid?: string; at: number }[] = [];
  readonly reads: WAMessageKey[] = [];
  readonly pairingRequests: string[] = [];
  /** Errors the next sendMessage calls throw, in order. */
  readonly failNextSends: Error[] = [];
  /** Called with every message handed to sendMessage (benchmarks count here). */
  onSend?: (jid: string, text: string) => void;
  readonly lidToPn = new Map<string, string>();
  readonly signalRepository = { lidMapping: { getPNForLID: async (lid: string) => this.lidToPn.get(lid) ?? null } };
  ended = false;
  private counter = 0;

  constructor(readonly config: UserFacingSocketConfig) {
    this.ev.setMaxListeners(50);
  }

  // ---- what the bot calls -------------------------------------------------------------
  async sendMessage(jid: string, content: AnyMessageContent): Promise<WAMessage | undefined> {
    if (this.ended) throw new Boom("Connection Closed", { statusCode: DisconnectReason.connectionClosed });
    const failure = this.failNextSends.shift();
    if (failure) throw failure;
    const text = "text" in content && typeof content.text === "string" ? content.text : "";
    const id = `3EB0${String(++this.counter).padStart(16, "0")}`;
    this.sent.push({ jid, text, at: Date.now(), id });
    this.onSend?.(jid, text);
    return proto.WebMessageInfo.fromObject({
      key: { remoteJid: jid, fromMe: true, id },
      message: { conversation: text },
      messageTimestamp: Math.floor(Date.now() / 1000),
    }) as WAMessage;
  }

  async sendPresenceUpdate(type: WAPresence, jid?: string): Promise<void> {
    this.presences.push({ type, ...(jid ? { jid } : {}), at: Date.now() });
  }

  async readMessages(keys: WAMessageKey[]): Promise<void> {
    if (this.ended) throw new Boom("Connection Closed", { statusCode: DisconnectReason.connectionClosed });
    this.reads.push(...keys);
  }

  async requestPairingCode(phone: string): Promise<string> {
    this.pairingRequests.push(phone);
    return "ABCD1234";
  }

  async updateMediaMessage(message: WAMessage): Promise<WAMessage> {
    return message;
  }

  async end(error: Error | undefined): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    this.emit("connection.update", {
      connection: "close",
      lastDisconnect: {
        error: error ?? new Boom("Connection Closed", { statusCode: DisconnectReason.connectionClosed }),
        date: new Date(),
      },
    });
  }

  // ---- what WhatsApp would do --------------------------------------------------------
  emit<T extends keyof BaileysEventMap>(event: T, data: BaileysEventMap[T]): void {
    this.ev.emit(event, data);
  }

  showQr(qr = "2@fake-qr-ref,fake-noise-key,fake-identity-key,fake-adv"): void {
    this.emit("connection.update", { connection: "connecting", qr });
  }

  open(me = { id: "6281100000001:7@s.whatsapp.net", lid: "99000000000001:7@lid" }): void {
    this.user = me;
    // What a successful link writes: the account is now registered to this device.
    this.emit("creds.update", {
      me,
      account: {
        details: new Uint8Array([1, 2, 3]),
        accountSignatureKey: new Uint8Array([4]),
        accountSignature: new Uint8Array([5]),
        deviceSignature: new Uint8Array([6]),
      },
    });
    this.emit("connection.update", { connection: "open" });
  }

  close(statusCode: number, message = "Connection Failure"): void {
    this.ended = true;
    this.emit("connection.update", { connection: "close", lastDisconnect: { error: new Boom(message, { statusCode }), date: new Date() } });
  }

  receive(messages: WAMessage[], type: "notify" | "append" = "notify"): void {
    this.emit("messages.upsert", { messages, type });
  }
}

/** A socket factory recording every socket it made (one per connection attempt). */
export function fakeSocketFactory(prepare?: (socket: FakeWhatsAppSocket) => void) {
  const sockets: FakeWhatsAppSocket[] = [];
  const factory: SocketFactory = (config) => {
    const socket = new FakeWhatsAppSocket(config);
    prepare?.(socket);
    sockets.push(socket);
    return socket;
  };
  return {
    factory,
    sockets,
    latest(): FakeWhatsAppSocket {
      const socket = sockets.at(-1);
      if (!socket) throw new Error("no socket created yet");
      return socket;
    },
  };
}

/** startBots options that put the WhatsApp channel on `fake`'s sockets, with linking prompts silenced. */
export function fakeBotsOptions(fake: ReturnType<typeof fakeSocketFactory>) {
  return { whatsapp: { socketFactory: fake.factory, link: { qr: () => undefined, pairingCode: () => undefined } } };
}
