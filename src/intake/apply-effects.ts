import type { ChannelName } from "../channels/contract.js";
import { LOOKUP_REASONS, type Button, type ConversationState, type Effect } from "../conversation/engine.js";
import type { CaseDraft } from "../conversation/state.js";
import { isEmergencyKind, isInfoKind, type CaseKind } from "../core/case-kinds.js";
import { routeCase } from "../core/routing.js";
import { CASE_PHASES, type CasePhase } from "../core/phase.js";
import { computeDeadlines } from "../core/sla.js";
import { isWithinWorkingHours, withinWorkingHours } from "../core/working-time.js";
import { formatForReporter, reporterClock } from "../core/local-time.js";
import { texts } from "../core/texts.js";
import { insertCaseEvent } from "../store/case-events.js";
import {
  addCaseKinds,
  casePartiesWithTicket,
  completeCaseFromReporter,
  demoteToSupport,
  joinParties,
  recordOfficerRequest,
  statusForReporter,
} from "../store/cases.js";
import type { Sql } from "../store/database.js";
import { attachUnlinkedMessages, countRecentlyProcessed } from "../store/inbound-messages.js";
import { escalateToEmergency } from "../cases/escalate-to-emergency.js";
import { caseFieldsFromDraft, createCase, type CreatedCase } from "../cases/create-case.js";
import { answerFollowRequest, requestToFollow, stopFollowing } from "../cases/follow-case.js";
import { reopenCaseByReporter } from "../cases/reopen-case.js";
import type { Outbox } from "../cases/outbox.js";
import { alertNewEmergency, alertRoutedEmergency } from "../cases/emergency-alerts.js";
import { requestDeletion, summariseReporterData } from "../cases/reporter-data-rights.js";
import { recordSurveyComment, recordSurveyRating } from "../cases/satisfaction-survey.js";
import type { CaseUpdateType } from "../cases/case-update-bus.js";
import type { PipelineDeps } from "./pipeline-deps.js";
import type { SlaTimer } from "../core/job-scheduler.js";

export interface EffectResults {
  /** Deadline timers of cases created or escalated in this job, queued after commit. */
  slaTimers: SlaTimer[];
  /** Follow-up messages joined to cases: one REPORTER_MESSAGE event each, written with the batch. */
  followUps: { caseId: string; messageId: string; at: Date }[];
  /** Cases changed in this job, published to the console after commit. */
  touchedCases: Map<string, CaseUpdateType>;
  /** Console notices written in this job (emergency alerts, a reopened case): case → the agencies notified, published after commit. */
  alerts: Map<string, string[]>;
  /** Ticket lookups per reporter counted so far in this job (the database counts earlier jobs'). */
  lookups: Map<string, number>;
}

export function newEffectResults(): EffectResults {
  return { slaTimers: [], followUps: [], touchedCases: new Map(), alerts: new Map(), lookups: new Map() };
}

/** After commit: the deadline timers of the cases created or escalated, and the console told of the changes and alerts. */
export async function publishEffectResults(deps: Pick<PipelineDeps, "queues" | "updates">, results: EffectResults): Promise<void> {
  await deps.queues.addSlaTimers(results.slaTimers);
  for (const [caseId, type] of results.touchedCases) await deps.updates.publish({ type, caseId });
  for (const [caseId, agencyIds] of results.alerts) await deps.updates.publish({ type: "case.alert", caseId, agencyIds });
}

