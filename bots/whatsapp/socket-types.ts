import type {
  AnyMessageContent,
  BaileysEventMap,
  Contact,
  UserFacingSocketConfig,
  WAMessage,
  WAMessageKey,
  WAPresence,
} from "@whiskeysockets/baileys";

/**
 * The part of a Baileys socket the channel uses. `makeWASocket` returns far more; tests pass a
 * fake with exactly this shape that emits Baileys' real events, so the whole bot runs
 * unchanged against it.
 */
export interface WhatsAppSocket {
  ev: {
    on<T extends keyof BaileysEventMap>(event: T, listener: (arg: BaileysEventMap[T]) => void): void;
    off<T extends keyof BaileysEventMap>(event: T, listener: (arg: BaileysEventMap[T]) => void): void;
  };
  user?: Contact | undefined;
  sendMessage(jid: string, content: AnyMessageContent): Promise<WAMessage | undefined>;
  sendPresenceUpdate(type: WAPresence, toJid?: string): Promise<void>;
  readMessages(keys: WAMessageKey[]): Promise<void>;
  requestPairingCode(phoneNumber: string): Promise<string>;
  updateMediaMessage(message: WAMessage): Promise<WAMessage>;
  end(error: Error | undefined): void | Promise<void>;
  signalRepository?: { lidMapping: { getPNForLID(lid: string): Promise<string | null> } };
}

/** Baileys' logger interface (pino-compatible); not exported by the package index. */
export type ILogger = NonNullable<UserFacingSocketConfig["logger"]>;

export type SocketFactory = (config: UserFacingSocketConfig) => WhatsAppSocket;
