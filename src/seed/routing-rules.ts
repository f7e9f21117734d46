import type { RoutingRuleRow } from "../core/routing.js";
import { AGENCIES, AGREEMENTS, type AgencySeed, type AgreementSeed } from "./agreements.js";

export interface SeedRoutingRule extends RoutingRuleRow {
  agreementId: string;
}

/**
 * The routing rows each agreement implies. Labour matters go to the BP3MI with the labour
 * dinas; "terlantar" to the social office (Lampung annex: Dinas Sosial "menyatakan dan menerima
 * PMI dengan kategori Terlantar"); health to the health office; training and job information
 * bring in the education office. Where a region has no such office, the default row applies.
 */
export function routingRulesFor(agreement: AgreementSeed, agencies: AgencySeed[] = AGENCIES): SeedRoutingRule[] {
  const dinas = agreement.dinasIds.map((id) => {
    const agency = agencies.find((a) => a.id === id);
    if (!agency) throw new Error(`agreement ${agreement.id} names unknown agency ${id}`);
    return agency;
  });
  const ofKind = (kind: AgencySeed["kind"]) => dinas.find((a) => a.kind === kind)?.id;
  const labour = ofKind("DINAS_TENAGA_KERJA");
  const social = ofKind("DINAS_SOSIAL");
  const health = ofKind("DINAS_KESEHATAN");
  const education = ofKind("DINAS_PENDIDIKAN");
  const bp3mi = agreement.bp3miId;

  const rows: SeedRoutingRule[] = [];
  const row = (caseKind: string | null, lead: string, supports: (string | undefined)[]) => {
    rows.push({ regionId: agreement.regionId, caseKind, agencyId: lead, role: "LEAD", agreementId: agreement.id });
    for (const s of supports) {
      if (s && s !== lead) rows.push({ regionId: agreement.regionId, caseKind, agencyId: s, role: "SUPPORT", agreementId: agreement.id });
    }
  };

  row(null, bp3mi, [labour]);
  if (social) row("TERLANTAR", social, [bp3mi, labour]);
  if (health) {
    row("KESEHATAN", health, [bp3mi, labour]);
    row("INFO_KLINIK", health, [bp3mi, labour]);
    row("SAKIT_BERAT", bp3mi, [health, labour]);
  }
  if (education) {
    row("INFO_PELATIHAN", bp3mi, [labour, education]);
    row("INFO_LOWONGAN", bp3mi, [labour, education]);
  }
  return rows;
}

export function allRoutingRules(): SeedRoutingRule[] {
  return AGREEMENTS.flatMap((a) => routingRulesFor(a));
}
