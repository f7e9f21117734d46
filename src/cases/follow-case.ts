import type { ChannelName, OutboundButton } from "../channels/contract.js";
import type { CaseEventType } from "../core/case-event-labels.js";
import { texts } from "../core/texts.js";
import { insertCaseEvent } from "../store/case-events.js";
import {
  carryFollowersOver,
  countWaitingRequests,
  endFollowing,
  findCaseByTicketFollowingMerge,
  findFollower,
  followedCases,
  insertFollowRequest,
  latestConversation,
  oldestWaitingRequests,
  reporterName,
  reporterSeesCase,
  resumeFollowing,
  ticketAndReporter,
  verifyFollower,
  waitingRequestFor,
} from "../store/case-followers.js";
import type { Sql } from "../store/database.js";
import { caseAudience } from "./case-audience.js";
import type { Outbox } from "./outbox.js";

/**
 * Family members following a case. A follower sees status changes only once the case's
 * reporter agreed (CaseFollower.verified); until then they learn only that the case exists and
 * is being handled. States of a CaseFollower row:
 *   verified, endedAt null  → follows;          verified, endedAt set  → stopped following;
 *   !verified, endedAt null → waits for consent; !verified, endedAt set → refused by the reporter.
 * The reporter is asked one request at a time (the oldest waiting), and the answer names it:
 * "YA PMI-XXXXXX" typed, or a button carrying the ticket and the follower. A bare "ya" (which may
 * answer an officer's question) never shares a case.
 */

export type FollowResult =
  | { result: "not-found"; ticket: string }
  | { result: "own-case"; ticket: string; caseId: string }
  | { result: "active"; ticket: string; caseId: string }
  | { result: "pending"; ticket: string; caseId: string };

/** Buttons bound to one request: the ticket and the first 8 hex digits of the follower's id. */
export function consentButtons(ticket: string, followerId: string): OutboundButton[] {
  const request = `${ticket}:${followerId.replace(/-/g, "").slice(0, 8)}`;
  return [
    { label: "YA, izinkan", action: `consent:yes:${request}` },
    { label: "TIDAK", action: `consent:no:${request}` },
  ];
}

export async function requestToFollow(
  tx: Sql,
  outbox: Outbox,
  input: { ticket: string; followerId: string; now: Date },
): Promise<FollowResult> {
  const found = await findCase(tx, input.ticket);
  if (!found) return { result: "not-found", ticket: input.ticket };
  const { id: caseId, ticket } = found;
  if (found.reporterId === input.followerId) return { result: "own-case", ticket, caseId };

  const existing = await findFollower(tx, caseId, input.followerId);
  if (existing?.verified) {
    if (existing.endedAt) {
      // Stopped following earlier; the reporter's consent still stands.
      await resumeFollowing(tx, caseId, input.followerId);
      await event(tx, caseId, "FOLLOWER_RESUMED", input.followerId, input.now);
    }
    return { result: "active", ticket, caseId };
  }
  // Waiting, or refused: the same answer either way, and the reporter is not asked twice.
  if (existing) return { result: "pending", ticket, caseId };

  await insertFollowRequest(tx, caseId, input.followerId, input.now);
  await event(tx, caseId, "FOLLOW_REQUESTED", input.followerId, input.now);
  const waitingBefore = await countWaitingRequests(tx, found.reporterId, { caseId, followerId: input.followerId });
  if (waitingBefore === 0) await askReporter(tx, outbox, { caseId, ticket, followerId: input.followerId });
  return { result: "pending", ticket, caseId };
}

export interface PendingConsent {
  caseId: string;
  ticket: string;
  followerId: string;
}

/** The oldest follow request waiting for each reporter's consent (reporters with none are absent). */
export async function pendingConsents(tx: Sql, reporterIds: string[]): Promise<Map<string, PendingConsent>> {
  if (reporterIds.length === 0) return new Map();
  const rows = await oldestWaitingRequests(tx, reporterIds);
  return new Map(rows.map(({ reporterId, ...consent }) => [reporterId, consent]));
}

export async function pendingConsentFor(tx: Sql, reporterId: string): Promise<PendingConsent | null> {
  return (await pendingConsents(tx, [reporterId])).get(reporterId) ?? null;
}

/**
 * The reporter answered YA or TIDAK. The follower hears about a YES (a refusal is not
 * announced: it would tell them something about the reporter). Returns what to tell the
 * reporter, including the next waiting request if there is one.
 */
