import { downloadMediaMessage, makeWASocket, type UserFacingSocketConfig } from "@whiskeysockets/baileys";
import type { Redis } from "ioredis";
import type { ChannelSender } from "../../src/channels/contract.js";
import type { Db } from "../../src/infra/prisma.js";
import type { Sql } from "../../src/infra/sql.js";
import type { Logger } from "../../src/logger.js";
import type { IntakeDeps } from "../../src/intake/receive-message.js";
import type { AuthCipher } from "./auth-cipher.js";
import { createAuthStateStore } from "./auth-state-store.js";
import { createChatQueue } from "../../src/channels/chat-queue.js";
import { createChatRoutes } from "./chat-routes.js";
import { createStatusWriter } from "./connection-status.js";
import {
  createWhatsAppAccount,
  type AccountClock,
  type LinkDisplay,
  type ReconnectPolicy,
  type WhatsAppAccount,
} from "./create-whatsapp-account.js";
import { createMessageIngest } from "./ingest-messages.js";
import type { MediaDownloader, MediaLimits } from "./media.js";
import { createPacer, type PaceLimits } from "./pacer.js";
import type { ILogger, SocketFactory, WhatsAppSocket } from "./socket-types.js";
import { createWhatsAppSender, type SendTarget, type TypingPolicy } from "./whatsapp-sender.js";

export interface WhatsAppAccountConfig {
  id: string;
  /** Digits with country code: link by pairing code instead of QR. */
  pairingPhone?: string;
}

export interface WhatsAppSettings {
  media: MediaLimits;
  pace: PaceLimits;
  typing: TypingPolicy;
  reconnect: ReconnectPolicy;
  inboundConcurrency: number;
  repeatWindowMs: number;
  storeAttempts: number;
  storeRetryMs: number;
}

export interface WhatsAppChannelDeps {
  db: Db;
  sql: Sql;
  /** Connections kept for emergencies (AppContext.emergencySql): an emergency's lookups before its commit. */
  emergencySql?: Sql;
  log: Logger;
  redis: Redis;
  /** The process's group commit (AppContext.intake). */
  intake: IntakeDeps["intake"];
  /** Namespace for this channel's Redis keys (the queue prefix keeps test runs apart). */
  keyPrefix: string;
  accounts: WhatsAppAccountConfig[];
  settings: WhatsAppSettings;
  /** Encrypts the numbers' sessions in the database (WHATSAPP_AUTH_KEY). */
  authCipher: AuthCipher;
  /** Default: Baileys' makeWASocket. Tests pass a fake socket emitting Baileys' events. */
  socketFactory?: SocketFactory;
  link: LinkDisplay;
  /** Logger handed to Baileys itself (default: silent; it can log raw stanzas). */
  libraryLogger?: ILogger;
  socketConfig?: Partial<UserFacingSocketConfig>;
  /** Default: Baileys' downloadMediaMessage through the socket (re-upload requests included). */
  downloader?: (socket: WhatsAppSocket, logger: ILogger) => MediaDownloader;
  /** The clock the numbers' reconnect backoff runs on (default: the process clock; tests move one by hand). */
  clock?: AccountClock;
}

export const DEFAULT_SETTINGS: WhatsAppSettings = {
  media: { maxBytes: 16 * 1024 * 1024, timeoutMs: 60_000, attempts: 3, concurrency: 4 },
  pace: { globalPerSecond: 5, perChatIntervalMs: 1500 },
  typing: { minChars: 160, maxMs: 2000 },
  reconnect: { initialMs: 2000, maxMs: 60_000, stableMs: 60_000 },
  inboundConcurrency: 20,
  repeatWindowMs: 60_000,
  storeAttempts: 10,
  storeRetryMs: 500,
};

const defaultDownloader =
  (socket: WhatsAppSocket, logger: ILogger): MediaDownloader =>
  (msg) =>
    downloadMediaMessage(msg, "stream", {}, { logger, reuploadRequest: (m) => socket.updateMediaMessage(m) });

/**
 * The WhatsApp channel: one socket per linked number, their sessions in the database, inbound
 * messages into the intake, and one sender that delivers each reply from the number its chat
 * wrote to, at that number's pace. Everything runs against whatever `socketFactory` returns.
 */
