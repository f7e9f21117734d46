import type { ChannelName } from "../channels/contract.js";
import type { Button, ConversationState, Effect } from "../conversation/engine.js";
import type { CaseDraft } from "../conversation/state.js";
import { isEmergencyKind } from "../core/case-kinds.js";
import { routeCase } from "../core/routing.js";
import { computeDeadlines } from "../core/sla.js";
import { texts } from "../core/texts.js";
import type { Prisma } from "../infra/prisma.js";
import { caseFieldsFromDraft, createCase, type CreatedCase } from "../cases/create-case.js";
import { answerFollowRequest, requestToFollow, stopFollowing } from "../cases/follow-case.js";
import type { Outbox } from "../cases/outbox.js";
import type { CaseEventType } from "../cases/case-event-bus.js";
import type { PipelineDeps } from "./process-conversation.js";

export interface EffectResults {
  createdCases: CreatedCase[];
  /** Cases changed in this job, published to the console after commit. */
  touchedCases: Map<string, CaseEventType>;
}

export interface EffectContext {
  tx: Prisma.TransactionClient;
  deps: PipelineDeps;
  conversation: { id: string; channel: ChannelName; reporterId: string };
  messageId: string;
  now: Date;
  results: EffectResults;
  outbox: Outbox;
}

export interface EffectOutcome {
  state: ConversationState;
  caseId?: string;
  created?: CreatedCase;
  ticket?: string;
  statusText?: string;
  /** The answer to a follow, unfollow or consent command. */
  followReply?: { text: string; buttons?: Button[] };
  emergency: boolean;
  /** The inbound message belongs to the case (follow-ups, updates). */
  linkMessage: boolean;
}

export async function applyEffects(ctx: EffectContext, effects: Effect[], state: ConversationState): Promise<EffectOutcome> {
  const outcome: EffectOutcome = { state, emergency: false, linkMessage: false };
  for (const effect of effects) {
    switch (effect.type) {
      case "createCase": {
        const created = await createCase(ctx.tx, ctx.deps.rules, {
          reporterId: ctx.conversation.reporterId,
          conversationId: ctx.conversation.id,
          channel: ctx.conversation.channel,
          draft: effect.draft,
          now: ctx.now,
        });
        ctx.results.createdCases.push(created);
        ctx.results.touchedCases.set(created.id, "case.created");
        Object.assign(outcome, { caseId: created.id, created, ticket: created.ticket, linkMessage: true });
        outcome.emergency = created.urgency === "EMERGENCY";
        // An emergency case is created mid-intake: later answers update it instead.
        if (outcome.state.draft && effect.draft.emergencyCreated) {
          outcome.state = { ...outcome.state, draft: { ...outcome.state.draft, caseId: created.id, ticket: created.ticket } };
        }
        break;
      }
      case "updateCase":
        await updateCaseFromDraft(ctx, effect.caseId, effect.draft);
        Object.assign(outcome, { caseId: effect.caseId, linkMessage: true, emergency: true });
        break;
      case "attachToCase":
        await attachToCase(ctx, effect.caseId, effect.triage);
        Object.assign(outcome, { caseId: effect.caseId, linkMessage: true });
        if (effect.triage && isEmergencyKind(effect.triage.kind)) outcome.emergency = true;
        break;
      case "statusLookup":
        outcome.statusText = await lookupStatus(ctx, effect.ticket);
        break;
      case "followCase":
      case "unfollowCase":
      case "answerFollowRequest":
        outcome.followReply = await applyFollowEffect(ctx, effect);
        break;
      case "requestOfficer": {
        const found = await ctx.tx.case.findUniqueOrThrow({ where: { id: effect.caseId }, select: { ticket: true } });
        await ctx.tx.caseEvent.create({ data: { caseId: effect.caseId, type: "OFFICER_REQUESTED", createdAt: ctx.now } });
        ctx.results.touchedCases.set(effect.caseId, "case.updated");
        Object.assign(outcome, { caseId: effect.caseId, ticket: found.ticket, linkMessage: true });
        break;
      }
    }
  }
  return outcome;
}

/** A follow-up from the reporter joins their open case; an emergency in it escalates the case. */
async function attachToCase(ctx: EffectContext, caseId: string, triage: { kind: string; urgency: string } | null): Promise<void> {
  await ctx.tx.attachment.updateMany({ where: { messageId: ctx.messageId }, data: { caseId } });
  const current =
    triage && isEmergencyKind(triage.kind)
      ? await ctx.tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { urgency: true, extraKinds: true, kind: true } })
      : null;
  if (triage && current && current.urgency !== "EMERGENCY") {
    const deadlines = computeDeadlines(ctx.now, "EMERGENCY", ctx.deps.rules.slaPolicy, ctx.deps.rules.calendar);
    await ctx.tx.case.update({
      where: { id: caseId },
      data: {
        urgency: "EMERGENCY",
        extraKinds: [...new Set([...current.extraKinds, current.kind])].filter((k) => k !== triage.kind),
        kind: triage.kind,
        firstResponseDueAt: deadlines.firstResponseDueAt,
      },
    });
    await ctx.tx.caseEvent.create({
      data: { caseId, type: "ESCALATED", note: "Pesan lanjutan pelapor menunjukkan keadaan darurat", data: { kind: triage.kind }, createdAt: ctx.now },
    });
    ctx.results.createdCases.push({
      id: caseId,
      ticket: "",
      urgency: "EMERGENCY",
      leadAgencyId: "",
      parties: [],
      firstResponseDueAt: deadlines.firstResponseDueAt,
      // Resolution clock unchanged: re-adding its existing timer is a no-op by job id.
      resolutionDueAt: deadlines.firstResponseDueAt,
    });
  }
  await ctx.tx.caseEvent.create({ data: { caseId, type: "REPORTER_MESSAGE", data: { messageId: ctx.messageId }, createdAt: ctx.now } });
  ctx.results.touchedCases.set(caseId, "case.message");
}

