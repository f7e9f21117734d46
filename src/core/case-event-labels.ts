/**
 * Indonesian labels for every CaseEvent type the server writes, and for attachment kinds.
 * The server owns this one list: the timeline API sends each event's label, so the console never
 * shows a raw code. test/unit/case-event-labels.test.ts fails when a new type is written without a label,
 * and the audit writer accepts only a CaseEventType.
 */
const LABELS = {
  CREATED: "Kasus dibuat",
  STATUS_CHANGED: "Status diubah",
  REPLY: "Balasan petugas dikirim",
  NOTE: "Catatan internal",
  ASSIGNED: "Penugasan",
  REFERRED: "Dirujuk",
  LEAD_CHANGED: "Penanggung jawab utama berpindah",
  PARTY_ADDED: "Pihak pendukung ditambahkan",
  MERGED: "Digabungkan ke kasus lain",
  MERGED_FROM: "Kasus lain digabungkan ke sini",
  REVEAL_PII: "Data pribadi ditampilkan",
  SLA_BREACHED: "Batas waktu SLA terlewati",
  REPORTER_MESSAGE: "Pesan tambahan dari pelapor",
  REOPENED_BY_REPORTER: "Dibuka kembali: pelapor menulis lagi setelah selesai",
  UPDATED_BY_REPORTER: "Pelapor memperbarui data kasus",
  OFFICER_REQUESTED: "Pelapor meminta berbicara dengan petugas",
  ESCALATED: "Dinaikkan menjadi darurat",
  MESSAGE_RETRY: "Pesan gagal dikirim ulang",
  RECLASSIFIED: "Jenis/urgensi diubah",
  PHASE_CHANGED: "Tahap migrasi diubah",
  FACTS_EDITED: "Data kasus diubah",
  FOLLOW_REQUESTED: "Keluarga meminta mengikuti kasus",
  FOLLOWER_VERIFIED: "Pengikut kasus disetujui pelapor",
  FOLLOW_DENIED: "Permintaan mengikuti kasus ditolak",
  FOLLOWER_RESUMED: "Pengikut kasus aktif kembali",
  FOLLOWER_STOPPED: "Pengikut berhenti mengikuti kasus",
  EXPORT_CSV: "Laporan CSV diunduh",
  DATA_SUMMARY_SENT: "Ringkasan data dikirim ke pelapor",
  DELETION_REQUESTED: "Pelapor meminta penghapusan data",
  DELETION_REFUSED: "Permintaan penghapusan data ditolak",
  DELETION_APPROVED: "Permintaan penghapusan data disetujui",
  ANONYMISED: "Data pribadi dianonimkan",
  MEDIA_PURGED: "Lampiran dihapus",
  CASE_VIEWED: "Kasus dibuka petugas",
  THREAD_READ: "Percakapan dibaca petugas",
  ATTACHMENT_OPENED: "Lampiran dibuka petugas",
  IDENTIFIER_SEARCH: "Pencarian data pribadi",
  ACCOUNT_CREATED: "Akun petugas dibuat",
  ACCOUNT_ACTIVATED: "Akun petugas diaktifkan",
  ACCOUNT_DEACTIVATED: "Akun petugas dinonaktifkan",
  ACCOUNT_RESET: "Kata sandi akun diatur ulang",
  ACCOUNT_ROLE_CHANGED: "Peran akun diubah",
  ACCOUNT_PASSWORD_SET: "Kata sandi akun diatur",
} as const;

/** Every audit event type (CaseEvent.type): the keys of the labels, so none is without one. */
export type CaseEventType = keyof typeof LABELS;
export const CASE_EVENT_TYPES = Object.keys(LABELS) as CaseEventType[];
export const CASE_EVENT_LABELS: Readonly<Record<string, string>> = LABELS;

export function isCaseEventType(value: string): value is CaseEventType {
  return Object.hasOwn(LABELS, value);
}

/** Indonesian names of attachment kinds, as a reporter would say them. */
export const ATTACHMENT_KIND_LABELS: Readonly<Record<string, string>> = {
  image: "foto",
  video: "video",
  voice: "pesan suara",
  audio: "rekaman suara",
  document: "dokumen",
  location: "lokasi",
  sticker: "stiker",
  contact: "kontak",
  unsupported: "berkas yang tidak dapat dibuka",
  oversized: "berkas terlalu besar",
};

/** The Indonesian name of a message's kind ("foto", "pesan suara"); an unknown kind reads as "lampiran". */
export function attachmentKindLabel(kind: string): string {
  return ATTACHMENT_KIND_LABELS[kind] ?? "lampiran";
}

/** The label of an event type; an unknown type (old data) reads as a neutral phrase, never a raw code. */
export function caseEventLabel(type: string): string {
  return CASE_EVENT_LABELS[type] ?? "Peristiwa lain";
}
