import type { Sql } from "./database.js";

/** The case columns an intake fills in (src/cases/create-case.ts `caseFieldsFromDraft`). */
export interface IntakeCaseFields {
  extraKinds: string[];
  onBehalf: boolean;
  relationship: string | null;
  workerName: string | null;
  workerPhone: string | null;
  originRegionId: string | null;
  originText: string | null;
  originRegencyCode: string | null;
  destinationCountry: string | null;
  phase: string | null;
  description: string;
  employerName: string | null;
  placementCompany: string | null;
  agencyAbroad: string | null;
  cityAbroad: string | null;
  workSector: string | null;
  departureDate: string | null;
  passportNumber: string | null;
}

export interface NewCase {
  ticket: string;
  kind: string;
  urgency: string;
  channel: string;
  reporterId: string;
  conversationId: string;
  fields: IntakeCaseFields;
  parties: { agencyId: string; role: string }[];
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  /** The CREATED event's data. */
  created: object;
  at: Date;
}

/**
 * Inserts a case with its parties (the first one leads, named on the CREATED event) and its
 * CREATED event, in one statement. Resolves its id, or undefined when the ticket is taken.
 */
export async function insertCase(tx: Sql, c: NewCase): Promise<string | undefined> {
  const { fields, parties, at } = c;
  const rows = await tx.rows<{ id: string }>`
    WITH c AS (
      INSERT INTO "Case" (id, ticket, kind, "extraKinds", urgency, channel, "reporterId", "conversationId", "onBehalf", relationship,
                          "workerName", "workerPhone", "originRegionId", "originText", "originRegencyCode", "destinationCountry", phase, description,
                          "employerName", "placementCompany", "agencyAbroad", "cityAbroad", "workSector", "departureDate", "passportNumber",
                          "firstResponseDueAt", "resolutionDueAt", "createdAt", "updatedAt")
      VALUES (gen_random_uuid(), ${c.ticket}, ${c.kind}, ${fields.extraKinds}::text[], ${c.urgency}::"Urgency", ${c.channel}::"Channel",
              ${c.reporterId}::uuid, ${c.conversationId}::uuid, ${fields.onBehalf}, ${fields.relationship}, ${fields.workerName},
              ${fields.workerPhone}, ${fields.originRegionId}, ${fields.originText}, ${fields.originRegencyCode}, ${fields.destinationCountry}, ${fields.phase}, ${fields.description},
              ${fields.employerName}, ${fields.placementCompany}, ${fields.agencyAbroad}, ${fields.cityAbroad}, ${fields.workSector}, ${fields.departureDate}, ${fields.passportNumber},
              ${c.firstResponseDueAt}::timestamp(3), ${c.resolutionDueAt}::timestamp(3), ${at}::timestamp(3), ${at}::timestamp(3))
      ON CONFLICT (ticket) DO NOTHING
      RETURNING id),
    parties AS (
      INSERT INTO "CaseAgency" ("caseId", "agencyId", role, reason, "addedAt")
      SELECT c.id, p.agency_id, p.role::"PartyRole", 'Rute otomatis sesuai nota kesepakatan', ${at}::timestamp(3)
      FROM c, unnest(${parties.map((p) => p.agencyId)}::text[], ${parties.map((p) => p.role)}::text[]) AS p(agency_id, role)),
    event AS (
      INSERT INTO "CaseEvent" (id, "caseId", type, "toStatus", "agencyId", data, "createdAt")
      SELECT gen_random_uuid(), c.id, 'CREATED', 'DITERIMA', ${parties[0]!.agencyId}, ${JSON.stringify(c.created)}::jsonb, ${at}::timestamp(3) FROM c)
    SELECT id FROM c`;
  return rows[0]?.id;
}

/**
 * The conversation's messages since the intake began (`since`) join the case, with their files;
 * the reporter's consent (when given) and kind (when said) are recorded.
 */
