import type { Channel } from "../generated/prisma/enums.js";
import type { Db } from "./database.js";

/** Whether a platform message is stored already (a redelivery need not fetch its file again). */
export async function isMessageStored(db: Db, channel: Channel, externalId: string): Promise<boolean> {
  const row = await db.message.findUnique({ where: { channel_externalId: { channel, externalId } }, select: { id: true } });
  return row !== null;
}

/** Replies sent to a chat after `afterSeq`, oldest first (the simulator's reading end). */
export async function sentToChat(
  db: Db,
  channel: Channel,
  chatId: string,
  afterSeq: number,
  take: number,
): Promise<{ seq: bigint; text: string | null; payload: unknown; sentAt: Date | null }[]> {
  return db.message.findMany({
    where: { channel, direction: "OUT", state: "SENT", seq: { gt: BigInt(afterSeq) }, conversation: { chatId } },
    orderBy: { seq: "asc" },
    take,
    select: { seq: true, text: true, payload: true, sentAt: true },
  });
}

/** A message's first file (a voice note to transcribe), the message's case, its conversation and arrival. */
export async function findVoiceNote(db: Db, messageId: string) {
  return db.message.findUnique({
    where: { id: messageId },
    select: {
      caseId: true,
      conversationId: true,
      createdAt: true,
      attachments: { take: 1, select: { id: true, mime: true, fileName: true, data: true, transcript: true } },
    },
  });
}

export async function saveTranscript(db: Db, attachmentId: string, transcript: string, at: Date): Promise<void> {
  await db.attachment.update({ where: { id: attachmentId }, data: { transcript, transcribedAt: at } });
}
