/**
 * The channel contract: the only things a channel adapter (WhatsApp, Telegram, simulator)
 * exchanges with the core. Adapters convert platform updates into InboundMessage and hand them
 * to `receiveMessage`; they implement ChannelSender for the outbound queue. See README.
 */
import type { ChannelName } from "../core/channels.js";

export type { ChannelName };

export const INBOUND_KINDS = [
  "text",
  "image",
  "video",
  "document",
  "audio",
  "voice",
  "location",
  "contact",
  "sticker",
  "reaction",
  "edit",
  "revoke",
  "action",
  "unsupported",
  /** A file the adapter could not accept (over the size limit): stored without it, the sender is told. */
  "oversized",
] as const;
export type InboundKind = (typeof INBOUND_KINDS)[number];

export interface InboundAttachment {
  /** MIME type sniffed from the bytes by the adapter, not the one the platform claimed. */
  mime: string;
  fileName?: string;
  data: Buffer;
}

export interface InboundMessage {
  channel: ChannelName;
  /** Platform message id, unique within the channel (Telegram: "<chatId>:<message_id>"). Dedupe key. */
  externalId: string;
  /** Where replies go (WhatsApp JID, Telegram chat id, simulator chat name). */
  chatId: string;
  sender: {
    /** Stable platform user id. */
    id: string;
    /** Other ids of the same person on this channel (WhatsApp: phone JID and LID). */
    aliases?: string[];
    phone?: string;
    displayName?: string;
  };
  kind: InboundKind;
  /** Text, caption, or for kind "action" the button's callback data. */
  text?: string;
  attachments?: InboundAttachment[];
  /** For edit / revoke / reaction: the platform id of the message concerned. */
  refersTo?: string;
  sentAt?: Date;
}

export interface OutboundButton {
  label: string;
  action: string;
}

/** What the outbound queue asks a channel to deliver. */
export interface OutboundMessage {
  messageId: string;
  channel: ChannelName;
  chatId: string;
  text: string;
  buttons?: OutboundButton[];
  /**
   * An emergency reply: it leaves at once, ahead of the paced ordinary replies of other chats
   * (still within the platform's hard limit per second and its chat's interval), with no
   * "typing..." pause before it.
   */
  urgent?: boolean;
  /** A reply about an emergency (an urgent one, or one of its further replies): no "typing..." pause before it. */
  emergency?: boolean;
}

export interface ChannelSender {
  readonly channel: ChannelName;
  /**
   * Deliver one message; resolve with the platform's message id, and a note for the row when the
   * channel decided not to send it (it is then marked sent). Throw the errors below.
   */
  send(message: OutboundMessage): Promise<{ platformMessageId?: string; note?: string }>;
}

/** The platform's pace for a channel's outbound worker. */
export interface OutboundPace {
  concurrency?: number;
  /** Channel-wide: at most `max` messages per `duration` ms. */
  limiter?: { max: number; duration: number };
}

/** A started channel: the bots role gives its sender an outbound worker, and stops it last. */
export interface RunningChannel {
  sender: ChannelSender;
  outbound?: OutboundPace;
  stop(): Promise<void>;
}

/** The recipient can never be reached (blocked the bot, left WhatsApp): no retry, mark unreachable. */
export class RecipientUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RecipientUnreachableError";
  }
}

/** The platform asked us to slow down: retry after the given delay. */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`rate limited, retry after ${retryAfterMs} ms`);
    this.name = "RateLimitedError";
  }
}
