import type { Prisma } from "../infra/prisma.js";
import type { Db } from "./database.js";

/** Loading the reference data from the agreements (src/seed), idempotently. */

/** Inserts or updates regions in order (provinces before their regencies). */
export async function upsertRegions(
  db: Db,
  regions: { id: string; name: string; provinceId: string | null; aliases: string[] }[],
): Promise<void> {
  for (const { id, ...data } of regions) await db.region.upsert({ where: { id }, create: { id, ...data }, update: data });
}

export async function upsertAgencies(db: Db, agencies: (Prisma.AgencyUncheckedCreateInput & { id: string })[]): Promise<void> {
  for (const { id, ...data } of agencies) await db.agency.upsert({ where: { id }, create: { id, ...data }, update: data });
}

/** Inserts or updates an agreement; parties it lacks are added (none is removed). */
export async function upsertAgreement(
  db: Db,
  agreement: Prisma.AgreementUncheckedCreateInput & { id: string },
  parties: { agencyId: string; side: string }[],
): Promise<void> {
  const { id, ...data } = agreement;
  await db.agreement.upsert({ where: { id }, create: { id, ...data }, update: data });
  await db.agreementParty.createMany({ data: parties.map((p) => ({ agreementId: id, ...p })), skipDuplicates: true });
}

/** The routing rows of these agreements, replaced in one transaction. */
export async function replaceRoutingRules(db: Db, agreementIds: string[], rules: Prisma.RoutingRuleCreateManyInput[]): Promise<void> {
  await db.$transaction([
    db.routingRule.deleteMany({ where: { agreementId: { in: agreementIds } } }),
    db.routingRule.createMany({ data: rules }),
  ]);
}

/** Directory entries and reply templates are officers' data once loaded: only missing ones are added. */
export async function addMissingDirectoryEntries(
  db: Db,
  missions: Prisma.MissionCreateManyInput[],
  numbers: Prisma.CountryEmergencyNumberCreateManyInput[],
): Promise<void> {
  await db.mission.createMany({ data: missions, skipDuplicates: true });
  await db.countryEmergencyNumber.createMany({ data: numbers, skipDuplicates: true });
}

export async function addMissingReplyTemplates(db: Db, templates: Prisma.ReplyTemplateCreateManyInput[]): Promise<void> {
  await db.replyTemplate.createMany({ data: templates, skipDuplicates: true });
}
