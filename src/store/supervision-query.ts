import { openStatusSql } from "./case-status-sql.js";
import { Prisma } from "../infra/prisma.js";
import type { Db } from "./database.js";
import { NEXT_DUE, overdueSql } from "./inbox-query.js";

export interface Supervision {
  /** Each active officer of the agency with the open cases assigned to them. */
  workload: { id: string; name: string; role: string; open: bigint; overdue: bigint; emergency: bigint }[];
  /** Open cases of the agency nobody is assigned to. */
  unassigned: number;
  /** The agency's overdue cases, emergencies first, then by the deadline that matters now. */
  overdue: { id: string; ticket: string; kind: string; urgency: string; status: string; due: Date; officer: string | null }[];
}

/** A supervisor's view of an agency: workload per officer, unassigned and overdue cases. */
export async function querySupervision(db: Db, agencyId: string, now: Date): Promise<Supervision> {
  const inAgency = Prisma.sql`EXISTS (SELECT 1 FROM "CaseAgency" ca WHERE ca."caseId" = c.id AND ca."agencyId" = ${agencyId})`;
  const open = Prisma.sql`${openStatusSql("c.status")} AND c."mergedIntoId" IS NULL`;
  const [workload, unassigned, overdue] = await Promise.all([
    db.$queryRaw<Supervision["workload"]>`
      SELECT o.id, o.name, o.role::text AS role,
             count(c.id) AS open,
             count(c.id) FILTER (WHERE ${overdueSql(now)}) AS overdue,
             count(c.id) FILTER (WHERE c.urgency = 'EMERGENCY') AS emergency
      FROM "Officer" o LEFT JOIN "Case" c ON c."assignedOfficerId" = o.id AND ${open}
      WHERE o."agencyId" = ${agencyId} AND o.active
      GROUP BY o.id ORDER BY open DESC, o.name`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Case" c WHERE ${open} AND c."assignedOfficerId" IS NULL AND ${inAgency}`,
    db.$queryRaw<Supervision["overdue"]>`
      SELECT c.id, c.ticket, c.kind, c.urgency::text AS urgency, c.status::text AS status, ${NEXT_DUE} AS due, o.name AS officer
      FROM "Case" c LEFT JOIN "Officer" o ON o.id = c."assignedOfficerId"
      WHERE ${inAgency} AND ${overdueSql(now)} AND c."mergedIntoId" IS NULL
      ORDER BY (c.urgency = 'EMERGENCY') DESC, ${NEXT_DUE} ASC LIMIT 100`,
  ]);
  return { workload, unassigned: Number(unassigned[0]?.n ?? 0), overdue };
}
