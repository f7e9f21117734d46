import { Telegraf } from "telegraf";
import type { Update } from "telegraf/types";
import type { Redis } from "ioredis";
import type { InboundMessage } from "../../src/channels/contract.js";
import { texts } from "../../src/core/texts.js";
import { recordReachability as saveReachability } from "../../src/intake/sender-records.js";
import { InvalidInboundError, receiveMessage, type IntakeDeps } from "../../src/intake/receive-message.js";
import type { Logger } from "../../src/logger.js";
import type { Db } from "../../src/store/database.js";
import { isMessageStored } from "../../src/store/messages.js";
import { createCallbackSigner } from "./callback-data.js";
import { createChatQueue } from "../../src/channels/chat-queue.js";
import { downloadFile, type FileLimits } from "./download-file.js";
import { createPacer, type PaceLimits } from "./pacer.js";
import { createTelegramSender } from "./telegram-sender.js";
import { toInboundMessage, type Converted } from "./to-inbound-message.js";

export interface TelegramChannelDeps {
  db: Db;
  log: Logger;
  /** The process's group commit (AppContext.intake). */
  intake: IntakeDeps["intake"];
  redis: Redis;
  /** Namespace for this bot's Redis keys (the queue prefix keeps test runs apart). */
  keyPrefix: string;
  token: string;
  /** Bot API server, e.g. a local telegram-bot-api or a test fake. */
  apiRoot?: string;
  limits: PaceLimits;
  files: FileLimits & {
    /** Downloads at once, per process: each holds up to maxBytes in memory. */
    concurrency: number;
  };
}

/** Button answers that belong to one question: pressing one under an older question is stale. */
const ONE_SHOT_ACTION = /^(answer:|consent:|newproblem:|cancel$)/;
const GROUP_NOTICE_DAYS = 365;
const TYPING_SHOWN_MS = 5000;
const MAX_TYPING_CHATS = 50_000;

export type TelegramChannel = ReturnType<typeof createTelegramChannel>;

/**
 * The Telegram channel: a Telegraf bot whose one middleware turns each update into an
 * InboundMessage and stores it through the intake (store first, reply later through the
 * outbound queue). Group chats hear once that the service is private-only. Button presses are
 * checked (signature, freshness) before they reach the conversation engine.
 */
