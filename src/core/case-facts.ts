/**
 * The facts officers work with, beyond the story: which ones a case has, how the work sector is
 * named, and the documents each kind of case needs (shown to officers, and to the reporter on
 * request). Data only: labels in Indonesian, codes stable (stored in the database).
 */
import type { CaseKind } from "./case-kinds.js";

export const WORK_SECTORS = {
  PRT: "Pekerja rumah tangga",
  PERAWAT: "Perawat lansia / caregiver",
  PABRIK: "Pabrik",
  PERKEBUNAN: "Perkebunan",
  KONSTRUKSI: "Konstruksi",
  ABK: "Awak kapal perikanan (ABK)",
  LAINNYA: "Lainnya",
} as const;
export type WorkSector = keyof typeof WORK_SECTORS;
export const isWorkSector = (value: string): value is WorkSector => value in WORK_SECTORS;

/** The sectors as the reporter is offered them (numbered on WhatsApp, buttons on Telegram). */
export const SECTOR_CHOICES: readonly { code: WorkSector; label: string }[] = [
  { code: "PRT", label: "Pekerja rumah tangga (PRT)" },
  { code: "PERAWAT", label: "Perawat lansia" },
  { code: "PABRIK", label: "Pabrik" },
  { code: "PERKEBUNAN", label: "Perkebunan" },
  { code: "KONSTRUKSI", label: "Konstruksi/bangunan" },
  { code: "ABK", label: "Awak kapal perikanan (ABK)" },
  { code: "LAINNYA", label: "Lainnya" },
];

/** Case columns officers may edit on the case page, with their labels. Identifiers are masked in the audit trail. */
export const CASE_FACT_FIELDS = {
  workerName: "Nama pekerja",
  workerPhone: "Telepon pekerja",
  passportNumber: "Nomor paspor",
  nik: "NIK",
  employerName: "Nama majikan / pemberi kerja",
  placementCompany: "Perusahaan penempatan (P3MI/PT)",
  agencyAbroad: "Agensi di luar negeri",
  destinationCountry: "Negara tujuan",
  cityAbroad: "Kota di luar negeri",
  workSector: "Sektor pekerjaan",
  departureDate: "Tanggal keberangkatan",
} as const;
export type CaseFactField = keyof typeof CASE_FACT_FIELDS;
export const CASE_FACT_KEYS = Object.keys(CASE_FACT_FIELDS) as CaseFactField[];
export const IDENTIFIER_FIELDS: ReadonlySet<CaseFactField> = new Set(["workerPhone", "passportNumber", "nik"]);

/** The facts the conversation may ask a reporter for (optional, each once, "tidak tahu" is fine). */
export type AskedFact = "employerName" | "placementCompany" | "workSector" | "departureDate" | "passportNumber" | "cityAbroad";
/** What the case columns the conversation fills hold: the asked facts and the agency abroad (told at the P3MI question). */
export type ToldFacts = Partial<Record<AskedFact | "agencyAbroad", string>>;

/**
 * What the conversation asks, by the case's main kind: only what officers act on for that kind,
 * at most three questions. Emergencies and questions ask none (safety first, facts later by an
 * officer); kinds not listed ask none.
 */
export const FACTS_ASKED: Partial<Record<CaseKind, readonly AskedFact[]>> = {
  GAJI: ["employerName", "placementCompany", "workSector"],
  PHK_KONTRAK: ["employerName", "placementCompany", "workSector"],
  KABUR: ["employerName", "placementCompany", "cityAbroad"],
  DOKUMEN_DITAHAN: ["passportNumber", "employerName"],
  GAGAL_BERANGKAT: ["placementCompany", "departureDate"],
  PENIPUAN_LOWONGAN: ["placementCompany"],
  OVERCHARGING: ["placementCompany"],
  PEMULANGAN: ["cityAbroad", "employerName"],
  TERLANTAR: ["cityAbroad"],
  HILANG_KONTAK: ["cityAbroad", "employerName", "placementCompany"],
};
/** Facts of work abroad: not asked of a worker who has not left. */
export const ABROAD_FACTS: ReadonlySet<AskedFact> = new Set(["employerName", "workSector", "cityAbroad"]);

/** Documents a case of each kind needs; kinds not listed need the general set. */
const GENERAL = ["Paspor atau KTP pekerja", "Perjanjian kerja (kontrak)", "Bukti lain yang ada (foto, pesan dengan agen atau majikan)"];
const CHECKLISTS: Partial<Record<CaseKind, string[]>> = {
  MENINGGAL: [
    "Kartu Keluarga (KK)",
    "KTP ahli waris",
    "Surat kematian dari luar negeri atau rumah sakit",
    "Paspor pekerja",
    "Surat kuasa ahli waris (jika diwakilkan)",
  ],
  GAGAL_BERANGKAT: [
    "Kuitansi atau bukti pembayaran ke perusahaan/calo",
    "Perjanjian penempatan",
    "KTP dan Kartu Keluarga",
    "Nama dan alamat perusahaan penempatan (P3MI/PT)",
  ],
  GAJI: ["Slip gaji atau catatan gaji yang diterima", "Kontrak kerja", "Paspor", "Rekening koran atau bukti transfer (jika ada)"],
  PHK_KONTRAK: ["Kontrak kerja", "Surat PHK atau pesan pemberhentian", "Slip gaji terakhir", "Paspor"],
  DOKUMEN_DITAHAN: ["Fotokopi atau foto paspor (jika ada)", "Kontrak kerja", "Nama dan alamat majikan atau agensi yang menahan dokumen"],
  PENIPUAN_LOWONGAN: ["Iklan atau pesan lowongan kerja", "Bukti pembayaran", "Nama dan nomor telepon perekrut", "KTP"],
  OVERCHARGING: ["Kuitansi atau bukti pembayaran biaya penempatan", "Perjanjian penempatan", "Nama perusahaan penempatan (P3MI/PT)"],
  PEMULANGAN: ["Paspor", "Kontrak kerja", "Alamat dan nomor telepon di luar negeri", "Kartu Keluarga"],
  TERLANTAR: ["Paspor (jika ada)", "KTP atau Kartu Keluarga", "Alamat keluarga di Indonesia"],
  SAKIT_BERAT: ["Surat keterangan dokter atau rumah sakit", "Paspor", "Kartu BPJS Ketenagakerjaan (jika ada)", "Kontrak kerja"],
  KESEHATAN: ["Surat keterangan dokter (jika ada)", "Paspor", "Kartu BPJS Ketenagakerjaan (jika ada)"],
  ASURANSI: ["Kartu BPJS Ketenagakerjaan", "Paspor", "KTP", "Dokumen pendukung klaim (surat dokter, surat kematian, dan lainnya)"],
  HILANG_KONTAK: ["Foto dan data diri pekerja", "Nomor telepon terakhir yang dikenal", "Nama majikan atau agensi", "Kartu Keluarga"],
  DITAHAN: ["Paspor", "Surat atau informasi dari aparat setempat (jika ada)", "Kontrak kerja"],
  DOKUMEN_TIDAK_RESMI: ["Paspor atau dokumen perjalanan yang ada", "Kontrak kerja (jika ada)", "Nama perekrut atau agensi"],
};

export function documentChecklist(kind: string): readonly string[] {
  return CHECKLISTS[kind as CaseKind] ?? GENERAL;
}
