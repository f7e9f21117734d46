import type { OutboundButton } from "../channels/contract.js";
import { texts } from "../core/texts.js";
import type { Prisma } from "../infra/prisma.js";
import { caseAudience } from "./case-audience.js";
import type { Outbox } from "./outbox.js";

/**
 * Family members following a case. A follower sees status changes only once the case's
 * reporter agreed (CaseFollower.verified); until then they learn only that the case exists and
 * is being handled. States of a CaseFollower row:
 *   verified, endedAt null  → follows;          verified, endedAt set  → stopped following;
 *   !verified, endedAt null → waits for consent; !verified, endedAt set → refused by the reporter.
 * The reporter is asked one request at a time (the oldest waiting), so "YA" is never ambiguous.
 */

export type FollowResult =
  | { result: "not-found"; ticket: string }
  | { result: "own-case"; ticket: string; caseId: string }
  | { result: "active"; ticket: string; caseId: string }
  | { result: "pending"; ticket: string; caseId: string };

export const CONSENT_BUTTONS: OutboundButton[] = [
  { label: "YA, izinkan", action: "consent:yes" },
  { label: "TIDAK", action: "consent:no" },
];

export async function requestToFollow(
  tx: Prisma.TransactionClient,
  outbox: Outbox,
  input: { ticket: string; followerId: string; now: Date },
): Promise<FollowResult> {
  const found = await findCase(tx, input.ticket);
  if (!found) return { result: "not-found", ticket: input.ticket };
  const { id: caseId, ticket } = found;
  if (found.reporterId === input.followerId) return { result: "own-case", ticket, caseId };

  const existing = await tx.caseFollower.findUnique({ where: { caseId_reporterId: { caseId, reporterId: input.followerId } }, select: { verified: true, endedAt: true } });
  if (existing?.verified) {
    if (existing.endedAt) {
      // Stopped following earlier; the reporter's consent still stands.
      await tx.caseFollower.update({ where: { caseId_reporterId: { caseId, reporterId: input.followerId } }, data: { endedAt: null } });
      await event(tx, caseId, "FOLLOWER_RESUMED", input.followerId, input.now);
    }
    return { result: "active", ticket, caseId };
  }
  // Waiting, or refused: the same answer either way, and the reporter is not asked twice.
  if (existing) return { result: "pending", ticket, caseId };

  await tx.caseFollower.create({ data: { caseId, reporterId: input.followerId, verified: false, createdAt: input.now } });
  await event(tx, caseId, "FOLLOW_REQUESTED", input.followerId, input.now);
  const waitingBefore = await tx.caseFollower.count({
    where: { verified: false, endedAt: null, case: { reporterId: found.reporterId }, NOT: { caseId, reporterId: input.followerId } },
  });
  if (waitingBefore === 0) await askReporter(tx, outbox, { caseId, ticket, followerId: input.followerId });
  return { result: "pending", ticket, caseId };
}

/** The oldest follow request waiting for this reporter's consent, if any. */
export async function pendingConsentFor(tx: Prisma.TransactionClient, reporterId: string): Promise<{ caseId: string; ticket: string; followerId: string } | null> {
  const waiting = await tx.caseFollower.findFirst({
    where: { verified: false, endedAt: null, case: { reporterId } },
    orderBy: { createdAt: "asc" },
    select: { caseId: true, reporterId: true, case: { select: { ticket: true } } },
  });
  return waiting ? { caseId: waiting.caseId, ticket: waiting.case.ticket, followerId: waiting.reporterId } : null;
}

/**
 * The reporter answered YA or TIDAK. The follower hears about a YES (a refusal is not
 * announced: it would tell them something about the reporter). Returns what to tell the
 * reporter, including the next waiting request if there is one.
 */
