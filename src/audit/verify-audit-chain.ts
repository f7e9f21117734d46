import { chainLinksAfter, unsealedEvents } from "../store/audit-chain.js";
import type { Db } from "../store/database.js";

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
    const links = await chainLinksAfter(db, previous.seq, PAGE);
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
  const unsealed = await unsealedEvents(db, maxProblems);
  for (const e of unsealed)
    problems.push({ kind: "unsealed", seq: null, eventId: e.id, type: e.type, caseId: e.caseId, createdAt: e.createdAt });
  return {
    ok: problems.length === 0,
    checked,
    head: previous.seq === 0n ? null : { seq: previous.seq.toString(), hash: previous.hash },
    problems: problems.slice(0, maxProblems),
  };
}