export async function linkIntakeToCase(
  tx: Sql,
  link: {
    caseId: string;
    conversationId: string;
    reporterId: string;
    since: Date;
    consent: boolean;
    reporterKind: "FAMILY" | "WORKER" | null;
    at: Date;
  },
): Promise<void> {
  await tx.run`
    WITH linked AS (
      UPDATE "Message" SET "caseId" = ${link.caseId}::uuid
      WHERE "conversationId" = ${link.conversationId}::uuid AND "caseId" IS NULL AND "createdAt" >= ${link.since}::timestamp(3)
      RETURNING id),
    files AS (
      UPDATE "Attachment" SET "caseId" = ${link.caseId}::uuid WHERE "caseId" IS NULL AND "messageId" IN (SELECT id FROM linked))
    UPDATE "Reporter" SET
      "consentAt" = CASE WHEN ${link.consent} THEN ${link.at}::timestamp(3) ELSE "consentAt" END,
      kind = COALESCE(${link.reporterKind}::"ReporterKind", kind)
    WHERE id = ${link.reporterId}::uuid`;
}

/** Later answers of an emergency case's reporter: what an officer has already filled in is kept. */
export async function completeCaseFromReporter(tx: Sql, caseId: string, f: IntakeCaseFields, at: Date): Promise<void> {
  await tx.run`
    UPDATE "Case" SET "extraKinds" = ${f.extraKinds}::text[], "onBehalf" = ${f.onBehalf}, relationship = ${f.relationship},
      "workerName" = ${f.workerName}, "workerPhone" = ${f.workerPhone}, "originRegionId" = ${f.originRegionId}, "originText" = ${f.originText}, "originRegencyCode" = ${f.originRegencyCode},
      "destinationCountry" = ${f.destinationCountry}, phase = COALESCE(phase, ${f.phase}), description = ${f.description},
      -- A fact an officer has already filled in is kept; the conversation only completes.
      "employerName" = COALESCE("employerName", ${f.employerName}), "placementCompany" = COALESCE("placementCompany", ${f.placementCompany}),
      "agencyAbroad" = COALESCE("agencyAbroad", ${f.agencyAbroad}), "cityAbroad" = COALESCE("cityAbroad", ${f.cityAbroad}),
      "workSector" = COALESCE("workSector", ${f.workSector}), "departureDate" = COALESCE("departureDate", ${f.departureDate}),
      "passportNumber" = COALESCE("passportNumber", ${f.passportNumber}), "updatedAt" = ${at}::timestamp(3)
    WHERE id = ${caseId}::uuid`;
}

/** Adds kinds to the case's other kinds (sorted, without its main kind); a case that has them all is left untouched. */
export async function addCaseKinds(tx: Sql, caseId: string, kinds: string[], at: Date): Promise<void> {
  await tx.run`
    UPDATE "Case" SET "extraKinds" = ARRAY(SELECT DISTINCT k FROM unnest("extraKinds" || ${kinds}::text[]) AS k WHERE k <> kind ORDER BY k),
      "updatedAt" = ${at}::timestamp(3)
    WHERE id = ${caseId}::uuid AND NOT (${kinds}::text[] <@ (array_append("extraKinds", kind)))`;
}

/** The reporter asked for an officer: the OFFICER_REQUESTED event, and what the reply needs (ticket, where the reporter lives). */
export async function recordOfficerRequest(
  tx: Sql,
  caseId: string,
  at: Date,
): Promise<{ ticket: string; country: string | null; provinceId: string | null } | undefined> {
  const [found] = await tx.rows<{ ticket: string; country: string | null; provinceId: string | null }>`
    WITH event AS (
      INSERT INTO "CaseEvent" (id, "caseId", type, "createdAt") VALUES (gen_random_uuid(), ${caseId}::uuid, 'OFFICER_REQUESTED', ${at}::timestamp(3)))
    SELECT c.ticket, c."destinationCountry" AS country, COALESCE(r."provinceId", r.id) AS "provinceId"
    FROM "Case" c LEFT JOIN "Region" r ON r.id = c."originRegionId" WHERE c.id = ${caseId}::uuid`;
  return found;
}

