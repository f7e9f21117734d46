import type { Logger } from "../logger.js";
import { INBOUND_KINDS, type InboundMessage } from "../channels/contract.js";
import { isChannelName } from "../core/channels.js";
import { isEmergencyText } from "./emergency-text.js";
import type { BatchedMessage, IntakeBatcher } from "./intake-batcher.js";

export interface IntakeDeps {
  log: Logger;
  /** The process's group commit (AppContext.intake): stores and queues every inbound message. */
  intake: IntakeBatcher;
}

export interface Received {
  messageId: string;
  conversationId: string;
  duplicate: boolean;
}

export class InvalidInboundError extends Error {}

/**
 * Step one for every inbound message on every channel: store it (so nothing is lost whatever
 * fails next), then queue it for processing. A message delivered twice is stored once.
 */
export async function receiveMessage(deps: IntakeDeps, message: InboundMessage): Promise<Received> {
  const [received] = await receiveMessages(deps, [message]);
  return received!;
}

/**
 * Several messages of one chat, in their order, stored in one transaction (all or none): what a
 * channel received for a chat while that chat's previous messages were being stored.
 * `emergencies`: which are an emergency, when the channel already checked at receipt
 * (`isEmergencyText`): a burst's texts are then not read twice on the same busy event loop.
 */
export async function receiveMessages(deps: IntakeDeps, messages: InboundMessage[], emergencies?: readonly boolean[]): Promise<Received[]> {
  for (const message of messages) assertShape(message);
  const { log } = deps;
  // Group-committed with whatever else arrives meanwhile, and queued, by the batcher.
  const results = await deps.intake.storeGroup(messages.map((message, i) => batched(message, emergencies?.[i])));
  return results.map((result, i) => {
    const message = messages[i]!;
    if (result.duplicate) log.debug({ messageId: result.messageId, channel: message.channel }, "duplicate delivery ignored");
    else log.debug({ messageId: result.messageId, conversationId: result.conversationId, kind: message.kind }, "inbound stored and queued");
    return { messageId: result.messageId, conversationId: result.conversationId, duplicate: result.duplicate };
  });
}

function batched(message: InboundMessage, emergency?: boolean): BatchedMessage {
  const { text, raw } = storableText(message.text);
  const payload = {
    ...(raw ? { rawTextBase64: raw } : {}),
    ...(message.refersTo ? { refersTo: message.refersTo } : {}),
    ...(message.sender.displayName ? { displayName: message.sender.displayName.slice(0, 200) } : {}),
    ...(message.sentAt ? { sentAt: message.sentAt.toISOString() } : {}),
  };
  return { message, text, payload, emergency: emergency ?? isEmergencyText(text) };
}

function assertShape(message: InboundMessage): void {
  const problems: string[] = [];
  if (!message || typeof message !== "object") throw new InvalidInboundError("inbound message is not an object");
  if (typeof message.channel !== "string" || !isChannelName(message.channel)) problems.push("channel");
  if (typeof message.externalId !== "string" || !message.externalId || message.externalId.length > 256) problems.push("externalId");
  if (typeof message.chatId !== "string" || !message.chatId || message.chatId.length > 256) problems.push("chatId");
  if (!message.sender || typeof message.sender.id !== "string" || !message.sender.id) problems.push("sender.id");
  if (!(INBOUND_KINDS as readonly string[]).includes(message.kind)) problems.push("kind");
  if (message.text !== undefined && typeof message.text !== "string") problems.push("text");
  if (problems.length) throw new InvalidInboundError(`inbound message invalid: ${problems.join(", ")}`);
}

/** PostgreSQL text cannot hold NUL: keep a readable copy and the exact original bytes beside it. */
function storableText(text: string | undefined): { text: string | null; raw?: string } {
  if (text === undefined) return { text: null };
  if (!text.includes("\u0000")) return { text };
  return { text: text.replaceAll("\u0000", "\uFFFD"), raw: Buffer.from(text, "utf8").toString("base64") };
}
