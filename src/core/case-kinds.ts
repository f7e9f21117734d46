/**
 * The case taxonomy: stable codes (stored in the database, never renamed) with the
 * Indonesian label officers and reporters see. Emergencies are listed first.
 */
export const EMERGENCY_KINDS = [
  "TPPO", // trafficking, confinement, forced work, sold, online scam compound
  "KEKERASAN", // physical violence, torture
  "KEKERASAN_SEKSUAL", // rape, sexual harassment
  "MENINGGAL", // death
  "SAKIT_BERAT", // severe illness, injury, work accident
  "DITAHAN", // detention, arrest, deportation, legal case
  "BUNUH_DIRI", // suicidal statements
] as const;

export const COMPLAINT_KINDS = [
  "GAJI", // unpaid or cut wages
  "PHK_KONTRAK", // termination, contract breach, work not as agreed
  "DOKUMEN_DITAHAN", // passport or documents withheld
  "GAGAL_BERANGKAT", // failed departure not the worker's fault
  "PENIPUAN_LOWONGAN", // fraudulent job offer, illegal recruiter
  "OVERCHARGING", // placement costs beyond the official structure
  "PEMULANGAN", // wants to go home, repatriation, no money for the ticket
  "EVAKUASI", // return because of war, disaster, epidemic or mass deportation (Pekalongan Pasal 4(2)a)
  "TERLANTAR", // stranded, destitute
  "KESEHATAN", // health (not severe), depression, pregnancy
  "ASURANSI", // BPJS Ketenagakerjaan / social security claims
  "HILANG_KONTAK", // family lost contact with the worker
  "DOKUMEN_TIDAK_RESMI", // undocumented, forged documents, overstay
  "KABUR", // ran away from the employer
  "LAINNYA", // anything else
] as const;

export const INFO_KINDS = [
  "INFO_LOWONGAN", // overseas job opportunities
  "INFO_P3MI", // is a placement company (P3MI / PT) licensed
  "INFO_PROSEDUR", // procedures: OPP, E-PMI, placement agreement, documents
  "INFO_PELATIHAN", // training
  "INFO_PEMBERDAYAAN", // KUR PMI loans, entrepreneurship after return
  "INFO_KLINIK", // licensed health clinics for pre-departure checks
  "INFO_LAINNYA", // any other question
] as const;

export type EmergencyKind = (typeof EMERGENCY_KINDS)[number];
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];
export type InfoKind = (typeof INFO_KINDS)[number];
export type CaseKind = EmergencyKind | ComplaintKind | InfoKind;

export const ALL_CASE_KINDS: readonly CaseKind[] = [...EMERGENCY_KINDS, ...COMPLAINT_KINDS, ...INFO_KINDS];

export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  TPPO: "Perdagangan orang / disekap / kerja paksa",
  KEKERASAN: "Kekerasan fisik",
  KEKERASAN_SEKSUAL: "Kekerasan atau pelecehan seksual",
  MENINGGAL: "PMI meninggal dunia",
  SAKIT_BERAT: "Sakit berat / kecelakaan kerja",
  DITAHAN: "Ditahan / dideportasi / kasus hukum",
  BUNUH_DIRI: "Pernyataan ingin bunuh diri",
  GAJI: "Gaji tidak dibayar / dipotong",
  PHK_KONTRAK: "PHK sepihak / masalah kontrak kerja",
  DOKUMEN_DITAHAN: "Paspor / dokumen ditahan",
  GAGAL_BERANGKAT: "Gagal berangkat",
  PENIPUAN_LOWONGAN: "Penipuan lowongan kerja / perekrut ilegal",
  OVERCHARGING: "Biaya penempatan berlebih",
  PEMULANGAN: "Ingin dipulangkan",
  EVAKUASI: "Evakuasi / pemulangan karena perang, bencana, wabah, atau deportasi massal",
  TERLANTAR: "PMI terlantar",
  KESEHATAN: "Masalah kesehatan",
  ASURANSI: "Jaminan sosial / BPJS Ketenagakerjaan",
  HILANG_KONTAK: "Hilang kontak dengan keluarga",
  DOKUMEN_TIDAK_RESMI: "Dokumen tidak resmi / palsu / overstay",
  KABUR: "Kabur dari majikan",
  LAINNYA: "Masalah lainnya",
  INFO_LOWONGAN: "Informasi lowongan kerja luar negeri",
  INFO_P3MI: "Informasi perusahaan penempatan (P3MI) resmi",
  INFO_PROSEDUR: "Informasi prosedur penempatan",
  INFO_PELATIHAN: "Informasi pelatihan",
  INFO_PEMBERDAYAAN: "Informasi pemberdayaan purna PMI / KUR",
  INFO_KLINIK: "Informasi klinik pemeriksaan kesehatan",
  INFO_LAINNYA: "Pertanyaan lainnya",
};

export function isEmergencyKind(kind: string): kind is EmergencyKind {
  return (EMERGENCY_KINDS as readonly string[]).includes(kind);
}

export function isInfoKind(kind: string): kind is InfoKind {
  return (INFO_KINDS as readonly string[]).includes(kind);
}

export function isCaseKind(kind: string): kind is CaseKind {
  return (ALL_CASE_KINDS as readonly string[]).includes(kind);
}