/** Answers given after an emergency case was opened fill in its details and complete its routing. */
async function updateCaseFromDraft(ctx: EffectContext, caseId: string, draft: CaseDraft): Promise<void> {
  const region = draft.regionId ? ctx.deps.rules.routing.region(draft.regionId) : undefined;
  await ctx.tx.case.update({
    where: { id: caseId },
    data: caseFieldsFromDraft(draft, region?.id ?? null),
  });
  if (region) {
    const parties = routeCase({ region, kind: draft.kind, extraKinds: draft.extraKinds }, ctx.deps.rules.routing);
    const existing = await ctx.tx.caseAgency.findMany({ where: { caseId }, select: { agencyId: true, role: true } });
    const lead = parties[0]!;
    const currentLead = existing.find((p) => p.role === "LEAD");
    if (currentLead && currentLead.agencyId !== lead.agencyId && currentLead.agencyId === ctx.deps.rules.routing.nationalAgencyId) {
      // The national queue held it while the region was unknown; the regional office now leads.
      await ctx.tx.caseAgency.update({ where: { caseId_agencyId: { caseId, agencyId: currentLead.agencyId } }, data: { role: "SUPPORT" } });
    }
    for (const party of parties) {
      const known = existing.find((p) => p.agencyId === party.agencyId);
      if (!known) {
        await ctx.tx.caseAgency.create({ data: { caseId, agencyId: party.agencyId, role: party.role, reason: "Daerah asal dilengkapi pelapor" } });
      } else if (party.role === "LEAD" && known.role !== "LEAD") {
        await ctx.tx.caseAgency.update({ where: { caseId_agencyId: { caseId, agencyId: party.agencyId } }, data: { role: "LEAD" } });
      }
    }
  }
  await ctx.tx.caseEvent.create({ data: { caseId, type: "UPDATED_BY_REPORTER", createdAt: ctx.now } });
  ctx.results.touchedCases.set(caseId, "case.updated");
}

/** Following cases (src/cases/follow-case.ts): what the person who typed the command is told. */
async function applyFollowEffect(
  ctx: EffectContext,
  effect: Extract<Effect, { type: "followCase" | "unfollowCase" | "answerFollowRequest" }>,
): Promise<{ text: string; buttons?: Button[] }> {
  const me = ctx.conversation.reporterId;
  const unfollowButton = (ticket: string): Button[] => [{ label: "Berhenti mengikuti", action: `unfollow:${ticket}` }];
  switch (effect.type) {
    case "followCase": {
      const followed = await requestToFollow(ctx.tx, ctx.outbox, { ticket: effect.ticket, followerId: me, now: ctx.now });
      if (followed.result !== "not-found") ctx.results.touchedCases.set(followed.caseId, "case.updated");
      switch (followed.result) {
        case "not-found":
          return { text: texts.followNotFound(followed.ticket) };
        case "pending":
          return { text: texts.followPending(followed.ticket) };
        case "own-case":
          return { text: `${texts.followOwnCase(followed.ticket)}\n\n${await lookupStatus(ctx, followed.ticket)}` };
        case "active":
          return { text: `${await lookupStatus(ctx, followed.ticket)}\n\n${texts.followActive(followed.ticket)}`, buttons: unfollowButton(followed.ticket) };
      }
      break;
    }
    case "unfollowCase": {
      const stopped = await stopFollowing(ctx.tx, { followerId: me, ticket: effect.ticket, now: ctx.now });
      if (stopped.result === "stopped") {
        ctx.results.touchedCases.set(stopped.caseId, "case.updated");
        return { text: texts.followStopped(stopped.ticket) };
      }
      if (stopped.result === "choose") return { text: texts.chooseUnfollow(), buttons: stopped.tickets.map((t) => ({ label: `Berhenti ikuti ${t}`, action: `unfollow:${t}` })) };
      return { text: texts.notFollowing() };
    }
    case "answerFollowRequest": {
      const answered = await answerFollowRequest(ctx.tx, ctx.outbox, { reporterId: me, approve: effect.approve, now: ctx.now });
      if (!answered) return { text: texts.staleButton() };
      ctx.results.touchedCases.set(answered.caseId, "case.updated");
      return { text: answered.reply, ...(answered.buttons ? { buttons: answered.buttons } : {}) };
    }
  }
}

/** Status by ticket: only for the case's reporter or a verified follower. Anyone else learns nothing. */
async function lookupStatus(ctx: EffectContext, ticket: string): Promise<string> {
  const reporterId = ctx.conversation.reporterId;
  let found = await ctx.tx.case.findFirst({
    where: { ticket, OR: [{ reporterId }, { followers: { some: { reporterId, verified: true, endedAt: null } } }] },
    select: { id: true, ticket: true, status: true, updatedAt: true, mergedIntoId: true, agencies: { where: { role: "LEAD" }, select: { agencyId: true } } },
  });
  if (found?.mergedIntoId) {
    found = await ctx.tx.case.findUnique({
      where: { id: found.mergedIntoId },
      select: { id: true, ticket: true, status: true, updatedAt: true, mergedIntoId: true, agencies: { where: { role: "LEAD" }, select: { agencyId: true } } },
    });
  }
  if (!found) return texts.ticketNotFound(ticket);
  const agency = ctx.deps.rules.routing.agencyName(found.agencies[0]?.agencyId ?? ctx.deps.rules.routing.nationalAgencyId);
  return texts.caseStatus(found.ticket, found.status, found.updatedAt, agency);
}
