import { openStatusSql } from "./case-status-sql.js";
import { Prisma } from "../infra/prisma.js";
import { scopeOf, scopeSql } from "./case-scope.js";
import type { Db } from "./database.js";
import { searchCondition } from "./inbox-search.js";

export interface InboxFilter {
  status: string;
  kind?: string | undefined;
  urgency?: string | undefined;
  region?: string | undefined;
  channel?: string | undefined;
  assigned?: "me" | "unassigned" | undefined;
  overdue?: boolean | undefined;
  /** Only cases whose reporter waits for a person (the last word is theirs). */
  waiting?: boolean | undefined;
  /** Destination country as stored ("Malaysia"). */
  country?: string | undefined;
  /** A phase (src/core/phase.ts), or "NONE" for cases whose phase is not known yet. */
  phase?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

const OPEN = openStatusSql("c.status");
/** The deadline that matters now: first response until answered, then resolution. */
export const NEXT_DUE = Prisma.sql`(CASE WHEN c."firstRespondedAt" IS NULL THEN c."firstResponseDueAt" ELSE c."resolutionDueAt" END)`;

export function overdueSql(now: Date): Prisma.Sql {
  return Prisma.sql`(${OPEN} AND c."slaPausedAt" IS NULL AND (
    (c."firstRespondedAt" IS NULL AND c."firstResponseDueAt" < ${now}) OR c."resolutionDueAt" < ${now}))`;
}

/**
 * Counting stops this far past the page: an exact count of a large agency's history costs more
 * than the page itself, and beyond it the console says "lebih dari ..." (more than) instead.
 */
const COUNT_CAP = 1000;

interface InboxPage {
  rows: InboxRow[];
  /** Exact when totalExact; otherwise there are more than this many. */
  total: number;
  totalExact: boolean;
}

/**
 * The inbox as one SQL statement (Prisma cannot order by "emergency first, then deadline"):
 * visible cases only (caseScope), filters, then one page and the total (capped, see COUNT_CAP).
 */
export async function queryInbox(
  db: Db,
  officer: { id: string; agencyId: string; agencyKind: string },
  filter: InboxFilter,
  now = new Date(),
  countCap = COUNT_CAP,
): Promise<InboxPage> {
  const conditions: Prisma.Sql[] = [scopeSql(scopeOf(officer))];
  // Open cases are a queue (the partial index "Case_open_queue_idx" serves this order); the
  // history (all, resolved, closed) reads newest first.
  const queue = filter.status !== "all" && filter.status !== "SELESAI" && filter.status !== "DITUTUP";
  if (queue) conditions.push(OPEN, Prisma.sql`c."mergedIntoId" IS NULL`);
  if (filter.status !== "open" && filter.status !== "all") conditions.push(Prisma.sql`c.status = ${filter.status}::"CaseStatus"`);
  if (filter.urgency) conditions.push(Prisma.sql`c.urgency = ${filter.urgency}::"Urgency"`);
  if (filter.channel) conditions.push(Prisma.sql`c.channel = ${filter.channel}::"Channel"`);
  // A Kemendagri code ("32.12") filters by kabupaten/kota of origin; any other id by routing region.
  if (filter.region && /^\d{2}\.\d{2}$/.test(filter.region)) {
    conditions.push(Prisma.sql`c."originRegencyCode" = ${filter.region}`);
  } else if (filter.region) {
    conditions.push(
      Prisma.sql`c."originRegionId" IN (SELECT id FROM "Region" WHERE id = ${filter.region} OR "provinceId" = ${filter.region})`,
    );
  }
  if (filter.assigned === "me") conditions.push(Prisma.sql`c."assignedOfficerId" = ${officer.id}::uuid`);
  if (filter.assigned === "unassigned") conditions.push(Prisma.sql`c."assignedOfficerId" IS NULL`);
  if (filter.overdue) conditions.push(overdueSql(now));
  if (filter.waiting) conditions.push(Prisma.sql`c."awaitingReplySince" IS NOT NULL`);
  if (filter.country) conditions.push(Prisma.sql`c."destinationCountry" = ${filter.country}`);
  if (filter.phase === "NONE") conditions.push(Prisma.sql`c.phase IS NULL`);
  else if (filter.phase) conditions.push(Prisma.sql`c.phase = ${filter.phase}`);
  const q = filter.q?.trim();
  const search = q ? await searchCondition(db, q) : null;
  if (search) conditions.push(search.sql);
  const where = Prisma.join(conditions, " AND ");
  const from = search?.joinReporter ? Prisma.sql`"Case" c JOIN "Reporter" r ON r.id = c."reporterId"` : Prisma.sql`"Case" c`;
  const order = queue
    ? Prisma.sql`(c.urgency = 'EMERGENCY') DESC, ${NEXT_DUE} ASC NULLS LAST, c."createdAt" ASC, c.id`
    : Prisma.sql`c."createdAt" DESC, c.id`;
  const offset = (filter.page - 1) * filter.pageSize;
  // One row past the page tells a search whether another page follows.
  const window = offset + filter.pageSize + 1;

  // A kind matches the main kind or one of the extra kinds. As two branches, the main kind
  // walks its (kind, createdAt) index in order and the extra kinds come from their GIN index.
  // The second branch is deliberately not ordered and limited: with LIMIT, the planner's guess
  // for array containment made it walk all cases by date looking for the (rare) extra kinds.
  const kind = filter.kind;
  const hits = kind
    ? Prisma.sql`c.id IN (
        (SELECT c.id FROM ${from} WHERE c.kind = ${kind} AND ${where} ORDER BY ${order} LIMIT ${window})
        UNION ALL
        (SELECT c.id FROM ${from} WHERE c.kind <> ${kind} AND c."extraKinds" @> ARRAY[${kind}]::text[] AND ${where}))`
    : where;
  const matching = kind ? Prisma.sql`(c.kind = ${kind} OR c."extraKinds" @> ARRAY[${kind}]::text[]) AND ${where}` : where;
  const countUpTo = (cap: number) =>
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (SELECT 1 FROM ${from} WHERE ${matching} LIMIT ${cap + 1}) AS capped`;

  const [found, counted] = await Promise.all([
    db.$queryRaw<InboxRow[]>`
      SELECT c.id, c.ticket, c.kind, c.urgency::text AS urgency, c.status::text AS status, c.channel::text AS channel,
             c."workerName", r.name AS "reporterName", reg.name AS "regionName", c."originRegencyCode", c."destinationCountry", c.phase, c."awaitingReplySince",
             c."createdAt", c."updatedAt", c."firstResponseDueAt", c."resolutionDueAt", c."firstRespondedAt", c."slaPausedAt", c."resolvedAt", c."closedAt",
             c."assignedOfficerId", o.name AS "assignedOfficerName",
             (SELECT a.name FROM "CaseAgency" l JOIN "Agency" a ON a.id = l."agencyId" WHERE l."caseId" = c.id AND l.role = 'LEAD' LIMIT 1) AS "leadAgencyName",
             (SELECT max(m."createdAt") FROM "Message" m WHERE m."caseId" = c.id AND m.direction = 'IN') AS "lastInboundAt",
             -- The latest words of a person (the reporter or an officer), for the preview: the
             -- bot's own texts say nothing about the case. Evaluated for the page's rows only.
             (SELECT json_build_object('text', left(m.text, 400), 'kind', m.kind, 'fromOfficer', m.direction = 'OUT', 'at', m."createdAt")
              FROM "Message" m WHERE m."caseId" = c.id AND (m.direction = 'IN' OR m."officerId" IS NOT NULL)
              ORDER BY m."createdAt" DESC LIMIT 1) AS "lastMessage"
      FROM "Case" c
      JOIN "Reporter" r ON r.id = c."reporterId"
      LEFT JOIN "Region" reg ON reg.id = c."originRegionId"
      LEFT JOIN "Officer" o ON o.id = c."assignedOfficerId"
      WHERE ${hits}
      ORDER BY ${order}
      LIMIT ${filter.pageSize + 1} OFFSET ${offset}`,
    // A search is not counted: matching a common name across years of cases costs far more
    // than finding one page of it. The page itself says whether more follow.
    search ? null : countUpTo(offset + countCap),
  ]);
  const rows = found.slice(0, filter.pageSize);
  if (counted) {
    const n = Number(counted[0]?.n ?? 0);
    return n > offset + countCap ? { rows, total: offset + countCap, totalExact: false } : { rows, total: n, totalExact: true };
  }
  if (found.length > filter.pageSize) return { rows, total: offset + filter.pageSize, totalExact: false };
  if (rows.length > 0 || offset === 0) return { rows, total: offset + rows.length, totalExact: true };
  // A search page past its end: count, so the pager can lead back.
  const n = Number((await countUpTo(offset + countCap))[0]?.n ?? 0);
  return { rows, total: Math.min(n, offset + countCap), totalExact: n <= offset + countCap };
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
  originRegencyCode: string | null;
  destinationCountry: string | null;
  phase: string | null;
  awaitingReplySince: Date | null;
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
  lastMessage: { text: string | null; kind: string; fromOfficer: boolean; at: string } | null;
}
