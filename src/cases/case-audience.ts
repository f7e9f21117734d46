import type { ChannelName } from "../channels/contract.js";
import type { Prisma } from "../infra/prisma.js";

export interface Recipient {
  conversationId: string;
  channel: ChannelName;
}

/**
 * Who hears about a case: the reporter, on the chat the case came from, and every family member
 * who follows it with proof (verified) and has not stopped following.
 */
export async function caseAudience(tx: Prisma.TransactionClient, caseId: string): Promise<Recipient[]> {
  const found = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      conversationId: true,
      reporterId: true,
      channel: true,
      followers: { where: { verified: true, endedAt: null }, select: { reporterId: true } },
    },
  });
  const recipients: Recipient[] = [];
  const reporterChat =
    found.conversationId ??
    (await tx.conversation.findFirst({ where: { reporterId: found.reporterId, channel: found.channel }, orderBy: { updatedAt: "desc" }, select: { id: true } }))?.id;
  if (reporterChat) recipients.push({ conversationId: reporterChat, channel: found.channel as ChannelName });
  for (const follower of found.followers) {
    if (follower.reporterId === found.reporterId) continue;
    const chat = await tx.conversation.findFirst({ where: { reporterId: follower.reporterId }, orderBy: { updatedAt: "desc" }, select: { id: true, channel: true } });
    if (chat && !recipients.some((r) => r.conversationId === chat.id)) recipients.push({ conversationId: chat.id, channel: chat.channel as ChannelName });
  }
  return recipients;
}
