import type { Db } from "./database.js";

/** A link of the audit trail's hash chain with its event, and the link's hash recomputed by the database. */
export interface ChainLink {
  seq: bigint;
  eventId: string;
  prevHash: string;
  hash: string;
  /** Computed with the database's own hash function (the one the sealing trigger used); null when the event is gone. */
  recomputed: string | null;
  type: string | null;
  caseId: string | null;
  createdAt: Date | null;
}

/** The chain's links after `afterSeq`, in order, at most `limit`. */
export async function chainLinksAfter(db: Db, afterSeq: bigint, limit: number): Promise<ChainLink[]> {
  return db.$queryRaw<ChainLink[]>`
    SELECT c.seq, c."eventId", c."prevHash", c.hash, e.type, e."caseId", e."createdAt",
           CASE WHEN e.id IS NULL THEN NULL ELSE audit_link_hash(c."prevHash", audit_event_content(e)) END AS recomputed
    FROM "CaseEventChain" c LEFT JOIN "CaseEvent" e ON e.id = c."eventId"
    WHERE c.seq > ${afterSeq} ORDER BY c.seq LIMIT ${limit}`;
}

/** Committed events the chain does not hold (an event still inside an open transaction is not visible). */
export async function unsealedEvents(
  db: Db,
  limit: number,
): Promise<{ id: string; type: string; caseId: string | null; createdAt: Date }[]> {
  return db.$queryRaw<{ id: string; type: string; caseId: string | null; createdAt: Date }[]>`
    SELECT e.id, e.type, e."caseId", e."createdAt" FROM "CaseEvent" e
    WHERE NOT EXISTS (SELECT 1 FROM "CaseEventChain" c WHERE c."eventId" = e.id)
    ORDER BY e."createdAt" LIMIT ${limit}`;
}
