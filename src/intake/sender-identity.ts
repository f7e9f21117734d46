import type { ChannelName, InboundMessage } from "../channels/contract.js";

/** Every id the sender is known by on this channel (the main id first). */
export function senderIds(message: InboundMessage): string[] {
  return [...new Set([message.sender.id, ...(message.sender.aliases ?? [])])].filter((id) => id && id.length <= 256);
}

/** Who writes on a channel, until they say otherwise: workers on WhatsApp, families on Telegram. */
export function reporterKindFor(channel: ChannelName): "WORKER" | "FAMILY" | "UNKNOWN" {
  return channel === "WHATSAPP" ? "WORKER" : channel === "TELEGRAM" ? "FAMILY" : "UNKNOWN";
}
