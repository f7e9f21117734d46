import { Prisma } from "../infra/prisma.js";
import type { Db } from "./database.js";

export interface OfficeSatisfaction {
  agencyId: string;
  /** Ratings given in the period. */
  count: number;
  /** Mean of the 1-5 ratings, one decimal. */
  average: number;
  /** Reporters asked in the period who have not rated (yet). */
  unanswered: number;
}

/** The satisfaction survey by office (the lead agency when the case was resolved), for surveys asked in a period. */
export async function querySatisfaction(db: Db, input: { agencyId: string | null; from: Date; to: Date }): Promise<OfficeSatisfaction[]> {
  const scope = input.agencyId ? Prisma.sql`AND s."agencyId" = ${input.agencyId}` : Prisma.empty;
  const rows = await db.$queryRaw<{ agencyId: string; count: number; average: number | null; unanswered: number }[]>`
    SELECT s."agencyId", count(s.rating)::int AS count, round(avg(s.rating)::numeric, 1)::float8 AS average,
           count(*) FILTER (WHERE s.rating IS NULL)::int AS unanswered
    FROM "SatisfactionSurvey" s
    WHERE s."askedAt" >= ${input.from} AND s."askedAt" < ${input.to} ${scope}
    GROUP BY s."agencyId" ORDER BY count(s.rating) DESC, s."agencyId"`;
  return rows
    .filter((r) => r.count > 0 || r.unanswered > 0)
    .map((r) => ({ agencyId: r.agencyId, count: r.count, average: r.average ?? 0, unanswered: r.unanswered }));
}