export async function answerFollowRequest(
  tx: Prisma.TransactionClient,
  outbox: Outbox,
  input: { reporterId: string; approve: boolean; now: Date },
): Promise<{ caseId: string; ticket: string; reply: string; buttons?: OutboundButton[] } | null> {
  const waiting = await pendingConsentFor(tx, input.reporterId);
  if (!waiting) return null;
  const key = { caseId_reporterId: { caseId: waiting.caseId, reporterId: waiting.followerId } };
  if (input.approve) {
    await tx.caseFollower.update({ where: key, data: { verified: true } });
    await event(tx, waiting.caseId, "FOLLOWER_VERIFIED", waiting.followerId, input.now);
    const chat = await tx.conversation.findFirst({ where: { reporterId: waiting.followerId }, orderBy: { updatedAt: "desc" }, select: { id: true, channel: true } });
    if (chat) {
      await outbox.add(tx, {
        conversationId: chat.id,
        channel: chat.channel,
        text: texts.followApproved(waiting.ticket),
        caseId: waiting.caseId,
        kind: "follow",
        buttons: [{ label: "Berhenti mengikuti", action: `unfollow:${waiting.ticket}` }],
      });
    }
  } else {
    await tx.caseFollower.update({ where: key, data: { endedAt: input.now } });
    await event(tx, waiting.caseId, "FOLLOW_DENIED", waiting.followerId, input.now);
  }
  const answered = input.approve ? texts.followConsentGranted(waiting.ticket) : texts.followConsentDenied(waiting.ticket);
  const next = await pendingConsentFor(tx, input.reporterId);
  if (!next) return { caseId: waiting.caseId, ticket: waiting.ticket, reply: answered };
  const name = await requesterName(tx, next.followerId);
  return { caseId: waiting.caseId, ticket: waiting.ticket, reply: `${answered}\n\n${texts.followConsentRequest(next.ticket, name)}`, buttons: CONSENT_BUTTONS };
}

export type StopResult = { result: "stopped"; ticket: string; caseId: string } | { result: "not-following" } | { result: "choose"; tickets: string[] };

/** Stops following one case (by ticket), or the only one followed; with several, asks which. */
export async function stopFollowing(tx: Prisma.TransactionClient, input: { followerId: string; ticket: string | null; now: Date }): Promise<StopResult> {
  const active = await tx.caseFollower.findMany({
    where: { reporterId: input.followerId, endedAt: null, ...(input.ticket ? { case: { ticket: input.ticket } } : {}) },
    select: { caseId: true, case: { select: { ticket: true } } },
    orderBy: { createdAt: "asc" },
    take: 10,
  });
  if (active.length === 0) return { result: "not-following" };
  if (active.length > 1) return { result: "choose", tickets: active.map((a) => a.case.ticket) };
  const { caseId, case: followed } = active[0]!;
  await tx.caseFollower.update({ where: { caseId_reporterId: { caseId, reporterId: input.followerId } }, data: { endedAt: input.now } });
  await event(tx, caseId, "FOLLOWER_STOPPED", input.followerId, input.now);
  return { result: "stopped", ticket: followed.ticket, caseId };
}

async function askReporter(tx: Prisma.TransactionClient, outbox: Outbox, request: { caseId: string; ticket: string; followerId: string }): Promise<void> {
  const [reporterChat] = await caseAudience(tx, request.caseId);
  if (!reporterChat) return;
  const name = await requesterName(tx, request.followerId);
  await outbox.add(tx, { ...reporterChat, text: texts.followConsentRequest(request.ticket, name), buttons: CONSENT_BUTTONS, caseId: request.caseId, kind: "follow-consent" });
}

async function requesterName(tx: Prisma.TransactionClient, reporterId: string): Promise<string | null> {
  const reporter = await tx.reporter.findUnique({ where: { id: reporterId }, select: { name: true } });
  return reporter?.name ?? null;
}

/** A merged case is followed through the case it was merged into. */
async function findCase(tx: Prisma.TransactionClient, ticket: string): Promise<{ id: string; ticket: string; reporterId: string } | null> {
  const found = await tx.case.findUnique({ where: { ticket }, select: { id: true, ticket: true, reporterId: true, mergedIntoId: true } });
  if (!found?.mergedIntoId) return found;
  return tx.case.findUnique({ where: { id: found.mergedIntoId }, select: { id: true, ticket: true, reporterId: true } });
}

async function event(tx: Prisma.TransactionClient, caseId: string, type: string, followerId: string, now: Date): Promise<void> {
  await tx.caseEvent.create({ data: { caseId, type, data: { followerId }, createdAt: now } });
}
