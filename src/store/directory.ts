import type { Prisma } from "../infra/prisma.js";
import type { Db, Tx } from "./database.js";

/** The directory of Indonesian missions and local emergency numbers that emergency replies use. */

/** Every mission, in `order`: by id (the intake) or as officers read them (country, kind, name). */
export async function listMissions(db: Db, order: "id" | "country") {
  return db.mission.findMany({ orderBy: order === "id" ? { id: "asc" } : [{ country: "asc" }, { kind: "asc" }, { name: "asc" }] });
}

export async function listCountryNumbers(db: Db) {
  return db.countryEmergencyNumber.findMany({ orderBy: { country: "asc" } });
}

export async function findMission(tx: Tx, id: string) {
  return tx.mission.findUnique({ where: { id } });
}

/** `data` is validated by the caller (the console route's schema). */
export async function updateMission(tx: Tx, id: string, data: Prisma.MissionUpdateInput) {
  return tx.mission.update({ where: { id }, data });
}

export async function findCountryNumbers(tx: Tx, country: string) {
  return tx.countryEmergencyNumber.findUnique({ where: { country } });
}

/** `data` is validated by the caller (the console route's schema). */
export async function updateCountryNumbers(tx: Tx, country: string, data: Prisma.CountryEmergencyNumberUpdateInput) {
  return tx.countryEmergencyNumber.update({ where: { country }, data });
}

/** A DirectoryChange row: who changed which entry how, with the entry before and after. */
export async function recordDirectoryChange(
  tx: Tx,
  change: { entity: string; entityId: string; officerId: string; action: string; before: object; after: object },
): Promise<void> {
  const json = (o: object) => JSON.parse(JSON.stringify(o)) as Prisma.InputJsonValue;
  await tx.directoryChange.create({ data: { ...change, before: json(change.before), after: json(change.after) } });
}