export function createWhatsAppChannel(deps: WhatsAppChannelDeps) {
  if (deps.accounts.length === 0) throw new Error("no WhatsApp account configured");
  const ids = deps.accounts.map((a) => a.id);
  if (new Set(ids).size !== ids.length) throw new Error("WhatsApp account ids must be unique");

  const libraryLogger = deps.libraryLogger ?? (deps.log.child({ lib: "baileys" }, { level: "silent" }) as unknown as ILogger);
  const status = createStatusWriter(deps.db, deps.log);
  const routes = createChatRoutes(deps.redis, `${deps.keyPrefix}:routes`, deps.log);
  const downloader = deps.downloader ?? defaultDownloader;
  const ingest = createMessageIngest({
    db: deps.db,
    sql: deps.sql,
    emergencySql: deps.emergencySql ?? deps.sql,
    log: deps.log,
    intake: deps.intake,
    chats: createChatQueue(deps.settings.inboundConcurrency),
    routes,
    media: deps.settings.media,
    downloader: (socket) => downloader(socket, libraryLogger),
    storeAttempts: deps.settings.storeAttempts,
    storeRetryMs: deps.settings.storeRetryMs,
    expectUrgent: (accountId) => accounts.get(accountId)?.pacer.expectUrgent(),
  });

  const accounts = new Map<string, { account: WhatsAppAccount; pacer: ReturnType<typeof createPacer> }>();
  for (const config of deps.accounts) {
    const log = deps.log.child({ whatsapp: config.id });
    const account: WhatsAppAccount = createWhatsAppAccount({
      accountId: config.id,
      ...(config.pairingPhone ? { pairingPhone: config.pairingPhone } : {}),
      socketFactory: deps.socketFactory ?? (makeWASocket as SocketFactory),
      auth: createAuthStateStore(deps.db, config.id, deps.authCipher),
      status,
      link: deps.link,
      log,
      libraryLogger: libraryLogger.child({ whatsapp: config.id }),
      reconnect: deps.settings.reconnect,
      ...(deps.clock ? { clock: deps.clock } : {}),
      ...(deps.socketConfig ? { socketConfig: deps.socketConfig } : {}),
      onMessages: (event, socket) => ingest.onUpsert(account, event, socket),
      onLidMapping: (mapping) => {
        ingest.onLidMapping(mapping).catch((error: Error) => log.warn({ err: error.message }, "whatsapp LID mapping not recorded"));
      },
    });
    accounts.set(config.id, { account, pacer: createPacer(deps.settings.pace) });
  }

  /** The chat's own number when it is connected; another connected number only if that one is gone for good. */
  async function target(chatId: string): Promise<SendTarget> {
    const routed = await routes.lookup(chatId);
    const own = routed ? accounts.get(routed) : undefined;
    const ownSocket = own?.account.openSocket();
    if (own && ownSocket) return { accountId: own.account.id, socket: ownSocket, pacer: own.pacer };
    if (own && !own.account.gone())
      throw new Error(`whatsapp number ${own.account.id} is not connected (${own.account.state()}): will retry`);
    for (const entry of accounts.values()) {
      const socket = entry.account.openSocket();
      if (socket) return { accountId: entry.account.id, socket, pacer: entry.pacer };
    }
    throw new Error("no whatsapp number is connected: will retry");
  }

  const sender: ChannelSender = createWhatsAppSender({
    target,
    log: deps.log,
    typing: deps.settings.typing,
    repeatWindowMs: deps.settings.repeatWindowMs,
  });

  return {
    sender,
    accounts: new Map([...accounts].map(([id, entry]) => [id, entry.account])),

    async start(): Promise<void> {
      for (const { account } of accounts.values()) await account.start();
    },

    /** Closes every socket, then waits until messages already received are stored. */
    async stop(): Promise<void> {
      for (const { account } of accounts.values()) await account.stop();
      await ingest.drain();
    },

    /** Resolves when every message handed over so far is stored (tests and benchmarks). */
    drain: () => ingest.drain(),
  };
}

export type WhatsAppChannel = ReturnType<typeof createWhatsAppChannel>;
