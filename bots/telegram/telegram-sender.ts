import { UnrecoverableError } from "bullmq";
import type { Redis } from "ioredis";
import { TelegramError, type Telegram } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import {
  RateLimitedError,
  RecipientUnreachableError,
  type ChannelSender,
  type OutboundButton,
  type OutboundMessage,
} from "../../src/channels/contract.js";
import type { Logger } from "../../src/logger.js";
import type { CallbackSigner } from "./callback-data.js";
import type { Pacer } from "./pacer.js";
import { splitText } from "./split-text.js";

export interface TelegramSenderDeps {
  telegram: Telegram;
  redis: Redis;
  /** Redis key prefix of this bot (queue prefix + ":tg"). */
  keyPrefix: string;
  pacer: Pacer;
  signer: CallbackSigner;
  log: Logger;
}

const DAY_S = 24 * 3600;

/** Telegram's answers that mean the chat can never receive from us (blocked, deleted, gone). */
const UNREACHABLE =
  /blocked by the user|user is deactivated|chat not found|bot was kicked|bot can't initiate|have no rights to send|PEER_ID_INVALID/i;

/**
 * Delivers outbound messages to Telegram. Long texts go out as several messages cut between
 * words, the buttons under the last one. Every message waits for its slot (per chat and for the
 * whole bot). Pieces already delivered are remembered, so a retry after a failure in the middle
 * does not repeat them.
 */
export function createTelegramSender(deps: TelegramSenderDeps): ChannelSender & { latestKeyboard(chatId: string): Promise<number | null> } {
  const progressKey = (messageId: string) => `${deps.keyPrefix}:sent-pieces:${messageId}`;
  const keyboardKey = (chatId: string) => `${deps.keyPrefix}:keyboard:${chatId}`;

  return {
    channel: "TELEGRAM",

    async send(message: OutboundMessage) {
      const pieces = splitText(message.text);
      if (pieces.length === 0) {
        deps.log.warn({ messageId: message.messageId }, "outbound message has no text: nothing sent");
        return {};
      }
      const keyboard = inlineKeyboard(deps.signer, message.chatId, message.buttons, deps.log, message.messageId);
      const done = Number((await deps.redis.get(progressKey(message.messageId))) ?? 0);
      let lastId: number | undefined;
      for (let i = done; i < pieces.length; i++) {
        const last = i === pieces.length - 1;
        await deps.pacer.acquire(message.chatId, message.urgent === true);
        try {
          const sent = await deps.telegram.sendMessage(message.chatId, pieces[i]!, {
            link_preview_options: { is_disabled: true },
            ...(last && keyboard ? { reply_markup: { inline_keyboard: keyboard } } : {}),
          });
          lastId = sent.message_id;
        } catch (error) {
          throw await translateError(deps, message.chatId, error);
        } finally {
          await deps.pacer.release(message.chatId);
        }
        if (!last) await deps.redis.set(progressKey(message.messageId), String(i + 1), "EX", DAY_S);
      }
      if (done > 0) await deps.redis.del(progressKey(message.messageId));
      // Only the newest keyboard in a chat may be answered: older ones are stale.
      if (keyboard && lastId !== undefined) await deps.redis.set(keyboardKey(message.chatId), String(lastId), "EX", 30 * DAY_S);
      return lastId !== undefined ? { platformMessageId: String(lastId) } : {};
    },

    async latestKeyboard(chatId: string) {
      const value = await deps.redis.get(keyboardKey(chatId));
      return value === null ? null : Number(value);
    },
  };
}

function inlineKeyboard(
  signer: CallbackSigner,
  chatId: string,
  buttons: OutboundButton[] | undefined,
  log: Logger,
  messageId: string,
): InlineKeyboardButton[][] | null {
  if (!buttons?.length) return null;
  const rows: InlineKeyboardButton[][] = [];
  for (const button of buttons) {
    const data = signer.sign(chatId, button.action);
    if (!data) {
      // A button we cannot carry safely is left out; the text always says how to answer by typing.
      log.error({ messageId, action: button.action.slice(0, 64) }, "button action not allowed on Telegram: left out");
      continue;
    }
    rows.push([{ text: button.label.slice(0, 64), callback_data: data }]);
  }
  return rows.length ? rows : null;
}

async function translateError(deps: TelegramSenderDeps, chatId: string, error: unknown): Promise<Error> {
  if (!(error instanceof TelegramError)) return error instanceof Error ? error : new Error(String(error));
  const description = error.description ?? "";
  if (error.code === 429) {
    const retryAfterMs = Math.max(1, error.parameters?.retry_after ?? 1) * 1000;
    await deps.pacer.holdOff(chatId, retryAfterMs);
    return new RateLimitedError(retryAfterMs);
  }
  if (error.code === 403 || (error.code === 400 && UNREACHABLE.test(description))) {
    return new RecipientUnreachableError(`telegram ${error.code}: ${description}`.slice(0, 300));
  }
  if (error.code >= 500) return new Error(`telegram ${error.code}: ${description}`.slice(0, 300));
  // Other client errors will fail the same way on every retry.
  return new UnrecoverableError(`telegram ${error.code}: ${description}`.slice(0, 300));
}
