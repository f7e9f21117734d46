import type { ChannelName } from "../channels/contract.js";
import type { CaseDraft } from "../conversation/state.js";
import { detectPhase } from "../core/phase.js";
import { routeCase, withNationalDesk, type CaseParty } from "../core/routing.js";
import { computeDeadlines, type SlaPolicy } from "../core/sla.js";
import type { WorkCalendar } from "../core/sla-calendar.js";
import { generateTicket } from "../core/ticket.js";
import { insertCase, linkIntakeToCase } from "../store/cases.js";
import type { Sql } from "../store/database.js";
import type { RoutingDirectory } from "./routing-table.js";

export interface CaseRules {
  routing: RoutingDirectory;
  slaPolicy: SlaPolicy;
  calendar: WorkCalendar;
}

export interface CreatedCase {
  id: string;
  ticket: string;
  urgency: string;
  leadAgencyId: string;
  parties: CaseParty[];
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
}

/**
 * A new case from a finished (or emergency) intake: ticket, routing per the agreements, SLA
 * deadlines, the CREATED event, and the conversation's messages since the intake began.
 */
export async function createCase(
  tx: Sql,
  rules: CaseRules,
  input: { reporterId: string; conversationId: string; channel: ChannelName; draft: CaseDraft; now: Date },
): Promise<CreatedCase> {
  const { draft, now } = input;
  const region = draft.regionId ? rules.routing.region(draft.regionId) : undefined;
  const fields = caseFieldsFromDraft(draft, region?.id ?? null);
  const routed = routeCase({ region: region ?? null, kind: draft.kind, extraKinds: draft.extraKinds, phase: fields.phase }, rules.routing);
  const parties = withNationalDesk(routed, draft.urgency, rules.routing.nationalAgencyId);
  const deadlines = computeDeadlines(now, draft.urgency, rules.slaPolicy, rules.calendar);
  const created = {
    signals: draft.signals,
    parties: parties.map((p) => `${p.agencyId}:${p.role}`),
    consent: draft.consent ?? false,
    // A spoken YA to the consent question of a case opened by voice: the officer can hear it.
    ...(draft.consentByVoice ? { consentByVoice: true } : {}),
    // "bandung" alone: the Kabupaten was chosen, for the officer to check.
    ...(draft.regencyNote ? { regencyNote: draft.regencyNote } : {}),
  };

  // ~35 million codes: a clash is rare; the unique index tells, and another code is drawn.
  let id: string | undefined;
  let ticket = "";
  for (let attempt = 0; attempt < 5 && !id; attempt++) {
    ticket = generateTicket();
    id = await insertCase(tx, {
      ticket,
      kind: draft.kind,
      urgency: draft.urgency,
      channel: input.channel,
      reporterId: input.reporterId,
      conversationId: input.conversationId,
      fields,
      parties,
      ...deadlines,
      created,
      at: now,
    });
  }
  if (!id) throw new Error("could not find an unused ticket number");

  // The conversation's messages since the intake began belong to the case, with their files.
  await linkIntakeToCase(tx, {
    caseId: id,
    conversationId: input.conversationId,
    reporterId: input.reporterId,
    since: new Date(draft.startedAt),
    consent: draft.consent ?? false,
    reporterKind: draft.onBehalf === undefined ? null : draft.onBehalf ? "FAMILY" : "WORKER",
    at: now,
  });

  return {
    id,
    ticket,
    urgency: draft.urgency,
    leadAgencyId: parties[0]!.agencyId,
    parties,
    ...deadlines,
  };
}

/** The case columns an intake fills in; shared by creation and the later updates of an emergency case. */
export function caseFieldsFromDraft(draft: CaseDraft, originRegionId: string | null) {
  return {
    extraKinds: draft.extraKinds,
    onBehalf: draft.onBehalf ?? false,
    relationship: draft.relationship ?? null,
    workerName: draft.workerName ?? null,
    workerPhone: draft.workerPhone ?? null,
    originRegionId,
    originText: draft.originText ?? null,
    originRegencyCode: draft.regencyCode ?? null,
    destinationCountry: draft.country ?? null,
    // Before work, abroad, or after return: from what was said (src/core/phase.ts); routing depends on it.
    phase: draft.phase ?? detectPhase(draft.description.join(" "), { kind: draft.kind, country: draft.country }),
    description: draft.description.join("\n").slice(0, 20_000),
    // The facts told in the conversation (src/conversation/fact-questions.ts); officers edit them on the case page.
    employerName: draft.facts?.employerName ?? null,
    placementCompany: draft.facts?.placementCompany ?? null,
    agencyAbroad: draft.facts?.agencyAbroad ?? null,
    cityAbroad: draft.facts?.cityAbroad ?? null,
    workSector: draft.facts?.workSector ?? null,
    departureDate: draft.facts?.departureDate ?? null,
    passportNumber: draft.facts?.passportNumber ?? null,
  };
}
