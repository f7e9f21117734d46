import type { RoutingRuleRow } from "../core/routing.js";
import { AGENCIES, AGREEMENTS, type AgencySeed, type AgreementSeed } from "./agreements.js";

export interface SeedRoutingRule extends RoutingRuleRow {
  agreementId: string;
  phase: string | null;
  /** The clause of the agreement (or its annex, the Rencana Kerja) the row follows. */
  clause: string;
}

/**
 * The clauses each row follows, per agreement. Only what the seed documents say is cited; a
 * region whose agreement says nothing on a matter gets the default row (BP3MI with labour).
 */
const CLAUSES: Record<string, Partial<Record<string, string>>> = {
  "MOU-DKI-2025": {
    default: "Pasal 4 a dan d: pelindungan dan pelayanan penempatan CPMI/PMI oleh PIHAK KESATU (BP3MI) bersama Dinas Tenaga Kerja",
    terlantar: 'Lampiran Rencana Kerja, pemulangan: PMI asal DKI Jakarta yang dipulangkan berkategori "Terlantar" diterima Dinas Sosial',
    health:
      "Pasal 4 c: pelayanan pemeriksaan dan layanan kesehatan CPMI dan PMI; Lampiran: data klinik berizin dan pelayanan " +
      "kesehatan CPMI dan Purna PMI oleh Dinas Kesehatan",
    training: "Pasal 4 b: penyelenggaraan pelatihan CPMI dan PMI",
  },
  "MOU-LAMPUNG-2025": {
    default:
      "Pasal 4 c dan Pasal 5 ayat (1) a: fasilitasi penyelesaian masalah dan pelindungan CPMI/PMI oleh PIHAK KESATU (BP3MI) " +
      "bersama Dinas Tenaga Kerja",
    terlantar:
      'Lampiran Rencana Kerja, Program 5.3 (pelindungan setelah bekerja) huruf b: Dinas Sosial "menyatakan dan menerima Pekerja ' +
      'Migran Indonesia dengan kategori Terlantar"',
    stranded:
      'Lampiran Rencana Kerja, Program 5.3 huruf a: BP3MI "melakukan pemulangan Pekerja Migran Indonesia terkendala" (selama di ' +
      "luar negeri, bersama perwakilan RI)",
    before:
      "Lampiran Rencana Kerja, Program 5.2 (pelindungan sebelum bekerja) huruf b: BP3MI bersama Dinas Tenaga Kerja memfasilitasi " +
      "penyelesaian masalah CPMI, termasuk gagal berangkat",
    health: "Lampiran Rencana Kerja, Program 3.1 dan 3.2: pemeriksaan dan pelayanan kesehatan CPMI dan PMI oleh Dinas Kesehatan",
    healthAbroad:
      "Lampiran Rencana Kerja, Program 3.3: BP3MI menyediakan data PMI yang dipulangkan karena penyakit (selama di luar negeri " +
      "BP3MI memimpin, Dinas Kesehatan mendukung)",
    clinic: "Lampiran Rencana Kerja, Program 3.1: data fasilitas pelayanan kesehatan yang sudah memiliki izin pemeriksaan CPMI",
    training: "Pasal 4 b: penyiapan pendidikan dan pelatihan bagi CPMI; Lampiran Program 1 dan 2",
    evacuation:
      "Lampiran Rencana Kerja, Program 5.3 huruf a: BP3MI melakukan pemulangan PMI terkendala; huruf b: koordinasi data PMI yang " +
      "dipulangkan dengan Dinas Tenaga Kerja dan Dinas Sosial",
  },
  "MOU-PEKALONGAN-2022": {
    default: "Pasal 4 ayat (1) a dan ayat (2) b: pelindungan PMI oleh PIHAK KESATU (BP3MI) dan PIHAK KEDUA (Dinkopukmnaker)",
    evacuation:
      'Pasal 4 ayat (2) a: PIHAK KEDUA "memfasilitasi kepulangan Pekerja Migran Indonesia dalam hal terjadi perang, bencana ' +
      'alam, wabah penyakit, deportasi, dan Pekerja Migran Indonesia terkendala"',
  },
  "MOU-ASAHAN-2021": {
    default: "Pasal 4: pelindungan CPMI dan Purna PMI oleh PIHAK KESATU (BP3MI) bersama Dinas Ketenagakerjaan",
  },
};

