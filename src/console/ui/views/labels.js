export const URGENCY_LABELS = { EMERGENCY: "Darurat", HIGH: "Tinggi", NORMAL: "Biasa", LOW: "Rendah" };
export const CHANNEL_LABELS = { WHATSAPP: "WhatsApp", TELEGRAM: "Telegram", SIMULATOR: "Simulator" };
export const ROLE_LABELS = {
  OFFICER: "Petugas",
  SUPERVISOR: "Supervisor",
  ADMIN: "Administrator",
  LEAD: "Penanggung jawab utama",
  SUPPORT: "Pendukung",
};
export const SLA_LABELS = { met: "Tepat waktu", breached: "Terlambat", running: "Berjalan", paused: "Dijeda" };
export const MESSAGE_STATE_LABELS = {
  RECEIVED: "Diterima",
  PROCESSED: "Diproses",
  IGNORED: "Diabaikan",
  QUEUED: "Dalam antrean",
  SENT: "Terkirim",
  FAILED: "Gagal",
};
