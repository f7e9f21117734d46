import { REGIONS } from "../core/regions.js";
import { DEFAULT_HOTLINES, replyTemplates, type Hotlines } from "../core/texts.js";
import type { Db } from "../store/database.js";
import {
  addMissingDirectoryEntries,
  addMissingReplyTemplates,
  replaceRoutingRules,
  upsertAgencies,
  upsertAgreement,
  upsertRegions,
} from "../store/reference-seed.js";
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
  await upsertRegions(
    db,
    provincesFirst.map((r) => ({ id: r.id, name: r.name, provinceId: r.provinceId, aliases: r.aliases })),
  );
  await upsertAgencies(
    db,
    AGENCIES.map((agency) => ({
      id: agency.id,
      name: agency.name,
      kind: agency.kind,
      regionId: agency.regionId,
      address: agency.address ?? null,
      phone: agency.phone ?? null,
      fax: agency.fax ?? null,
      email: agency.email ?? null,
    })),
  );
  for (const agreement of AGREEMENTS) {
    const parties = [
      { agencyId: agreement.bp3miId, side: "PIHAK_KESATU" },
      ...agreement.dinasIds.map((agencyId) => ({ agencyId, side: "PIHAK_KEDUA" })),
    ];
    await upsertAgreement(
      db,
      {
        id: agreement.id,
        title: agreement.title,
        numbers: agreement.numbers,
        regionId: agreement.regionId,
        signedOn: new Date(`${agreement.signedOn}T00:00:00Z`),
        termYears: agreement.termYears,
        sourceFile: agreement.sourceFile,
      },
      parties,
    );
  }
  await replaceRoutingRules(
    db,
    AGREEMENTS.map((a) => a.id),
    allRoutingRules(),
  );
  // The directory is admins' data once loaded: only entries it does not have yet are added.
  const date = (d: string) => new Date(`${d}T00:00:00Z`);
  await addMissingDirectoryEntries(
    db,
    MISSIONS.map((m) => ({ ...m, checkedOn: date(m.checkedOn) })),
    COUNTRY_EMERGENCY_NUMBERS.map((n) => ({ ...n, checkedOn: date(n.checkedOn) })),
  );
  // Every agency starts with the default reply templates; its supervisors' edits and retirements stay.
  const templates = AGENCIES.flatMap((a) =>
    replyTemplates(hotlines).map((t) => ({ agencyId: a.id, seedKey: t.id, title: t.title, text: t.text })),
  );
  await addMissingReplyTemplates(db, templates);
}
