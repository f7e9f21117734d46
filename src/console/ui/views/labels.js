export const URGENCY_LABELS = { EMERGENCY: "Darurat", HIGH: "Tinggi", NORMAL: "Biasa", LOW: "Rendah" };
export const CHANNEL_LABELS = { WHATSAPP: "WhatsApp", TELEGRAM: "Telegram", SIMULATOR: "Simulator" };
export const ROLE_LABELS = { OFFICER: "Petugas", SUPERVISOR: "Supervisor", ADMIN: "Administrator", LEAD: "Penanggung jawab utama", SUPPORT: "Pendukung" };
export const SLA_LABELS = { met: "Tepat waktu", breached: "Terlambat", running: "Berjalan", paused: "Dijeda" };
export const EVENT_LABELS = {
  CREATED: "Kasus dibuat",
  STATUS_CHANGED: "Status diubah",
  REPLY: "Balasan petugas dikirim",
  NOTE: "Catatan internal",
  ASSIGNED: "Penugasan",
  REFERRED: "Dirujuk",
  PARTY_ADDED: "Pihak pendukung ditambahkan",
  MERGED: "Digabungkan ke kasus lain",
  MERGED_FROM: "Kasus lain digabungkan ke sini",
  REVEAL_PII: "Data pribadi ditampilkan",
  SLA_BREACHED: "Batas waktu SLA terlewati",
  REPORTER_MESSAGE: "Pesan tambahan dari pelapor",
  REOPENED_BY_REPORTER: "Dibuka kembali: pelapor menulis lagi setelah selesai",
  MESSAGE_RETRY: "Pesan gagal dikirim ulang",
  RECLASSIFIED: "Jenis/urgensi diubah",
  FACTS_EDITED: "Data kasus diubah",
};
export const MESSAGE_STATE_LABELS = { RECEIVED: "Diterima", PROCESSED: "Diproses", IGNORED: "Diabaikan", QUEUED: "Dalam antrean", SENT: "Terkirim", FAILED: "Gagal" };