/** The case's parties, each with the case's ticket. */
export async function casePartiesWithTicket(tx: Sql, caseId: string): Promise<{ agencyId: string; role: string; ticket: string }[]> {
  return tx.rows<{ agencyId: string; role: string; ticket: string }>`
    SELECT a."agencyId", a.role::text AS role, c.ticket FROM "CaseAgency" a JOIN "Case" c ON c.id = a."caseId" WHERE a."caseId" = ${caseId}::uuid`;
}

/** The agency stays on the case as a supporting party. */
export async function demoteToSupport(tx: Sql, caseId: string, agencyId: string): Promise<void> {
  await tx.run`UPDATE "CaseAgency" SET role = 'SUPPORT' WHERE "caseId" = ${caseId}::uuid AND "agencyId" = ${agencyId}`;
}

/** Agencies join the case with their roles; one already on it keeps its role unless it now leads. */
export async function joinParties(
  tx: Sql,
  caseId: string,
  parties: { agencyId: string; role: "LEAD" | "SUPPORT" }[],
  reason: string,
  at: Date,
): Promise<void> {
  await tx.run`
    INSERT INTO "CaseAgency" ("caseId", "agencyId", role, reason, "addedAt")
    SELECT ${caseId}::uuid, p.agency_id, p.role::"PartyRole", ${reason}, ${at}::timestamp(3)
    FROM unnest(${parties.map((p) => p.agencyId)}::text[], ${parties.map((p) => p.role)}::text[]) AS p(agency_id, role)
    ON CONFLICT ("caseId", "agencyId") DO UPDATE SET role = 'LEAD' WHERE EXCLUDED.role = 'LEAD'`;
}

export interface StatusForReporter {
  askedTicket: string;
  ticket: string;
  status: string;
  updatedAt: Date;
  leadAgencyId: string | null;
  /** Whether the reporter may see the case the asked one was merged into (its reporter or a verified follower). */
  seesSurvivor: boolean;
  /** Where the worker stands (src/core/phase.ts); null until known. */
  phase: string | null;
}

/**
 * A case's status by ticket, found only for its reporter or a verified follower. A merged case
 * answers with the case it was merged into.
 */
export async function statusForReporter(tx: Sql, ticket: string, reporterId: string): Promise<StatusForReporter | undefined> {
  const [found] = await tx.rows<StatusForReporter>`
    SELECT c.ticket AS "askedTicket", s.ticket, s.status::text AS status, s."updatedAt", s.phase,
           (SELECT a."agencyId" FROM "CaseAgency" a WHERE a."caseId" = s.id AND a.role = 'LEAD' LIMIT 1) AS "leadAgencyId",
           (s."reporterId" = ${reporterId}::uuid OR EXISTS (
              SELECT 1 FROM "CaseFollower" f WHERE f."caseId" = s.id AND f."reporterId" = ${reporterId}::uuid AND f.verified AND f."endedAt" IS NULL)) AS "seesSurvivor"
    FROM "Case" c JOIN "Case" s ON s.id = COALESCE(c."mergedIntoId", c.id)
    WHERE c.ticket = ${ticket}
      AND (c."reporterId" = ${reporterId}::uuid OR EXISTS (
        SELECT 1 FROM "CaseFollower" f WHERE f."caseId" = c.id AND f."reporterId" = ${reporterId}::uuid AND f.verified AND f."endedAt" IS NULL))`;
  return found;
}

/** The case's ticket with each of its parties' agencies. */
export async function ticketAndParties(tx: Sql, caseId: string): Promise<{ ticket: string; agencyId: string }[]> {
  return tx.rows<{ ticket: string; agencyId: string }>`
    SELECT c.ticket, a."agencyId" FROM "Case" c JOIN "CaseAgency" a ON a."caseId" = c.id WHERE c.id = ${caseId}::uuid`;
}

/**
 * Who hears about a case: its reporter's conversation (the case's own, or their latest on its
 * channel) first, then each verified follower's latest conversation.
 */
