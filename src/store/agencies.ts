import type { Db } from "./database.js";

export async function agencyExists(db: Db, agencyId: string): Promise<boolean> {
  return (await db.agency.findUnique({ where: { id: agencyId }, select: { id: true } })) !== null;
}

export async function agencyIds(db: Db): Promise<string[]> {
  return (await db.agency.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);
}