export interface EffectContext {
  tx: Sql;
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
  /** A survey answer was stored: the batch re-reads which surveys still wait. */
  surveyAnswered?: boolean;
  /** The answer to DATA SAYA or HAPUS DATA. */
  privacyReply?: string;
  /** The answer to a follow, unfollow or consent command. */
  followReply?: { text: string; buttons?: Button[] };
  emergency: boolean;
  /** "Bicara dengan petugas" outside office hours: when officers answer, in the reporter's time. */
  officerAnswersFrom?: string;
  /** The inbound message belongs to the case (follow-ups, updates). */
  linkMessage: boolean;
  /** A resolved case was reopened by this message: it is open again. */
  reopened?: boolean;
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
        ctx.results.slaTimers.push(
          { caseId: created.id, clock: "first-response", dueAt: created.firstResponseDueAt },
          { caseId: created.id, clock: "resolution", dueAt: created.resolutionDueAt },
        );
        ctx.results.touchedCases.set(created.id, "case.created");
        Object.assign(outcome, { caseId: created.id, created, ticket: created.ticket, linkMessage: true });
        outcome.emergency = created.urgency === "EMERGENCY";
        if (outcome.emergency) {
          const regionName = effect.draft.regionId ? (ctx.deps.rules.routing.region(effect.draft.regionId)?.name ?? null) : null;
          const agencyIds = created.parties.map((p) => p.agencyId);
          addAlerts(
            ctx,
            created.id,
            await alertNewEmergency(ctx.tx, { caseId: created.id, ticket: created.ticket, kind: effect.draft.kind, regionName, agencyIds }),
          );
        }
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
      case "reopenCase": {
        const { slaPolicy, calendar } = ctx.deps.rules;
        const reopened = await reopenCaseByReporter(ctx.tx, ctx.outbox, {
          caseId: effect.caseId,
          reporterConversationId: ctx.conversation.id,
          now: ctx.now,
          resolutionDueAt: (urgency) => computeDeadlines(ctx.now, urgency, slaPolicy, calendar).resolutionDueAt,
        });
        await attachToCase(ctx, effect.caseId, effect.triage, effect.since);
        if (reopened) {
          ctx.results.touchedCases.set(effect.caseId, "case.status");
          ctx.results.slaTimers.push({ caseId: effect.caseId, clock: "resolution", dueAt: reopened.resolutionDueAt });
          addAlerts(ctx, effect.caseId, reopened.notified);
        }
        Object.assign(outcome, { caseId: effect.caseId, linkMessage: true, reopened: !!reopened });
        if (effect.triage && isEmergencyKind(effect.triage.kind)) outcome.emergency = true;
        break;
      }
      case "attachToCase":
        await attachToCase(ctx, effect.caseId, effect.triage, effect.since);
        Object.assign(outcome, { caseId: effect.caseId, linkMessage: true });
        if (effect.triage && isEmergencyKind(effect.triage.kind)) outcome.emergency = true;
        break;
      case "statusLookup":
        outcome.statusText = (await withinLookupLimit(ctx)) ? await lookupStatus(ctx, effect.ticket) : texts.tooManyLookups();
        break;
      case "followCase":
      case "unfollowCase":
      case "answerFollowRequest":
        outcome.followReply = await applyFollowEffect(ctx, effect);
        break;
      case "summariseData":
        outcome.privacyReply = await summariseReporterData(ctx.tx, ctx.conversation.reporterId, ctx.now);
        break;
      case "answerSurvey":
        await recordSurveyRating(ctx.tx, effect.caseId, effect.rating, ctx.now);
        outcome.surveyAnswered = true;
        break;
      case "commentSurvey":
        await recordSurveyComment(ctx.tx, effect.caseId, effect.comment);
        outcome.surveyAnswered = true;
        break;
      case "requestDeletion":
        outcome.privacyReply = await requestDeletion(ctx.tx, ctx.conversation.reporterId, ctx.conversation.id, ctx.now);
        break;
      case "requestOfficer": {
        const found = await recordOfficerRequest(ctx.tx, effect.caseId, ctx.now);
        ctx.results.touchedCases.set(effect.caseId, "case.updated");
        Object.assign(outcome, { caseId: effect.caseId, ticket: found!.ticket, linkMessage: true });
        // Outside office hours the reporter learns when officers answer, on their own clock.
        const calendar = ctx.deps.rules.calendar;
        if (!isWithinWorkingHours(ctx.now, calendar)) {
          outcome.officerAnswersFrom = formatForReporter(withinWorkingHours(ctx.now, calendar), reporterClock(found!));
        }
        break;
      }
    }
  }
  return outcome;
}

/**
 * A follow-up from the reporter joins their open case; an emergency in it escalates the case.
 * With `since`, the reporter's messages from then on that belong to no case join it too (the
 * message that raised "apakah ini masalah baru?" before the answer to it).
 */