export async function audienceConversations(tx: Sql, caseId: string): Promise<{ conversationId: string | null; channel: string }[]> {
  return tx.rows<{ conversationId: string | null; channel: string }>`
    SELECT COALESCE(c."conversationId",
             (SELECT v.id FROM "Conversation" v WHERE v."reporterId" = c."reporterId" AND v.channel = c.channel ORDER BY v."updatedAt" DESC LIMIT 1))
             AS "conversationId",
           c.channel::text AS channel, 0 AS rank
    FROM "Case" c WHERE c.id = ${caseId}::uuid
    UNION ALL
    SELECT latest.id, latest.channel::text, 1
    FROM "Case" c
    JOIN "CaseFollower" f ON f."caseId" = c.id AND f.verified AND f."endedAt" IS NULL AND f."reporterId" <> c."reporterId"
    CROSS JOIN LATERAL (SELECT v.id, v.channel FROM "Conversation" v WHERE v."reporterId" = f."reporterId" ORDER BY v."updatedAt" DESC LIMIT 1) latest
    WHERE c.id = ${caseId}::uuid
    ORDER BY rank`;
}

/**
 * Raises an open case to an emergency with its new first-response deadline, the old main kind
 * kept among the others, and an ESCALATED event. Resolves false when it already was one.
 */
export async function escalateCase(
  tx: Sql,
  e: { caseId: string; kind: string; firstResponseDueAt: Date; note: string; data: object; at: Date },
): Promise<boolean> {
  const escalated = await tx.run`
    WITH escalated AS (
      UPDATE "Case" SET urgency = 'EMERGENCY', kind = ${e.kind}, "firstResponseDueAt" = ${e.firstResponseDueAt}::timestamp(3),
        "updatedAt" = ${e.at}::timestamp(3),
        "extraKinds" = ARRAY(SELECT DISTINCT k FROM unnest(array_append("extraKinds", kind)) AS k WHERE k <> ${e.kind} AND k <> 'LAINNYA')
      WHERE id = ${e.caseId}::uuid AND urgency <> 'EMERGENCY'
      RETURNING id)
    INSERT INTO "CaseEvent" (id, "caseId", type, note, data, "createdAt")
    SELECT gen_random_uuid(), id, 'ESCALATED', ${e.note}, ${JSON.stringify(e.data)}::jsonb, ${e.at}::timestamp(3)
    FROM escalated`;
  return escalated > 0;
}

/** The agency joins the case as a supporting party, unless it already is one. */
export async function joinAsSupport(tx: Sql, caseId: string, agencyId: string, reason: string, at: Date): Promise<void> {
  await tx.run`
    INSERT INTO "CaseAgency" ("caseId", "agencyId", role, reason, "addedAt")
    VALUES (${caseId}::uuid, ${agencyId}, 'SUPPORT', ${reason}, ${at}::timestamp(3))
    ON CONFLICT ("caseId", "agencyId") DO NOTHING`;
}

/** A resolved (SELESAI) case back to DITANGANI; resolves its ticket, urgency and lead, or undefined when it was not resolved. */
export async function reopenResolvedCase(
  tx: Sql,
  caseId: string,
  at: Date,
): Promise<{ ticket: string; urgency: string; leadAgencyId: string | null } | undefined> {
  const [reopened] = await tx.rows<{ ticket: string; urgency: string; leadAgencyId: string | null }>`
    UPDATE "Case" SET status = 'DITANGANI', "resolvedAt" = NULL, "updatedAt" = ${at}::timestamp(3)
    WHERE id = ${caseId}::uuid AND status = 'SELESAI'
    RETURNING ticket, urgency::text AS urgency,
      (SELECT a."agencyId" FROM "CaseAgency" a WHERE a."caseId" = "Case".id AND a.role = 'LEAD' LIMIT 1) AS "leadAgencyId"`;
  return reopened;
}

export async function setResolutionDue(tx: Sql, caseId: string, dueAt: Date): Promise<void> {
  await tx.run`UPDATE "Case" SET "resolutionDueAt" = ${dueAt}::timestamp(3) WHERE id = ${caseId}::uuid`;
}
