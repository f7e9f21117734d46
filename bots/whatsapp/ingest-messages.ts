import { isLidUser, jidNormalizedUser, type BaileysEventMap, type WAMessage, type WAMessageKey } from "@whiskeysockets/baileys";
import type { InboundMessage } from "../../src/channels/contract.js";
import { isEmergencyText } from "../../src/intake/emergency-text.js";
import { InvalidInboundError, receiveMessages, type IntakeDeps } from "../../src/intake/receive-message.js";
import { linkSamePerson } from "../../src/intake/sender-records.js";
import type { Logger } from "../../src/logger.js";
import { firstConversationChatId } from "../../src/store/conversations.js";
import type { Db, Sql } from "../../src/store/database.js";
import { isMessageStored } from "../../src/store/messages.js";
import { createChatQueue, type ChatQueue } from "../../src/channels/chat-queue.js";
import type { ChatRoutes } from "./chat-routes.js";
import { fetchMedia, type MediaDownloader, type MediaLimits } from "./media.js";
import type { WhatsAppSocket } from "./socket-types.js";
import { toInboundMessage, type Converted } from "./to-inbound-message.js";

export interface IngestDeps {
  db: Db;
  sql: Sql;
  /**
   * An emergency's lookup before its commit (which chat id its person already has) runs on
   * connections kept for emergencies: in a burst the main pool is queued with the same lookup
   * for every new chat.
   */
  emergencySql: Sql;
  log: Logger;
  /** The process's group commit (AppContext.intake). */
  intake: IntakeDeps["intake"];
  chats: ChatQueue;
  routes: ChatRoutes;
  media: MediaLimits;
  /** How a message's file is fetched through a given socket. */
  downloader(socket: WhatsAppSocket): MediaDownloader;
  /** An emergency arrived on this number: its pace makes room for the reply (Pacer.expectUrgent). */
  expectUrgent(accountId: string): void;
  /** Tries to store a message before giving up (the database may be restarting). */
  storeAttempts: number;
  storeRetryMs: number;
}

export interface IngestAccount {
  id: string;
  /** The number's open socket (for read receipts), if any. */
  openSocket(): WhatsAppSocket | undefined;
}

