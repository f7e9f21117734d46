import type { Logger } from "../logger.js";
import type { Db } from "../infra/prisma.js";
import { Prisma } from "../infra/prisma.js";
import type { JobQueues } from "../../queues/job-queues.js";
import { INBOUND_KINDS, type InboundMessage } from "../channels/contract.js";
import { triage } from "../core/triage.js";
import type { IntakeBatcher, StoreResult } from "./intake-batcher.js";
import { resolveReporter } from "./resolve-reporter.js";

export interface IntakeDeps {
  db: Db;
  queues: JobQueues;
  log: Logger;
  /** The process's group commit (AppContext.intake): every message without a file goes through it. */
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
  assertShape(message);
  const { db, queues, log } = deps;
  const { text, raw } = storableText(message.text);
  const payload = {
    ...(raw ? { rawTextBase64: raw } : {}),
    ...(message.refersTo ? { refersTo: message.refersTo } : {}),
    ...(message.sender.displayName ? { displayName: message.sender.displayName.slice(0, 200) } : {}),
    ...(message.sentAt ? { sentAt: message.sentAt.toISOString() } : {}),
  };

  const emergency = !!text && text.length < 20_000 && triage(text).urgency === "EMERGENCY";
  // Messages without files are group-committed and queued by the batcher; files go one by one.
  const result = message.attachments?.length
    ? await storeWithFiles(db, message, text, payload)
    : await deps.intake.store({ message, text, payload, emergency });
  if (message.attachments?.length && (!result.duplicate || result.state === "RECEIVED")) {
    await queues.addInbound([result.conversationId], emergency);
  }
  if (result.duplicate) {
    log.debug({ messageId: result.messageId, channel: message.channel }, "duplicate delivery ignored");
    return { messageId: result.messageId, conversationId: result.conversationId, duplicate: true };
  }
  log.debug({ messageId: result.messageId, conversationId: result.conversationId, kind: message.kind, emergency }, "inbound stored and queued");
  return { messageId: result.messageId, conversationId: result.conversationId, duplicate: false };
}

/** Messages with files (rare, and their bytes dwarf the query cost): through the Prisma client. */
async function storeWithFiles(db: Db, message: InboundMessage, text: string | null, payload: object): Promise<StoreResult> {
  const existing = await db.message.findUnique({
    where: { channel_externalId: { channel: message.channel, externalId: message.externalId } },
    select: { id: true, conversationId: true, state: true },
  });
  if (existing) return { messageId: existing.id, conversationId: existing.conversationId, duplicate: true, state: existing.state };

  const reporterId = await resolveReporter(db, message);
  const conversation = await conversationFor(db, message, reporterId);
  try {
    const stored = await db.message.create({
      data: {
        channel: message.channel,
        externalId: message.externalId,
        conversationId: conversation,
        direction: "IN",
        kind: message.kind,
        text,
        state: "RECEIVED",
        payload,
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
    return { messageId: stored.id, conversationId: conversation, duplicate: false };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // Raced with the same delivery arriving on another connection: that one won.
      const winner = await db.message.findUniqueOrThrow({
        where: { channel_externalId: { channel: message.channel, externalId: message.externalId } },
        select: { id: true, conversationId: true, state: true },
      });
      return { messageId: winner.id, conversationId: winner.conversationId, duplicate: true, state: winner.state };
    }
    throw error;
  }
}

/** Find-or-create without updating an existing row (which would wait on the inbound job's lock). */
async function conversationFor(db: Db, message: InboundMessage, reporterId: string): Promise<string> {
  const key = { channel_chatId: { channel: message.channel, chatId: message.chatId } };
  const found = await db.conversation.findUnique({ where: key, select: { id: true } });
  if (found) return found.id;
  try {
    const created = await db.conversation.create({
      data: { channel: message.channel, chatId: message.chatId, reporterId, lastInboundAt: new Date() },
      select: { id: true },
    });
    return created.id;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return (await db.conversation.findUniqueOrThrow({ where: key, select: { id: true } })).id;
    }
    throw error;
  }
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