export async function answerFollowRequest(
  tx: Sql,
  outbox: Outbox,
  input: { reporterId: string; approve: boolean; now: Date; request: { ticket: string; followerPrefix?: string } },
): Promise<{ caseId: string; ticket: string; reply: string; buttons?: OutboundButton[] } | null> {
  const waiting = await waitingRequest(tx, input.reporterId, input.request);
  if (!waiting) return null;
  if (input.approve) {
    await verifyFollower(tx, waiting.caseId, waiting.followerId);
    await event(tx, waiting.caseId, "FOLLOWER_VERIFIED", waiting.followerId, input.now);
    const chat = await latestConversation(tx, waiting.followerId);
    if (chat) {
      await outbox.add(tx, {
        conversationId: chat.id,
        channel: chat.channel as ChannelName,
        text: texts.followApproved(waiting.ticket),
        caseId: waiting.caseId,
        kind: "follow",
        buttons: [{ label: "Berhenti mengikuti", action: `unfollow:${waiting.ticket}` }],
      });
    }
  } else {
    await endFollowing(tx, waiting.caseId, waiting.followerId, input.now);
    await event(tx, waiting.caseId, "FOLLOW_DENIED", waiting.followerId, input.now);
  }
  const answered = input.approve ? texts.followConsentGranted(waiting.ticket) : texts.followConsentDenied(waiting.ticket);
  const next = await pendingConsentFor(tx, input.reporterId);
  if (!next) return { caseId: waiting.caseId, ticket: waiting.ticket, reply: answered };
  const name = await requesterName(tx, next.followerId);
  return {
    caseId: waiting.caseId,
    ticket: waiting.ticket,
    reply: `${answered}\n\n${texts.followConsentRequest(next.ticket, name)}`,
    buttons: consentButtons(next.ticket, next.followerId),
  };
}

/** The waiting request the reporter's answer names: the oldest for that ticket (and that follower, from a button). */
async function waitingRequest(
  tx: Sql,
  reporterId: string,
  request: { ticket: string; followerPrefix?: string },
): Promise<PendingConsent | null> {
  const prefix = request.followerPrefix ?? "";
  const found = await waitingRequestFor(tx, reporterId, request.ticket, prefix);
  return found ?? null;
}

/**
 * After a merge, the duplicate's reporter and its verified followers see the surviving case only
 * with the surviving case's reporter's consent: each becomes a follow request of that case
 * (the reporter is asked when no other request waits). Nothing changes for people who already
 * see it (its own reporter, its followers).
 */
export async function requestFollowAfterMerge(
  tx: Sql,
  outbox: Outbox,
  input: { duplicateId: string; intoId: string; now: Date },
): Promise<{ reporterSeesSurvivor: boolean }> {
  const reporterSeesSurvivor = await reporterSeesCase(tx, input.duplicateId, input.intoId);
  const added = await carryFollowersOver(tx, input.duplicateId, input.intoId, input.now);
  if (added.length === 0) return { reporterSeesSurvivor };
  for (const followerId of added) await event(tx, input.intoId, "FOLLOW_REQUESTED", followerId, input.now);
  const into = await ticketAndReporter(tx, input.intoId);
  const waiting = await pendingConsentFor(tx, into!.reporterId);
  // Asked now only if one of these is the oldest waiting request; otherwise after the earlier ones.
  if (waiting && added.includes(waiting.followerId) && waiting.caseId === input.intoId) {
    const before = await countWaitingRequests(tx, into!.reporterId, { before: input.now });
    if (before === 0) await askReporter(tx, outbox, { caseId: input.intoId, ticket: into!.ticket, followerId: waiting.followerId });
  }
  return { reporterSeesSurvivor };
}

export type StopResult =
  | { result: "stopped"; ticket: string; caseId: string }
  | { result: "not-following" }
  | { result: "choose"; tickets: string[] };

/** Stops following one case (by ticket), or the only one followed; with several, asks which. */
export async function stopFollowing(tx: Sql, input: { followerId: string; ticket: string | null; now: Date }): Promise<StopResult> {
  const active = await followedCases(tx, input.followerId, input.ticket);
  if (active.length === 0) return { result: "not-following" };
  if (active.length > 1) return { result: "choose", tickets: active.map((a) => a.ticket) };
  const { caseId, ticket } = active[0]!;
  await endFollowing(tx, caseId, input.followerId, input.now);
  await event(tx, caseId, "FOLLOWER_STOPPED", input.followerId, input.now);
  return { result: "stopped", ticket, caseId };
}

async function askReporter(tx: Sql, outbox: Outbox, request: { caseId: string; ticket: string; followerId: string }): Promise<void> {
  const [reporterChat] = await caseAudience(tx, request.caseId);
  if (!reporterChat) return;
  const name = await requesterName(tx, request.followerId);
  await outbox.add(tx, {
    ...reporterChat,
    text: texts.followConsentRequest(request.ticket, name),
    buttons: consentButtons(request.ticket, request.followerId),
    caseId: request.caseId,
    kind: "follow-consent",
  });
}

async function requesterName(tx: Sql, reporterId: string): Promise<string | null> {
  return reporterName(tx, reporterId);
}

/** A merged case is followed through the case it was merged into. */
async function findCase(tx: Sql, ticket: string): Promise<{ id: string; ticket: string; reporterId: string } | null> {
  const found = await findCaseByTicketFollowingMerge(tx, ticket);
  return found ?? null;
}

async function event(tx: Sql, caseId: string, type: CaseEventType, followerId: string, now: Date): Promise<void> {
  await insertCaseEvent(tx, { caseId, type, data: { followerId }, at: now });
}
