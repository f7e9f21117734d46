import { REGIONS } from "../core/regions.js";
import { DEFAULT_HOTLINES, replyTemplates, type Hotlines } from "../core/texts.js";
import type { Db } from "../infra/prisma.js";
import { AGENCIES, AGREEMENTS } from "./agreements.js";
import { COUNTRY_EMERGENCY_NUMBERS, MISSIONS } from "./missions-directory.js";
import { allRoutingRules } from "./routing-rules.js";

/**
 * Loads regions, agencies with contacts, the agreements and their routing rows. Idempotent:
 * run at every start, it brings the reference data in line with src/seed without touching cases.
 * New agencies' reply templates name the configured hotlines (HOTLINE, HOTLINE_ABROAD).
 */
export async function seedReferenceData(db: Db, hotlines: Hotlines = DEFAULT_HOTLINES): Promise<void> {
  const provincesFirst = [...REGIONS].sort((a, b) => Number(a.provinceId !== null) - Number(b.provinceId !== null));
  for (const region of provincesFirst) {
    const data = { name: region.name, provinceId: region.provinceId, aliases: region.aliases };
    await db.region.upsert({ where: { id: region.id }, create: { id: region.id, ...data }, update: data });
  }
  for (const agency of AGENCIES) {
    const data = {
      name: agency.name,
      kind: agency.kind,
      regionId: agency.regionId,
      address: agency.address ?? null,
      phone: agency.phone ?? null,
      fax: agency.fax ?? null,
      email: agency.email ?? null,
    };
    await db.agency.upsert({ where: { id: agency.id }, create: { id: agency.id, ...data }, update: data });
  }
  for (const agreement of AGREEMENTS) {
    const data = {
      title: agreement.title,
      numbers: agreement.numbers,
      regionId: agreement.regionId,
      signedOn: new Date(`${agreement.signedOn}T00:00:00Z`),
      termYears: agreement.termYears,
      sourceFile: agreement.sourceFile,
    };
    await db.agreement.upsert({ where: { id: agreement.id }, create: { id: agreement.id, ...data }, update: data });
    const parties = [
      { agencyId: agreement.bp3miId, side: "PIHAK_KESATU" },
      ...agreement.dinasIds.map((agencyId) => ({ agencyId, side: "PIHAK_KEDUA" })),
    ];
    await db.agreementParty.createMany({ data: parties.map((p) => ({ agreementId: agreement.id, ...p })), skipDuplicates: true });
  }
  const rules = allRoutingRules();
  await db.$transaction([
    db.routingRule.deleteMany({ where: { agreementId: { in: AGREEMENTS.map((a) => a.id) } } }),
    db.routingRule.createMany({ data: rules }),
  ]);
  // The directory is admins' data once loaded: only entries it does not have yet are added.
  const date = (d: string) => new Date(`${d}T00:00:00Z`);
  await db.mission.createMany({ data: MISSIONS.map((m) => ({ ...m, checkedOn: date(m.checkedOn) })), skipDuplicates: true });
  await db.countryEmergencyNumber.createMany({
    data: COUNTRY_EMERGENCY_NUMBERS.map((n) => ({ ...n, checkedOn: date(n.checkedOn) })),
    skipDuplicates: true,
  });
  // Every agency starts with the default reply templates; its supervisors' edits and retirements stay.
  const templates = AGENCIES.flatMap((a) =>
    replyTemplates(hotlines).map((t) => ({ agencyId: a.id, seedKey: t.id, title: t.title, text: t.text })),
  );
  await db.replyTemplate.createMany({ data: templates, skipDuplicates: true });
}
