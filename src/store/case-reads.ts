import type { Db } from "./database.js";

/** The case this one was merged into, or null. Throws when the case does not exist. */
export async function mergedIntoOf(db: Db, caseId: string): Promise<string | null> {
  return (await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { mergedIntoId: true } })).mergedIntoId;
}

/** What the routing basis of a case is computed from. Throws when the case does not exist. */
export async function findRoutingFacts(db: Db, caseId: string) {
  return db.case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      phase: true,
      kind: true,
      extraKinds: true,
      originRegionId: true,
      agencies: { where: { role: "LEAD" }, select: { agencyId: true } },
    },
  });
}
