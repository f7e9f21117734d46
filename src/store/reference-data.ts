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

/** What routing reads once per process: the routing rows, agencies and regions. */
export async function loadRoutingData(db: Db) {
  const [rules, agencies, regions] = await Promise.all([
    db.routingRule.findMany({ select: { regionId: true, caseKind: true, phase: true, agencyId: true, role: true } }),
    db.agency.findMany({ select: { id: true, kind: true, regionId: true, name: true } }),
    db.region.findMany({ select: { id: true, name: true, provinceId: true } }),
  ]);
  return { rules, agencies, regions };
}