async function attachToCase(
  ctx: EffectContext,
  caseId: string,
  triage: { kind: string; urgency: string } | null,
  since?: string,
): Promise<void> {
  const { tx, now } = ctx;
  if (since) {
    const earlier = await attachUnlinkedMessages(tx, {
      conversationId: ctx.conversation.id,
      caseId,
      since: new Date(since),
      exceptId: ctx.messageId,
    });
    for (const messageId of earlier) ctx.results.followUps.push({ caseId, messageId, at: now });
  }
  ctx.results.followUps.push({ caseId, messageId: ctx.messageId, at: now });
  ctx.results.touchedCases.set(caseId, "case.message");
  if (triage && !isEmergencyKind(triage.kind)) await addKinds(ctx, caseId, triage);
  if (!triage || !isEmergencyKind(triage.kind)) return;

  const escalated = await escalateToEmergency(tx, ctx.deps.rules, {
    caseId,
    kind: triage.kind,
    note: "Pesan lanjutan pelapor menunjukkan keadaan darurat",
    now,
  });
  if (!escalated) return;
  ctx.results.slaTimers.push({ caseId, clock: "first-response", dueAt: escalated.firstResponseDueAt });
  addAlerts(ctx, caseId, escalated.alerted);
}

function addAlerts(ctx: EffectContext, caseId: string, agencyIds: string[]): void {
  if (agencyIds.length === 0) return;
  ctx.results.alerts.set(caseId, [...new Set([...(ctx.results.alerts.get(caseId) ?? []), ...agencyIds])]);
}

/** A follow-up about another kind of problem ("now the agent wants money too") adds it to the case's kinds. */
async function addKinds(
  ctx: EffectContext,
  caseId: string,
  triage: { kind: string; extraKinds?: string[]; intent?: string },
): Promise<void> {
  if (triage.intent === "unclear" || triage.intent === "question") return;
  const kinds = [triage.kind, ...(triage.extraKinds ?? [])].filter((k) => k !== "LAINNYA" && !isInfoKind(k as CaseKind));
  if (kinds.length === 0) return;
  await addCaseKinds(ctx.tx, caseId, kinds, ctx.now);
}

/** Answers given after an emergency case was opened fill in its details and complete its routing. */
async function updateCaseFromDraft(ctx: EffectContext, caseId: string, draft: CaseDraft): Promise<void> {
  const { tx, now } = ctx;
  const region = draft.regionId ? ctx.deps.rules.routing.region(draft.regionId) : undefined;
  const f = caseFieldsFromDraft(draft, region?.id ?? null);
  await completeCaseFromReporter(tx, caseId, f, now);
  await insertCaseEvent(tx, { caseId, type: "UPDATED_BY_REPORTER", at: now });
  if (region) await rerouteEmergency(ctx, caseId, { region, kind: draft.kind, extraKinds: draft.extraKinds, phase: f.phase });
  ctx.results.touchedCases.set(caseId, "case.updated");
}

/**
 * The region of an emergency case became known: the agencies of its agreement join. The national
 * queue held it while the region was unknown, so the regional office now leads (a LEAD_CHANGED
 * event says why); a lead chosen otherwise (a referral) stays. Every agency that joins is alerted.
 */
