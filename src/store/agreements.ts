import type { Db } from "./database.js";

/** The cooperation agreements, newest first, with their region and parties. */
export async function listAgreements(db: Db) {
  return db.agreement.findMany({
    orderBy: { signedOn: "desc" },
    select: {
      id: true,
      title: true,
      numbers: true,
      signedOn: true,
      termYears: true,
      region: { select: { name: true } },
      parties: { select: { side: true, agency: { select: { id: true, name: true } } } },
    },
  });
}

/** The agreements of these regions, newest first. */
export async function agreementsOfRegions(db: Db, regionIds: string[]) {
  return db.agreement.findMany({ where: { regionId: { in: regionIds } }, orderBy: { signedOn: "desc" } });
}
