import type { ChannelName, InboundMessage } from "../channels/contract.js";
import type { Db } from "../infra/prisma.js";
import { Prisma } from "../infra/prisma.js";

/**
 * The reporter behind a sender: one person may appear under several ids on one channel
 * (WhatsApp phone-number JID and LID); any known id finds them, and new aliases are recorded.
 */
export async function resolveReporter(db: Db, message: InboundMessage, attempt = 0): Promise<string> {
  const ids = senderIds(message);
  const known = await db.channelIdentity.findMany({
    where: { channel: message.channel, externalId: { in: ids } },
    select: { externalId: true, reporterId: true },
  });
  const reporterId = known[0]?.reporterId;
  if (reporterId) {
    const missing = ids.filter((id) => !known.some((k) => k.externalId === id));
    if (missing.length) {
      await db.channelIdentity.createMany({
        data: missing.map((externalId) => ({ channel: message.channel, externalId, reporterId })),
        skipDuplicates: true,
      });
    }
    return reporterId;
  }
  try {
    const reporter = await db.reporter.create({
      data: {
        kind: reporterKindFor(message.channel),
        phone: message.sender.phone?.slice(0, 32) ?? null,
        name: message.sender.displayName?.slice(0, 200) ?? null,
        identities: { create: ids.map((externalId) => ({ channel: message.channel, externalId })) },
      },
      select: { id: true },
    });
    return reporter.id;
  } catch (error) {
    // Two first messages of a new person raced: the other one created the reporter.
    if (attempt === 0 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return resolveReporter(db, message, 1);
    }
    throw error;
  }
}

/** Every id the sender is known by on this channel (the main id first). */
export function senderIds(message: InboundMessage): string[] {
  return [...new Set([message.sender.id, ...(message.sender.aliases ?? [])])].filter((id) => id && id.length <= 256);
}

/** Who writes on a channel, until they say otherwise: workers on WhatsApp, families on Telegram. */
export function reporterKindFor(channel: ChannelName): "WORKER" | "FAMILY" | "UNKNOWN" {
  return channel === "WHATSAPP" ? "WORKER" : channel === "TELEGRAM" ? "FAMILY" : "UNKNOWN";
}
