import { NATIONAL_AGENCY_ID, type RoutingTable } from "../core/routing.js";
import type { Db } from "../store/database.js";
import { loadRoutingData } from "../store/reference-data.js";

export interface RoutingDirectory extends RoutingTable {
  agencyName(id: string): string;
  region(id: string): { id: string; name: string; provinceId: string | null } | undefined;
}

/** Routing rules, agencies and regions change only with a new seed: read them once per process. */
export async function loadRoutingDirectory(db: Db): Promise<RoutingDirectory> {
  const { rules, agencies, regions } = await loadRoutingData(db);
  if (!agencies.some((a) => a.id === NATIONAL_AGENCY_ID)) {
    throw new Error("reference data missing: the database has no national agency (run the seed)");
  }
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  const regionById = new Map(regions.map((r) => [r.id, r]));
  return {
    rules,
    agencies,
    nationalAgencyId: NATIONAL_AGENCY_ID,
    agencyName: (id) => names.get(id) ?? id,
    region: (id) => regionById.get(id),
  };
}