export function createTelegramChannel(deps: TelegramChannelDeps) {
  const bot = new Telegraf(deps.token, { telegram: deps.apiRoot ? { apiRoot: deps.apiRoot } : {}, handlerTimeout: 120_000 });
  const signer = createCallbackSigner(deps.token);
  const pacer = createPacer(deps.redis, deps.keyPrefix, deps.limits);
  const downloads = createChatQueue(deps.files.concurrency);
  const sender = createTelegramSender({
    telegram: bot.telegram,
    redis: deps.redis,
    keyPrefix: deps.keyPrefix,
    pacer,
    signer,
    log: deps.log,
  });

  bot.use(async (ctx) => {
    await ingest(ctx.update);
  });
  // Errors go back to whoever delivered the update (polling retries the batch, webhook answers 500).
  bot.catch((error) => {
    throw error;
  });

  async function ingest(update: Update): Promise<void> {
    const converted = toInboundMessage(update);
    const updateId = (update as { update_id?: number }).update_id;
    switch (converted.type) {
      case "ignore":
        if (converted.callbackQueryId) await answerCallback(converted.callbackQueryId);
        deps.log.info({ updateId, reason: converted.reason }, "telegram update ignored on purpose");
        return;
      case "not-private":
        if (converted.callbackQueryId) await answerCallback(converted.callbackQueryId);
        await tellGroupOnce(converted.chatId, converted.chatType, updateId);
        return;
      case "callback":
        return ingestCallback(converted, updateId);
      case "membership":
        return recordReachability(converted.userId, converted.blocked, updateId);
      case "message":
        return ingestMessage(converted, updateId);
    }
  }

  async function ingestMessage(converted: Extract<Converted, { type: "message" }>, updateId: number | undefined): Promise<void> {
    let message: InboundMessage = converted.message;
    if (converted.file && !(await alreadyStored(message.externalId))) {
      const ref = converted.file;
      const file = await downloads.run(message.externalId, () => downloadFile(bot.telegram, ref, deps.files));
      const ids = { updateId, externalId: message.externalId, kind: message.kind };
      if ("tooLarge" in file) {
        deps.log.info(ids, "telegram file over the size limit: stored without it");
        message = { ...message, kind: "oversized" };
      } else if ("unsafe" in file) {
        // Kept on the message as opaque bytes (never shown inline); the person is asked for a photo or document.
        deps.log.info({ ...ids, sniffedMime: file.sniffedMime ?? "unknown" }, "telegram file is not a type we open: kept as opaque bytes");
        message = { ...message, kind: "unsupported", attachments: [file.attachment] };
      } else if ("failed" in file) {
        deps.log.error({ ...ids, err: file.failed }, "telegram file could not be downloaded: message stored without it");
        message = { ...message, kind: "unsupported" };
      } else {
        message = { ...message, attachments: [file.attachment] };
      }
    }
    await store(message, updateId);
    showTyping(message.chatId);
  }

  /**
   * "typing..." tells the person we got it while the reply waits for its send slot. Telegram
   * shows it for about 5 s, so a chat writing fast gets it once per TYPING_SHOWN_MS: during a
   * burst one call per stored message would crowd the bot's connection to the Bot API and slow
   * the getUpdates that brings the next updates (an emergency among them).
   */
  const typingShown = new Map<string, number>();
  function showTyping(chatId: string): void {
    const now = Date.now();
    if ((typingShown.get(chatId) ?? 0) > now - TYPING_SHOWN_MS) return;
    if (typingShown.size >= MAX_TYPING_CHATS) typingShown.clear();
    typingShown.set(chatId, now);
    bot.telegram.sendChatAction(chatId, "typing").catch((error: Error) => {
      deps.log.debug({ chatId, err: error.message }, "typing indicator not sent");
    });
  }

  async function ingestCallback(converted: Extract<Converted, { type: "callback" }>, updateId: number | undefined): Promise<void> {
    const { message, callbackQueryId, pressedMessageId } = converted;
    const action = signer.verify(message.chatId, message.text ?? "");
    let stale = action === null;
    if (action && ONE_SHOT_ACTION.test(action) && pressedMessageId !== undefined) {
      // Only the newest question can be answered, and only once (a second press is stale too).
      const latest = await sender.latestKeyboard(message.chatId);
      stale = latest !== null && latest > pressedMessageId;
      if (!stale && !(await alreadyStored(message.externalId))) {
        const first = await deps.redis.set(
          `${deps.keyPrefix}:answered:${message.chatId}:${pressedMessageId}`,
          message.externalId,
          "EX",
          30 * 24 * 3600,
          "NX",
        );
        if (first !== "OK")
          stale = (await deps.redis.get(`${deps.keyPrefix}:answered:${message.chatId}:${pressedMessageId}`)) !== message.externalId;
      }
    }
    if (stale || !action) {
      deps.log.info({ updateId, callbackQueryId, tampered: action === null }, "telegram button refused: altered or stale");
      await answerCallback(callbackQueryId, texts.staleButton());
      await removeKeyboard(message.chatId, pressedMessageId);
      return;
    }
    if (!(await alreadyStored(message.externalId))) await store({ ...message, text: action }, updateId);
    await answerCallback(callbackQueryId);
    // A pressed prompt cannot be pressed again: its question has been answered.
    if (ONE_SHOT_ACTION.test(action)) await removeKeyboard(message.chatId, pressedMessageId);
  }

  async function store(message: InboundMessage, updateId: number | undefined): Promise<void> {
    try {
      // Someone who blocked the bot and writes again has unblocked it: the intake marks them reachable.
      await receiveMessage(deps, message);
    } catch (error) {
      if (error instanceof InvalidInboundError) {
        // Will never be valid: retrying would block the chat. The update id is logged for follow-up.
        deps.log.error({ updateId, err: error.message }, "telegram update could not be stored: invalid shape");
        return;
      }
      throw error;
    }
  }

  /** Officers see that a person blocked the bot (their messages cannot arrive) until they unblock it. */
  async function recordReachability(userId: string, blocked: boolean, updateId: number | undefined): Promise<void> {
    const changed = await saveReachability(deps, "TELEGRAM", userId, blocked);
    deps.log.info({ updateId, blocked, reporters: changed }, blocked ? "telegram user blocked the bot" : "telegram user unblocked the bot");
  }

  const alreadyStored = (externalId: string) => isMessageStored(deps.db, "TELEGRAM", externalId);

  async function answerCallback(callbackQueryId: string, alert?: string): Promise<void> {
    try {
      await bot.telegram.answerCbQuery(callbackQueryId, alert, alert ? { show_alert: true } : {});
    } catch (error) {
      // An old query cannot be answered any more; the press itself is already handled.
      deps.log.debug({ callbackQueryId, err: (error as Error).message }, "callback query not answered");
    }
  }

  async function removeKeyboard(chatId: string, messageId: number | undefined): Promise<void> {
    if (messageId === undefined) return;
    try {
      await bot.telegram.editMessageReplyMarkup(chatId, messageId, undefined, { inline_keyboard: [] });
    } catch (error) {
      deps.log.debug({ chatId, messageId, err: (error as Error).message }, "keyboard not removed");
    }
  }

  async function tellGroupOnce(chatId: string, chatType: string, updateId: number | undefined): Promise<void> {
    const key = `${deps.keyPrefix}:group-told:${chatId}`;
    const first = await deps.redis.set(key, "1", "EX", GROUP_NOTICE_DAYS * 24 * 3600, "NX");
    deps.log.info({ updateId, chatId, chatType, notified: first === "OK" }, "telegram group or channel update ignored: private chats only");
    if (first !== "OK") return;
    try {
      await sender.send({ messageId: `group-notice-${chatId}`, channel: "TELEGRAM", chatId, text: texts.privateChatOnly() });
    } catch (error) {
      // Forget that we told them, so the next update from this chat tries again.
      await deps.redis.del(key);
      deps.log.warn({ chatId, err: (error as Error).message }, "group notice not delivered");
    }
  }

  return { bot, sender, ingest };
}