const MAX_CACHED_CHATS = 100_000;
const RECEIPT_DELAY_MS = 250;
const RECEIPT_BATCH = 100;
/** A received message waiting for its chat's turn to be stored. */
interface Waiting {
  account: IngestAccount;
  converted: Extract<Converted, { type: "message" }>;
  key: WAMessageKey;
  /** Baileys' whole message, kept only when a file must be fetched or a LID's phone number looked up. */
  original: WAMessage | undefined;
  /** Its words are an emergency (checked once, at receipt). */
  emergency: boolean;
  socket: WhatsAppSocket;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Inbound WhatsApp messages into the intake: each is converted, its file fetched and checked,
 * then stored through `receiveMessages` (store first; the reply comes later from the queue) and
 * marked read. Messages of one chat are stored in the order they came, those that arrived while
 * the chat's previous ones were being stored in one transaction. What is ignored on
 * purpose gets a debug line with its id and reason; nothing logs content.
 */
export function createMessageIngest(deps: IngestDeps) {
  const { db, log } = deps;
  // Files are held whole in memory while checked and stored: a few at a time bounds that memory.
  const mediaSlots = createChatQueue(deps.media.concurrency);
  /** JID → the chatId its conversation already uses (the first form we saw of that person). */
  const chatIds = new Map<string, string>();
  /** Messages received and not yet taken for storing, per chat JID, in arrival order. */
  const waitingByChat = new Map<string, Waiting[]>();

  function onUpsert(account: IngestAccount, event: BaileysEventMap["messages.upsert"], socket: WhatsAppSocket): void {
    // "notify" is live; "append" carries messages that arrived while we were offline: both count.
    for (const msg of event.messages ?? []) {
      let converted: Converted;
      try {
        converted = toInboundMessage(msg);
      } catch (error) {
        log.error(
          { accountId: account.id, waMessageId: msg?.key?.id, err: (error as Error).message },
          "whatsapp message could not be read",
        );
        continue;
      }
      if (converted.type === "ignore") {
        log.debug({ accountId: account.id, waMessageId: converted.id, reason: converted.reason }, "whatsapp message ignored on purpose");
        continue;
      }
      // Converted at once: a backlog holds the small converted message, not Baileys' whole
      // object (kept only when a file must be downloaded or a LID's phone number looked up).
      const lookupAlt = !converted.jids.alt && isLidUser(converted.jids.chat) === true;
      const original = converted.media || lookupAlt ? msg : undefined;
      const emergency = isEmergencyText(converted.message.text);
      if (emergency) deps.expectUrgent(account.id);
      const entry: Waiting = { account, converted, key: msg.key, original, socket, emergency };
      const chat = converted.jids.chat;
      const waiting = waitingByChat.get(chat);
      if (waiting) waiting.push(entry);
      else waitingByChat.set(chat, [entry]);
      // One task per message; the first to run takes every message of the chat waiting by then.
      deps.chats
        .run(chat, () => ingestWaiting(chat), emergency)
        .catch((error: Error) => {
          log.error(
            { accountId: account.id, waMessageId: converted.message.externalId, err: error.message },
            "whatsapp message not handled",
          );
        });
    }
  }

  /**
   * Stores the chat's messages waiting, in their order: runs of texts in one transaction each
   * (a chat writing during a burst costs one commit per turn, not one per message), a message
   * with a file alone (files are held in memory until stored).
   */
  async function ingestWaiting(chat: string): Promise<void> {
    const entries = waitingByChat.get(chat) ?? [];
    waitingByChat.delete(chat);
    let run: { entry: Waiting; message: InboundMessage }[] = [];
    for (const entry of entries) {
      const message = await prepare(entry).catch((error: Error) => {
        log.error(
          { accountId: entry.account.id, waMessageId: entry.converted.message.externalId, err: error.message },
          "whatsapp message not handled",
        );
        return null;
      });
      if (!message) continue;
      if (entry.converted.media) {
        await storeAndMarkRead(run);
        await storeAndMarkRead([{ entry, message }]);
        run = [];
      } else run.push({ entry, message });
    }
    await storeAndMarkRead(run);
  }

  async function storeAndMarkRead(run: { entry: Waiting; message: InboundMessage }[]): Promise<void> {
    if (run.length === 0) return;
    const stored = await store(
      run[0]!.entry.account,
      run.map((r) => r.message),
      run.map((r) => r.entry.emergency),
    );
    for (const [i, { entry }] of run.entries()) if (stored[i]) markRead(entry.account, entry.key, entry.socket);
  }

  /** The message as stored: its LID's phone number looked up, the chat id its conversation uses, its file fetched and checked. */
  async function prepare({ account, converted: first, original: msg, socket, emergency }: Waiting): Promise<InboundMessage> {
    let converted = first;
    const alt = msg ? await knownAlt(msg, socket) : undefined;
    const again = alt && msg ? toInboundMessage(msg, alt) : undefined;
    if (again?.type === "message") converted = again;
    let message: InboundMessage = {
      ...converted.message,
      chatId: await chatIdFor(converted.jids, emergency ? deps.emergencySql : deps.sql),
    };
    deps.routes.record(message.chatId, account.id);

    if (converted.media && msg && !(await alreadyStored(message.externalId))) {
      const media = converted.media;
      const result = await mediaSlots.run(message.externalId, () => fetchMedia(msg, media, deps.downloader(socket), deps.media));
      const ids = { accountId: account.id, waMessageId: message.externalId, kind: message.kind };
      if (result.ok) {
        message = { ...message, attachments: [result.attachment] };
        if (result.claimedMime && result.claimedMime.split(";")[0] !== result.attachment.mime.split(";")[0]) {
          log.info(
            { ...ids, claimedMime: result.claimedMime, sniffedMime: result.attachment.mime },
            "whatsapp file type differs from the claimed one: stored as sniffed",
          );
        }
      } else if (result.reason === "too-large") {
        log.info({ ...ids, maxBytes: deps.media.maxBytes }, "whatsapp file over the size limit: stored without it");
        message = { ...message, kind: "oversized" };
      } else if (result.reason === "unsafe-type") {
        // Kept on the message as opaque bytes (never shown inline); the person is asked for a photo or document.
        log.info({ ...ids, sniffedMime: result.sniffedMime ?? "unknown" }, "whatsapp file is not a type we open: kept as opaque bytes");
        message = { ...message, kind: "unsupported", attachments: [result.attachment] };
      } else {
        log.error({ ...ids, err: result.error }, "whatsapp file could not be downloaded: message stored without it");
        message = { ...message, kind: "unsupported" };
      }
    }

    return message;
  }

  /**
   * Read receipts for stored messages, gathered for a moment so a burst costs one receipt per
   * chat instead of one per message (Baileys groups the keys of one chat into one stanza).
   */
  const unread = new Map<string, { account: IngestAccount; socket: WhatsAppSocket; keys: WAMessageKey[] }>();
  let receiptTimer: NodeJS.Timeout | undefined;
  function markRead(account: IngestAccount, key: WAMessageKey, socket: WhatsAppSocket): void {
    const entry = unread.get(account.id) ?? { account, socket, keys: [] };
    entry.socket = socket;
    entry.keys.push(key);
    unread.set(account.id, entry);
    receiptTimer ??= setTimeout(flushReceipts, RECEIPT_DELAY_MS);
  }
  function flushReceipts(): void {
    receiptTimer = undefined;
    for (const { account, socket, keys } of unread.values()) {
      const reader = account.openSocket() ?? socket;
      for (let i = 0; i < keys.length; i += RECEIPT_BATCH) {
        reader.readMessages(keys.slice(i, i + RECEIPT_BATCH)).catch((error: Error) => {
          log.debug({ accountId: account.id, count: keys.length, err: error.message }, "whatsapp read receipts not sent");
        });
      }
    }
    unread.clear();
  }

  /**
   * Stores these messages of one chat in one transaction, with retries: by now WhatsApp considers
   * them delivered, so giving up loses them. Resolves which were stored.
   */
  async function store(account: IngestAccount, messages: InboundMessage[], emergencies: boolean[]): Promise<boolean[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        await receiveMessages(deps, messages, emergencies);
        return messages.map(() => true);
      } catch (error) {
        const ids = { accountId: account.id, waMessageIds: messages.map((m) => m.externalId).slice(0, 10), attempt };
        if (error instanceof InvalidInboundError) {
          // One message will never be valid: the others of the run are stored without it, in order.
          if (messages.length > 1) {
            const stored: boolean[] = [];
            for (const [i, message] of messages.entries()) stored.push(...(await store(account, [message], [emergencies[i]!])));
            return stored;
          }
          log.error({ ...ids, err: error.message }, "whatsapp message could not be stored: invalid shape");
          return [false];
        }
        if (attempt >= deps.storeAttempts) {
          log.error({ ...ids, err: (error as Error).message }, "whatsapp messages could not be stored after retries");
          return messages.map(() => false);
        }
        log.warn({ ...ids, err: (error as Error).message }, "whatsapp messages not stored yet: retrying");
        await sleep(Math.min(30_000, deps.storeRetryMs * 2 ** (attempt - 1)));
      }
    }
  }

  const alreadyStored = (externalId: string) => isMessageStored(db, "WHATSAPP", externalId);

  /** A LID without its phone number beside it: ask the mapping Baileys keeps (in our auth store). */
  async function knownAlt(msg: WAMessage, socket: WhatsAppSocket): Promise<string | undefined> {
    const remote = msg?.key?.remoteJid;
    if (!remote || msg.key.remoteJidAlt || msg.key.fromMe || !isLidUser(remote)) return undefined;
    try {
      return (await socket.signalRepository?.lidMapping.getPNForLID(remote)) ?? undefined;
    } catch (error) {
      log.debug({ waMessageId: msg.key.id, err: (error as Error).message }, "whatsapp LID mapping lookup failed");
      return undefined;
    }
  }

  /**
   * One person, one conversation: when they come back under their other JID (LID instead of
   * phone number, or the reverse), the conversation they already have continues.
   */
  async function chatIdFor(jids: { chat: string; alt?: string }, sql: Sql): Promise<string> {
    const cached = chatIds.get(jids.chat) ?? (jids.alt ? chatIds.get(jids.alt) : undefined);
    if (cached) return cached;
    const candidates = jids.alt ? [jids.chat, jids.alt] : [jids.chat];
    const chosen = (await firstConversationChatId(sql, "WHATSAPP", candidates)) ?? jids.chat;
    if (chatIds.size >= MAX_CACHED_CHATS) chatIds.clear();
    for (const jid of candidates) chatIds.set(jid, chosen);
    return chosen;
  }

  /** Baileys learned that a LID and a phone number are one person: link them to one reporter. */
  async function onLidMapping(mapping: BaileysEventMap["lid-mapping.update"]): Promise<void> {
    if (!mapping?.lid || !mapping?.pn) return;
    await linkSamePerson(deps, "WHATSAPP", [jidNormalizedUser(mapping.lid), jidNormalizedUser(mapping.pn)]);
  }

  return {
    onUpsert,
    onLidMapping,
    async drain(): Promise<void> {
      await deps.chats.drain();
      clearTimeout(receiptTimer);
      flushReceipts();
    },
  };
}
