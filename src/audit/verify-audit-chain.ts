import type { Db } from "../infra/prisma.js";

/** What is wrong with one link of the chain (or one event outside it). */
export type AuditProblemKind =
  /** The event's content no longer matches the hash sealed at commit. */
  | "edited"
  /** The link names an event that is gone. */
  | "deleted"
  /** The link does not continue the previous one (a link removed, inserted or rewritten). */
  | "broken-link"
  /** An event no link covers (written while the sealing trigger was off). */
  | "unsealed";

export interface AuditProblem {
  kind: AuditProblemKind;
  seq: string | null;
  eventId: string;
  /** The event's type and time when the row still exists, to find it in the console. */
  type: string | null;
  caseId: string | null;
  createdAt: Date | null;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The last link: write it down elsewhere (a ticket, a mail) to anchor the chain in time. */
  head: { seq: string; hash: string } | null;
  problems: AuditProblem[];
}

interface LinkRow {
  seq: bigint;
  eventId: string;
  prevHash: string;
  hash: string;
  recomputed: string | null;
  type: string | null;
  caseId: string | null;
  createdAt: Date | null;
}

const GENESIS = "0".repeat(64);
const PAGE = 5000;

/**
 * Walks the whole hash chain of the audit trail in pages and recomputes every link with the
 * database's own hash function (the one the sealing trigger used), so the two cannot drift.
 */
export async function verifyAuditChain(db: Db, maxProblems = 100): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  let checked = 0;
  let previous = { seq: 0n, hash: GENESIS };
  for (;;) {
    const links = await db.$queryRaw<LinkRow[]>`
      SELECT c.seq, c."eventId", c."prevHash", c.hash, e.type, e."caseId", e."createdAt",
             CASE WHEN e.id IS NULL THEN NULL ELSE audit_link_hash(c."prevHash", audit_event_content(e)) END AS recomputed
      FROM "CaseEventChain" c LEFT JOIN "CaseEvent" e ON e.id = c."eventId"
      WHERE c.seq > ${previous.seq} ORDER BY c.seq LIMIT ${PAGE}`;
    for (const link of links) {
      const at = { seq: link.seq.toString(), eventId: link.eventId, type: link.type, caseId: link.caseId, createdAt: link.createdAt };
      if (link.seq !== previous.seq + 1n || link.prevHash !== previous.hash) problems.push({ kind: "broken-link", ...at });
      if (link.recomputed === null) problems.push({ kind: "deleted", ...at });
      else if (link.recomputed !== link.hash) problems.push({ kind: "edited", ...at });
      previous = { seq: link.seq, hash: link.hash };
    }
    checked += links.length;
    if (links.length < PAGE || problems.length >= maxProblems) break;
  }
  // Committed events only: an event still inside an open transaction is neither visible nor sealed.
  const unsealed = await db.$queryRaw<{ id: string; type: string; caseId: string | null; createdAt: Date }[]>`
    SELECT e.id, e.type, e."caseId", e."createdAt" FROM "CaseEvent" e
    WHERE NOT EXISTS (SELECT 1 FROM "CaseEventChain" c WHERE c."eventId" = e.id)
    ORDER BY e."createdAt" LIMIT ${maxProblems}`;
  for (const e of unsealed)
    problems.push({ kind: "unsealed", seq: null, eventId: e.id, type: e.type, caseId: e.caseId, createdAt: e.createdAt });
  return {
    ok: problems.length === 0,
    checked,
    head: previous.seq === 0n ? null : { seq: previous.seq.toString(), hash: previous.hash },
    problems: problems.slice(0, maxProblems),
  };
}