async function rerouteEmergency(
  ctx: EffectContext,
  caseId: string,
  input: Parameters<typeof routeCase>[0] & { region: { id: string; name: string } },
): Promise<void> {
  const { tx, now } = ctx;
  const routing = ctx.deps.rules.routing;
  const parties = routeCase(input, routing);
  const before = await casePartiesWithTicket(tx, caseId);
  const ticket = before[0]?.ticket;
  if (!ticket) return;
  const currentLead = before.find((p) => p.role === "LEAD")?.agencyId ?? null;
  const routedLead = parties[0]!.agencyId;
  const leadMoves = routedLead !== currentLead && (currentLead === null || currentLead === routing.nationalAgencyId);
  const lead = leadMoves ? routedLead : currentLead;
  if (leadMoves && currentLead) {
    await demoteToSupport(tx, caseId, currentLead);
  }
  await joinParties(
    tx,
    caseId,
    parties.map((p) => ({ agencyId: p.agencyId, role: p.agencyId === lead ? "LEAD" : "SUPPORT" })),
    "Daerah asal dilengkapi pelapor",
    now,
  );

  const reason = `Daerah asal dilengkapi pelapor: ${input.region.name}; rute sesuai nota kesepakatan.`;
  if (leadMoves) {
    const from = currentLead ? routing.agencyName(currentLead) : "belum ada";
    await insertCaseEvent(tx, {
      caseId,
      type: "LEAD_CHANGED",
      agencyId: routedLead,
      note: `Penanggung jawab utama berpindah dari ${from} ke ${routing.agencyName(routedLead)}. ${reason}`,
      data: { fromLead: currentLead, toLead: routedLead, reason: "region-known", regionId: input.region.id },
      at: now,
    });
    addAlerts(ctx, caseId, await alertRoutedEmergency(tx, { caseId, ticket, agencyIds: [routedLead], asLead: true, reason }));
  }
  const joined = parties.map((p) => p.agencyId).filter((id) => id !== lead && !before.some((b) => b.agencyId === id));
  addAlerts(ctx, caseId, await alertRoutedEmergency(tx, { caseId, ticket, agencyIds: joined, asLead: false, reason }));
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
      if (!(await withinLookupLimit(ctx))) return { text: texts.tooManyLookups() };
      const followed = await requestToFollow(ctx.tx, ctx.outbox, { ticket: effect.ticket, followerId: me, now: ctx.now });
      if (followed.result !== "not-found") ctx.results.touchedCases.set(followed.caseId, "case.updated");
      switch (followed.result) {
        // The same answer whether or not the ticket exists: a follow request never confirms a guess.
        case "not-found":
        case "pending":
          return { text: texts.followRequested(followed.ticket) };
        case "own-case":
          return { text: `${texts.followOwnCase(followed.ticket)}\n\n${await lookupStatus(ctx, followed.ticket)}` };
        case "active":
          return {
            text: `${await lookupStatus(ctx, followed.ticket)}\n\n${texts.followActive(followed.ticket)}`,
            buttons: unfollowButton(followed.ticket),
          };
      }
      break;
    }
    case "unfollowCase": {
      const stopped = await stopFollowing(ctx.tx, { followerId: me, ticket: effect.ticket, now: ctx.now });
      if (stopped.result === "stopped") {
        ctx.results.touchedCases.set(stopped.caseId, "case.updated");
        return { text: texts.followStopped(stopped.ticket) };
      }
      if (stopped.result === "choose")
        return {
          text: texts.chooseUnfollow(),
          buttons: stopped.tickets.map((t) => ({ label: `Berhenti ikuti ${t}`, action: `unfollow:${t}` })),
        };
      return { text: texts.notFollowing() };
    }
    case "answerFollowRequest": {
      const request = { ticket: effect.ticket, ...(effect.follower ? { followerPrefix: effect.follower } : {}) };
      const answered = await answerFollowRequest(ctx.tx, ctx.outbox, { reporterId: me, approve: effect.approve, now: ctx.now, request });
      if (!answered) return { text: effect.follower ? texts.staleButton() : texts.noConsentWaiting(effect.ticket) };
      ctx.results.touchedCases.set(answered.caseId, "case.updated");
      return { text: answered.reply, ...(answered.buttons ? { buttons: answered.buttons } : {}) };
    }
  }
}

/** At most this many ticket lookups (status or follow) per reporter in LOOKUP_WINDOW: guessing tickets gets slow. */
const LOOKUP_LIMIT = 5;
const LOOKUP_WINDOW = "10 minutes";

/**
 * Counts this reporter's lookups from the messages already processed (their note is the engine's
 * reason), so the limit holds across jobs, processes and a Redis loss, plus those of this job.
 */
async function withinLookupLimit(ctx: EffectContext): Promise<boolean> {
  const me = ctx.conversation.reporterId;
  let used = ctx.results.lookups.get(me);
  if (used === undefined) {
    used = await countRecentlyProcessed(ctx.tx, me, LOOKUP_REASONS, LOOKUP_WINDOW);
  }
  ctx.results.lookups.set(me, used + 1);
  return used < LOOKUP_LIMIT;
}

/**
 * Status by ticket: only for the case's reporter or a verified follower. Anyone else learns nothing.
 * A merged case answers with the case it was merged into, but only to that case's reporter and
 * verified followers: the duplicate's people wait for its reporter's consent.
 */
async function lookupStatus(ctx: EffectContext, ticket: string): Promise<string> {
  const reporterId = ctx.conversation.reporterId;
  const found = await statusForReporter(ctx.tx, ticket, reporterId);
  if (!found) return texts.ticketNotFound(ticket);
  if (!found.seesSurvivor) return texts.mergedStatusPending(found.askedTicket);
  const agency = ctx.deps.rules.routing.agencyName(found.leadAgencyId ?? ctx.deps.rules.routing.nationalAgencyId);
  const phase = (CASE_PHASES as readonly string[]).includes(found.phase ?? "") ? (found.phase as CasePhase) : null;
  return texts.caseStatus(found.ticket, found.status as Parameters<typeof texts.caseStatus>[1], found.updatedAt, agency, phase);
}