/**
 * The routing rows each agreement implies, by kind and phase, each citing its clause. Labour
 * matters go to the BP3MI with the labour dinas. A stranded worker (terlantar) after return is
 * the social office's; while still abroad the BP3MI leads (with the mission), before departure
 * it is a failed-departure matter. Health before departure and after return is the health
 * office's; abroad the BP3MI leads. Evacuation and mass return follow Pekalongan Pasal 4(2)a.
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
  const clauses = CLAUSES[agreement.id] ?? {};
  const cite = (key: string) => {
    const clause = clauses[key] ?? clauses.default;
    if (!clause) throw new Error(`agreement ${agreement.id} has no clause for ${key}`);
    return clause;
  };

  const rows: SeedRoutingRule[] = [];
  const row = (caseKind: string | null, phase: string | null, clause: string, lead: string, supports: (string | undefined)[]) => {
    const base = { regionId: agreement.regionId, caseKind, phase, agreementId: agreement.id, clause };
    rows.push({ ...base, agencyId: lead, role: "LEAD" });
    for (const s of new Set(supports)) {
      if (s && s !== lead) rows.push({ ...base, agencyId: s, role: "SUPPORT" });
    }
  };

  row(null, null, cite("default"), bp3mi, [labour]);
  if (social && clauses.terlantar) {
    row("TERLANTAR", null, cite("terlantar"), social, [bp3mi, labour]);
    row("TERLANTAR", "SETELAH_PULANG", cite("terlantar"), social, [bp3mi, labour]);
    row("TERLANTAR", "SEDANG_BEKERJA", cite(clauses.stranded ? "stranded" : "default"), bp3mi, [labour, social]);
    row("TERLANTAR", "SEBELUM_BEKERJA", cite(clauses.before ? "before" : "default"), bp3mi, [labour, social]);
  }
  if (health && clauses.health) {
    row("KESEHATAN", null, cite("health"), health, [bp3mi, labour]);
    row("KESEHATAN", "SEBELUM_BEKERJA", cite("health"), health, [bp3mi, labour]);
    row("KESEHATAN", "SETELAH_PULANG", cite("health"), health, [bp3mi, labour]);
    row("KESEHATAN", "SEDANG_BEKERJA", cite(clauses.healthAbroad ? "healthAbroad" : "default"), bp3mi, [health, labour]);
    row("INFO_KLINIK", null, cite(clauses.clinic ? "clinic" : "health"), health, [bp3mi, labour]);
    row("SAKIT_BERAT", null, cite(clauses.healthAbroad ? "healthAbroad" : "health"), bp3mi, [health, labour]);
  }
  if (education && clauses.training) {
    row("INFO_PELATIHAN", null, cite("training"), bp3mi, [labour, education]);
    row("INFO_LOWONGAN", null, cite("training"), bp3mi, [labour, education]);
  }
  if (clauses.evacuation) {
    // Pekalongan gives return in war, disaster, epidemic and deportation to the dinas; Lampung to the BP3MI.
    if (agreement.id === "MOU-PEKALONGAN-2022" && labour) row("EVAKUASI", null, cite("evacuation"), labour, [bp3mi]);
    else row("EVAKUASI", null, cite("evacuation"), bp3mi, [labour, social]);
  }
  return rows;
}

export function allRoutingRules(): SeedRoutingRule[] {
  return AGREEMENTS.flatMap((a) => routingRulesFor(a));
}
