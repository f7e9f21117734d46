import { createHash } from "node:crypto";
import { isHostedLidUser, isHostedPnUser, isLidUser, isPnUser } from "@whiskeysockets/baileys";
import { RateLimitedError, RecipientUnreachableError, type ChannelSender, type OutboundMessage } from "../../src/channels/contract.js";
import type { Logger } from "../../src/logger.js";
import type { Pacer } from "./pacer.js";
import type { WhatsAppSocket } from "./socket-types.js";

/** The number a message leaves from: its open socket and its pace. */
export interface SendTarget {
  accountId: string;
  socket: WhatsAppSocket;
  pacer: Pacer;
}

export interface TypingPolicy {
  /** Texts at least this long are preceded by "typing..." */
  minChars: number;
  /** The longest "typing..." before a message. */
  maxMs: number;
}

export interface WhatsAppSenderDeps {
  /** Picks the number for a chat; throws (a retryable error) when none is connected. */
  target(chatId: string): Promise<SendTarget>;
  log: Logger;
  typing: TypingPolicy;
  /** The same text to the same chat within this window is not sent again (0: off). */
  repeatWindowMs: number;
}

const TYPING_MS_PER_CHAR = 15;
const RATE_LIMIT_PAUSE_MS = 60_000;
const MAX_REMEMBERED = 50_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Delivers outbound rows on WhatsApp. Each message waits for its slot on the number's pace,
 * longer ones after a short "typing...", and a reply identical to the one just sent to the
 * same chat is not repeated (a flood of the same message would otherwise bring a flood of the
 * same answer, which is what gets numbers banned). Menu choices are in the text itself, so
 * buttons are not drawn.
 */
export function createWhatsAppSender(deps: WhatsAppSenderDeps): ChannelSender {
  const lastSent = new Map<string, { digest: string; at: number; messageId: string }>();

  return {
    channel: "WHATSAPP",

    async send(message: OutboundMessage) {
      const { chatId, text, messageId } = message;
      if (!text.trim()) {
        deps.log.warn({ messageId }, "outbound whatsapp message has no text: nothing sent");
        return {};
      }
      if (!isPerson(chatId)) throw new RecipientUnreachableError(`not a WhatsApp user address: ${chatId.slice(0, 80)}`);

      const digest = createHash("sha256").update(text).digest("base64");
      const previous = lastSent.get(chatId);
      if (
        deps.repeatWindowMs > 0 &&
        previous &&
        previous.digest === digest &&
        previous.messageId !== messageId &&
        Date.now() - previous.at < deps.repeatWindowMs
      ) {
        deps.log.info({ messageId, sameAs: previous.messageId }, "whatsapp reply identical to the one just sent: not repeated");
        return { note: `not sent again: same text as message ${previous.messageId} moments before` };
      }

      const target = await deps.target(chatId);
      await target.pacer.acquire(chatId, message.urgent === true);
      // An emergency reply is not held back by a "typing..." show.
      const typing =
        !message.urgent && !message.emergency && text.length >= deps.typing.minChars
          ? Math.min(deps.typing.maxMs, text.length * TYPING_MS_PER_CHAR)
          : 0;
      if (typing > 0) {
        await presence(target, "composing", chatId, messageId);
        await sleep(typing);
      }
      let sent: Awaited<ReturnType<WhatsAppSocket["sendMessage"]>>;
      try {
        sent = await target.socket.sendMessage(chatId, { text });
      } catch (error) {
        throw translateError(target, error);
      }
      if (typing > 0) void presence(target, "paused", chatId, messageId);
      if (lastSent.size >= MAX_REMEMBERED) lastSent.clear();
      lastSent.set(chatId, { digest, at: Date.now(), messageId });
      const platformMessageId = sent?.key?.id ?? undefined;
      return platformMessageId ? { platformMessageId } : {};
    },
  };

  async function presence(target: SendTarget, type: "composing" | "paused", chatId: string, messageId: string): Promise<void> {
    try {
      await target.socket.sendPresenceUpdate(type, chatId);
    } catch (error) {
      deps.log.debug({ messageId, accountId: target.accountId, err: (error as Error).message }, "whatsapp typing indicator not sent");
    }
  }
}

function translateError(target: SendTarget, error: unknown): Error {
  const e = error as { output?: { statusCode?: number }; message?: string; data?: unknown };
  const status = e?.output?.statusCode;
  const text = `${e?.message ?? String(error)}`.slice(0, 300);
  if (status === 429 || /rate-overlimit/i.test(text)) {
    target.pacer.holdOff(RATE_LIMIT_PAUSE_MS);
    return new RateLimitedError(RATE_LIMIT_PAUSE_MS);
  }
  // Connection closed or lost, timeouts, server errors: all worth another try later.
  return error instanceof Error ? error : new Error(text);
}

function isPerson(jid: string): boolean {
  return isPnUser(jid) === true || isLidUser(jid) === true || isHostedPnUser(jid) === true || isHostedLidUser(jid) === true;
}
