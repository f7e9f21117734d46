import type { Logger } from "../logger.js";
import type { Db } from "../infra/prisma.js";
import { Prisma } from "../infra/prisma.js";
import type { JobQueues } from "../../queues/job-queues.js";
import { INBOUND_KINDS, type InboundMessage } from "../channels/contract.js";
import { triage } from "../core/triage.js";
import { resolveReporter } from "./resolve-reporter.js";

export interface IntakeDeps {
  db: Db;
  queues: JobQueues;
  log: Logger;
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
  assertShape(message);
  const { db, queues, log } = deps;

  const existing = await db.message.findUnique({
    where: { channel_externalId: { channel: message.channel, externalId: message.externalId } },
    select: { id: true, conversationId: true, state: true },
  });
  if (existing) {
    log.debug({ messageId: existing.id, channel: message.channel }, "duplicate delivery ignored");
    if (existing.state === "RECEIVED") await queues.addInbound({ conversationId: existing.conversationId, messageId: existing.id });
    return { messageId: existing.id, conversationId: existing.conversationId, duplicate: true };
  }

  const reporterId = await resolveReporter(db, message);
  const conversation = await db.conversation.upsert({
    where: { channel_chatId: { channel: message.channel, chatId: message.chatId } },
    create: { channel: message.channel, chatId: message.chatId, reporterId, lastInboundAt: new Date() },
    update: { lastInboundAt: new Date() },
    select: { id: true },
  });

  const { text, raw } = storableText(message.text);
  let messageId: string;
  try {
    const stored = await db.message.create({
      data: {
        channel: message.channel,
        externalId: message.externalId,
        conversationId: conversation.id,
        direction: "IN",
        kind: message.kind,
        text,
        state: "RECEIVED",
        payload: {
          ...(raw ? { rawTextBase64: raw } : {}),
          ...(message.refersTo ? { refersTo: message.refersTo } : {}),
          ...(message.sender.displayName ? { displayName: message.sender.displayName.slice(0, 200) } : {}),
          ...(message.sentAt ? { sentAt: message.sentAt.toISOString() } : {}),
        },
        attachments: message.attachments?.length
          ? {
              create: message.attachments.map((a) => ({
                mime: a.mime,
                fileName: a.fileName?.slice(0, 255) ?? null,
                size: a.data.length,
                data: new Uint8Array(a.data),
              })),
            }
          : undefined,
      },
      select: { id: true },
    });
    messageId = stored.id;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // Raced with the same delivery arriving on another connection: that one won.
      const winner = await db.message.findUniqueOrThrow({
        where: { channel_externalId: { channel: message.channel, externalId: message.externalId } },
        select: { id: true, conversationId: true },
      });
      return { messageId: winner.id, conversationId: winner.conversationId, duplicate: true };
    }
    throw error;
  }

  const emergency = !!text && text.length < 20_000 && triage(text).urgency === "EMERGENCY";
  await queues.addInbound({ conversationId: conversation.id, messageId }, emergency);
  log.debug({ messageId, conversationId: conversation.id, kind: message.kind, emergency }, "inbound stored and queued");
  return { messageId, conversationId: conversation.id, duplicate: false };
}

function assertShape(message: InboundMessage): void {
  const problems: string[] = [];
  if (!message || typeof message !== "object") throw new InvalidInboundError("inbound message is not an object");
  if (!["WHATSAPP", "TELEGRAM", "SIMULATOR"].includes(message.channel)) problems.push("channel");
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
