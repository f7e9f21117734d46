import type { ChannelName } from "../channels/contract.js";
import type { CaseDraft } from "../conversation/state.js";
import { detectPhase } from "../core/phase.js";
import { routeCase, withNationalDesk, type CaseParty } from "../core/routing.js";
import { computeDeadlines, type SlaPolicy, type WorkCalendar } from "../core/sla.js";
import { generateTicket } from "../core/ticket.js";
import type { Sql } from "../infra/sql.js";
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
    const rows = await tx.rows<{ id: string }>`
      WITH c AS (
        INSERT INTO "Case" (id, ticket, kind, "extraKinds", urgency, channel, "reporterId", "conversationId", "onBehalf", relationship,
                            "workerName", "workerPhone", "originRegionId", "originText", "originRegencyCode", "destinationCountry", phase, description,
                            "employerName", "placementCompany", "agencyAbroad", "cityAbroad", "workSector", "departureDate", "passportNumber",
                            "firstResponseDueAt", "resolutionDueAt", "createdAt", "updatedAt")
        VALUES (gen_random_uuid(), ${ticket}, ${draft.kind}, ${fields.extraKinds}::text[], ${draft.urgency}::"Urgency", ${input.channel}::"Channel",
                ${input.reporterId}::uuid, ${input.conversationId}::uuid, ${fields.onBehalf}, ${fields.relationship}, ${fields.workerName},
                ${fields.workerPhone}, ${fields.originRegionId}, ${fields.originText}, ${fields.originRegencyCode}, ${fields.destinationCountry}, ${fields.phase}, ${fields.description},
                ${fields.employerName}, ${fields.placementCompany}, ${fields.agencyAbroad}, ${fields.cityAbroad}, ${fields.workSector}, ${fields.departureDate}, ${fields.passportNumber},
                ${deadlines.firstResponseDueAt}::timestamp(3), ${deadlines.resolutionDueAt}::timestamp(3), ${now}::timestamp(3), ${now}::timestamp(3))
        ON CONFLICT (ticket) DO NOTHING
        RETURNING id),
      parties AS (
        INSERT INTO "CaseAgency" ("caseId", "agencyId", role, reason, "addedAt")
        SELECT c.id, p.agency_id, p.role::"PartyRole", 'Rute otomatis sesuai nota kesepakatan', ${now}::timestamp(3)
        FROM c, unnest(${parties.map((p) => p.agencyId)}::text[], ${parties.map((p) => p.role)}::text[]) AS p(agency_id, role)),
      event AS (
        INSERT INTO "CaseEvent" (id, "caseId", type, "toStatus", "agencyId", data, "createdAt")
        SELECT gen_random_uuid(), c.id, 'CREATED', 'DITERIMA', ${parties[0]!.agencyId}, ${JSON.stringify(created)}::jsonb, ${now}::timestamp(3) FROM c)
      SELECT id FROM c`;
    id = rows[0]?.id;
  }
  if (!id) throw new Error("could not find an unused ticket number");

  // The conversation's messages since the intake began belong to the case, with their files.
  await tx.run`
    WITH linked AS (
      UPDATE "Message" SET "caseId" = ${id}::uuid
      WHERE "conversationId" = ${input.conversationId}::uuid AND "caseId" IS NULL AND "createdAt" >= ${new Date(draft.startedAt)}::timestamp(3)
      RETURNING id),
    files AS (
      UPDATE "Attachment" SET "caseId" = ${id}::uuid WHERE "caseId" IS NULL AND "messageId" IN (SELECT id FROM linked))
    UPDATE "Reporter" SET
      "consentAt" = CASE WHEN ${draft.consent ?? false} THEN ${now}::timestamp(3) ELSE "consentAt" END,
      kind = COALESCE(${draft.onBehalf === undefined ? null : draft.onBehalf ? "FAMILY" : "WORKER"}::"ReporterKind", kind)
    WHERE id = ${input.reporterId}::uuid`;

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
