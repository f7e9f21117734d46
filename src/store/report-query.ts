import { openStatusSql } from "./case-status-sql.js";
import { Prisma } from "../infra/prisma.js";
import type { Db } from "./database.js";

export interface ReportInput {
  /** null: every agency (national level only). */
  agencyId: string | null;
  from: Date;
  /** Exclusive. */
  to: Date;
  now: Date;
}

export interface GroupCount {
  key: string | null;
  cases: number;
  resolved: number;
}

export interface ReportNumbers {
  total: number;
  resolved: number;
  medianFirstResponseHours: number | null;
  medianResolutionHours: number | null;
  firstResponse: { met: number; breached: number; compliance: number | null };
  resolution: { met: number; breached: number; compliance: number | null };
  byKind: GroupCount[];
  byRegion: GroupCount[];
  /** By kabupaten/kota of origin (Kemendagri code; null: not known). */
  byRegency: GroupCount[];
  byChannel: GroupCount[];
  byStatus: GroupCount[];
}

const OPEN = openStatusSql("c.status");

/**
 * The monitoring and evaluation numbers the agreements ask for ("jumlah kasus yang
 * diselesaikan"), for the cases received in a period: two aggregate statements (grouping sets
 * for the breakdowns, ordered-set aggregates for medians), no rows leave the database.
 */
export async function queryReport(db: Db, input: ReportInput): Promise<ReportNumbers> {
  const scope = input.agencyId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "CaseAgency" ca WHERE ca."caseId" = c.id AND ca."agencyId" = ${input.agencyId})`
    : Prisma.empty;
  const base = Prisma.sql`FROM "Case" c WHERE c."createdAt" >= ${input.from} AND c."createdAt" < ${input.to} AND c."mergedIntoId" IS NULL ${scope}`;

  const [groups, summary] = await Promise.all([
    db.$queryRaw<
      {
        g: number;
        kind: string | null;
        region: string | null;
        regency: string | null;
        channel: string | null;
        status: string | null;
        cases: bigint;
        resolved: bigint;
      }[]
    >`
      SELECT GROUPING(c.kind, c."originRegionId", c."originRegencyCode", c.channel, c.status)::int AS g,
             c.kind, c."originRegionId" AS region, c."originRegencyCode" AS regency, c.channel::text AS channel, c.status::text AS status,
             count(*) AS cases, count(*) FILTER (WHERE c."resolvedAt" IS NOT NULL) AS resolved
      ${base}
      GROUP BY GROUPING SETS ((c.kind), (c."originRegionId"), (c."originRegencyCode"), (c.channel), (c.status))`,
    db.$queryRaw<
      {
        total: bigint;
        resolved: bigint;
        mfr: number | null;
        mres: number | null;
        fr_met: bigint;
        fr_breached: bigint;
        res_met: bigint;
        res_breached: bigint;
      }[]
    >`
      SELECT count(*) AS total,
             count(*) FILTER (WHERE c."resolvedAt" IS NOT NULL) AS resolved,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c."firstRespondedAt" - c."createdAt")) FILTER (WHERE c."firstRespondedAt" IS NOT NULL) AS mfr,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c."resolvedAt" - c."createdAt")) FILTER (WHERE c."resolvedAt" IS NOT NULL) AS mres,
             count(*) FILTER (WHERE c."firstRespondedAt" <= c."firstResponseDueAt") AS fr_met,
             count(*) FILTER (WHERE c."firstRespondedAt" > c."firstResponseDueAt"
               OR (c."firstRespondedAt" IS NULL AND ${OPEN} AND c."slaPausedAt" IS NULL AND c."firstResponseDueAt" < ${input.now})) AS fr_breached,
             count(*) FILTER (WHERE c."resolvedAt" <= c."resolutionDueAt") AS res_met,
             count(*) FILTER (WHERE c."resolvedAt" > c."resolutionDueAt"
               OR (c."resolvedAt" IS NULL AND ${OPEN} AND c."slaPausedAt" IS NULL AND c."resolutionDueAt" < ${input.now})) AS res_breached
      ${base}`,
  ]);

  // GROUPING() sets a bit for every column NOT in the set: kind=16, region=8, regency=4, channel=2, status=1.
  const pick = (mask: number, key: (r: (typeof groups)[number]) => string | null): GroupCount[] =>
    groups
      .filter((r) => r.g === 31 - mask)
      .map((r) => ({ key: key(r), cases: Number(r.cases), resolved: Number(r.resolved) }))
      .sort((a, b) => b.cases - a.cases || String(a.key).localeCompare(String(b.key)));
  const s = summary[0]!;
  const rate = (met: number, breached: number) => (met + breached > 0 ? met / (met + breached) : null);
  const hours = (seconds: number | null) => (seconds === null ? null : Math.round((Number(seconds) / 3600) * 10) / 10);
  const fr = { met: Number(s.fr_met), breached: Number(s.fr_breached) };
  const res = { met: Number(s.res_met), breached: Number(s.res_breached) };
  return {
    total: Number(s.total),
    resolved: Number(s.resolved),
    medianFirstResponseHours: hours(s.mfr),
    medianResolutionHours: hours(s.mres),
    firstResponse: { ...fr, compliance: rate(fr.met, fr.breached) },
    resolution: { ...res, compliance: rate(res.met, res.breached) },
    byKind: pick(16, (r) => r.kind),
    byRegion: pick(8, (r) => r.region),
    byRegency: pick(4, (r) => r.regency),
    byChannel: pick(2, (r) => r.channel),
    byStatus: pick(1, (r) => r.status),
  };
}
