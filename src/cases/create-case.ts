import type { ChannelName } from "../channels/contract.js";
import type { CaseDraft } from "../conversation/state.js";
import { routeCase, type CaseParty } from "../core/routing.js";
import { computeDeadlines, type SlaPolicy, type WorkCalendar } from "../core/sla.js";
import { generateTicket } from "../core/ticket.js";
import type { Prisma } from "../infra/prisma.js";
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
  tx: Prisma.TransactionClient,
  rules: CaseRules,
  input: { reporterId: string; conversationId: string; channel: ChannelName; draft: CaseDraft; now: Date },
): Promise<CreatedCase> {
  const { draft, now } = input;
  const region = draft.regionId ? rules.routing.region(draft.regionId) : undefined;
  const parties = routeCase({ region: region ?? null, kind: draft.kind, extraKinds: draft.extraKinds }, rules.routing);
  const deadlines = computeDeadlines(now, draft.urgency, rules.slaPolicy, rules.calendar);
  const ticket = await unusedTicket(tx);

  const created = await tx.case.create({
    data: {
      ticket,
      kind: draft.kind,
      urgency: draft.urgency,
      channel: input.channel,
      reporterId: input.reporterId,
      conversationId: input.conversationId,
      ...caseFieldsFromDraft(draft, region?.id ?? null),
      firstResponseDueAt: deadlines.firstResponseDueAt,
      resolutionDueAt: deadlines.resolutionDueAt,
      createdAt: now,
      agencies: { create: parties.map((p) => ({ agencyId: p.agencyId, role: p.role, reason: "Rute otomatis sesuai nota kesepakatan" })) },
      events: {
        create: {
          type: "CREATED",
          toStatus: "DITERIMA",
          agencyId: parties[0]!.agencyId,
          data: { signals: draft.signals, parties: parties.map((p) => `${p.agencyId}:${p.role}`), consent: draft.consent ?? false },
          createdAt: now,
        },
      },
    },
    select: { id: true },
  });

  const startedAt = new Date(draft.startedAt);
  await tx.message.updateMany({
    where: { conversationId: input.conversationId, caseId: null, createdAt: { gte: startedAt } },
    data: { caseId: created.id },
  });
  await tx.attachment.updateMany({
    where: { caseId: null, message: { caseId: created.id } },
    data: { caseId: created.id },
  });
  await tx.reporter.update({
    where: { id: input.reporterId },
    data: {
      ...(draft.consent ? { consentAt: now } : {}),
      ...(draft.onBehalf !== undefined ? { kind: draft.onBehalf ? "FAMILY" : "WORKER" } : {}),
    },
  });

  return {
    id: created.id,
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
    destinationCountry: draft.country ?? null,
    description: draft.description.join("\n").slice(0, 20_000),
  };
}

async function unusedTicket(tx: Prisma.TransactionClient): Promise<string> {
  // ~35 million codes: a clash is rare; the unique index is the final guard (the job then retries).
  for (let attempt = 0; attempt < 5; attempt++) {
    const ticket = generateTicket();
    if (!(await tx.case.findUnique({ where: { ticket }, select: { id: true } }))) return ticket;
  }
  throw new Error("could not find an unused ticket number");
}
