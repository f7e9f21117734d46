import { Prisma } from "../../infra/prisma.js";
import type { Db } from "../../infra/prisma.js";
import { caseScope } from "../access/case-access.js";
import type { Officer } from "../auth/sessions.js";

export interface InboxFilter {
  status: string;
  kind?: string | undefined;
  urgency?: string | undefined;
  region?: string | undefined;
  channel?: string | undefined;
  assigned?: "me" | "unassigned" | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

const OPEN = Prisma.sql`c.status NOT IN ('SELESAI', 'DITUTUP')`;
/** The deadline that matters now: first response until answered, then resolution. */
export const NEXT_DUE = Prisma.sql`(CASE WHEN c."firstRespondedAt" IS NULL THEN c."firstResponseDueAt" ELSE c."resolutionDueAt" END)`;

export function overdueSql(now: Date): Prisma.Sql {
  return Prisma.sql`(${OPEN} AND c."slaPausedAt" IS NULL AND (
    (c."firstRespondedAt" IS NULL AND c."firstResponseDueAt" < ${now}) OR c."resolutionDueAt" < ${now}))`;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/**
 * The inbox as one SQL statement (Prisma cannot order by "emergency first, then deadline"):
 * visible cases only (caseScope), filters, then one page and the total.
 */
export async function queryInbox(db: Db, officer: Officer, filter: InboxFilter, now = new Date()) {
  const conditions: Prisma.Sql[] = [caseScope(officer).sql];
  // Open cases are a queue (the partial index "Case_open_queue_idx" serves this order); the
  // history (all, resolved, closed) reads newest first.
  const queue = filter.status !== "all" && filter.status !== "SELESAI" && filter.status !== "DITUTUP";
  if (queue) conditions.push(OPEN, Prisma.sql`c."mergedIntoId" IS NULL`);
  if (filter.status !== "open" && filter.status !== "all") conditions.push(Prisma.sql`c.status = ${filter.status}::"CaseStatus"`);
  if (filter.kind) conditions.push(Prisma.sql`(c.kind = ${filter.kind} OR ${filter.kind} = ANY(c."extraKinds"))`);
  if (filter.urgency) conditions.push(Prisma.sql`c.urgency = ${filter.urgency}::"Urgency"`);
  if (filter.channel) conditions.push(Prisma.sql`c.channel = ${filter.channel}::"Channel"`);
  if (filter.region) {
    conditions.push(Prisma.sql`c."originRegionId" IN (SELECT id FROM "Region" WHERE id = ${filter.region} OR "provinceId" = ${filter.region})`);
  }
  if (filter.assigned === "me") conditions.push(Prisma.sql`c."assignedOfficerId" = ${officer.id}::uuid`);
  if (filter.assigned === "unassigned") conditions.push(Prisma.sql`c."assignedOfficerId" IS NULL`);
  if (filter.overdue) conditions.push(overdueSql(now));
  const q = filter.q?.trim();
  if (q) {
    const ticket = q.toUpperCase().replace(/\s/g, "");
    const digits = q.replace(/\D/g, "");
    if (/^PMI-?[0-9A-Z]{6}$/.test(ticket)) {
      conditions.push(Prisma.sql`c.ticket = ${ticket.includes("-") ? ticket : `PMI-${ticket.slice(3)}`}`);
    } else if (digits.length >= 4 && digits.length >= q.replace(/[\s+()-]/g, "").length) {
      // Phones are stored as written; a search for 0812... also finds +62812...
      const local = digits.startsWith("0") ? digits.slice(1) : digits.startsWith("62") ? digits.slice(2) : digits;
      const pattern = likePattern(local);
      conditions.push(Prisma.sql`(translate(c."workerPhone", ' +-().', '') LIKE ${pattern} OR translate(r.phone, ' +-().', '') LIKE ${pattern})`);
    } else {
      const pattern = likePattern(q);
      conditions.push(Prisma.sql`(c."workerName" ILIKE ${pattern} OR c.ticket ILIKE ${pattern} OR r.name ILIKE ${pattern})`);
    }
  }
  const where = Prisma.join(conditions, " AND ");
  const offset = (filter.page - 1) * filter.pageSize;

  const [rows, total] = await Promise.all([
    db.$queryRaw<InboxRow[]>`
      SELECT c.id, c.ticket, c.kind, c.urgency::text AS urgency, c.status::text AS status, c.channel::text AS channel,
             c."workerName", r.name AS "reporterName", reg.name AS "regionName", c."destinationCountry",
             c."createdAt", c."updatedAt", c."firstResponseDueAt", c."resolutionDueAt", c."firstRespondedAt", c."slaPausedAt", c."resolvedAt", c."closedAt",
             c."assignedOfficerId", o.name AS "assignedOfficerName",
             (SELECT a.name FROM "CaseAgency" l JOIN "Agency" a ON a.id = l."agencyId" WHERE l."caseId" = c.id AND l.role = 'LEAD' LIMIT 1) AS "leadAgencyName",
             (SELECT max(m."createdAt") FROM "Message" m WHERE m."caseId" = c.id AND m.direction = 'IN') AS "lastInboundAt"
      FROM "Case" c
      JOIN "Reporter" r ON r.id = c."reporterId"
      LEFT JOIN "Region" reg ON reg.id = c."originRegionId"
      LEFT JOIN "Officer" o ON o.id = c."assignedOfficerId"
      WHERE ${where}
      ORDER BY ${queue ? Prisma.sql`(c.urgency = 'EMERGENCY') DESC, ${NEXT_DUE} ASC NULLS LAST, c."createdAt" ASC, c.id` : Prisma.sql`c."createdAt" DESC, c.id`}
      LIMIT ${filter.pageSize} OFFSET ${offset}`,
    // The reporter is joined only when the search needs it: the count is the costly half.
    q
      ? db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Case" c JOIN "Reporter" r ON r.id = c."reporterId" WHERE ${where}`
      : db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Case" c WHERE ${where}`,
  ]);
  return { rows, total: Number(total[0]?.n ?? 0) };
}

export interface InboxRow {
  id: string;
  ticket: string;
  kind: string;
  urgency: string;
  status: string;
  channel: string;
  workerName: string | null;
  reporterName: string | null;
  regionName: string | null;
  destinationCountry: string | null;
  createdAt: Date;
  updatedAt: Date;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  slaPausedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  assignedOfficerId: string | null;
  assignedOfficerName: string | null;
  leadAgencyName: string | null;
  lastInboundAt: Date | null;
}
