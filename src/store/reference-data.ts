import type { Db } from "./database.js";

/** Agencies by region and name, for the console's forms. */
export async function listAgencies(db: Db) {
  return db.agency.findMany({
    select: { id: true, name: true, kind: true, regionId: true },
    orderBy: [{ regionId: "asc" }, { name: "asc" }],
  });
}

export async function listRegions(db: Db) {
  return db.region.findMany({ select: { id: true, name: true, provinceId: true }, orderBy: { name: "asc" } });
}

/** The active officers of an agency, by name. */
export async function listActiveOfficers(db: Db, agencyId: string) {
  return db.officer.findMany({ where: { agencyId, active: true }, select: { id: true, name: true, role: true }, orderBy: { name: "asc" } });
}
