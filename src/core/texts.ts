/**
 * Every text a worker or family member reads, in plain, polite Bahasa Indonesia.
 * Rules (shared/DOMAIN.md, "Language and tone"): "Bapak/Ibu", short sentences, no English,
 * the ticket number in every status message, never promise an outcome — say what happens
 * next and when. Emergency texts always carry the hotline and the embassy advice.
 */
import { STATUS_LABELS, type CaseStatus } from "./case-lifecycle.js";
import { CASE_KIND_LABELS, type CaseKind } from "./case-kinds.js";

export interface Hotlines {
  hotline: string;
  hotlineAbroad: string;
}

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/** "Senin, 23 November 2026 pukul 14.00 WIB" — dates people read, in Western Indonesia Time. */
export function formatDateTime(date: Date): string {
  const wib = new Date(date.getTime() + 7 * 3600_000);
  const days = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
  const hh = String(wib.getUTCHours()).padStart(2, "0");
  const mm = String(wib.getUTCMinutes()).padStart(2, "0");
  return `${days[wib.getUTCDay()]}, ${wib.getUTCDate()} ${MONTHS[wib.getUTCMonth()]} ${wib.getUTCFullYear()} pukul ${hh}.${mm} WIB`;
}

export const MENU_OPTIONS = [
  { key: "1", action: "menu:complaint", label: "Buat pengaduan" },
  { key: "2", action: "menu:question", label: "Tanya informasi" },
  { key: "3", action: "menu:status", label: "Cek status pengaduan" },
  { key: "4", action: "menu:officer", label: "Bicara dengan petugas" },
  { key: "5", action: "menu:follow", label: "Ikuti pengaduan keluarga" },
] as const;

export const texts = {
  welcome: () =>
    "Selamat datang di layanan pengaduan Pelindungan Pekerja Migran Indonesia (KP2MI/BP3MI).\n" +
    "Bapak/Ibu bisa langsung menuliskan masalahnya, atau pilih salah satu:",

  menu: () => `${MENU_OPTIONS.map((o) => `${o.key}. ${o.label}`).join("\n")}\n\nKetik angkanya, atau ketik MENU kapan saja untuk kembali ke sini.`,

  menuHint: () => "Maaf, kami belum memahami pesan Bapak/Ibu. Silakan tulis masalahnya dengan kalimat, atau pilih:",

  askDescription: () => "Silakan ceritakan masalahnya secara singkat: apa yang terjadi, sejak kapan, dan di mana.",

  askQuestion: () => "Silakan tuliskan pertanyaan Bapak/Ibu.",

  askOnBehalf: () =>
    "Apakah pengaduan ini untuk diri Bapak/Ibu sendiri atau untuk anggota keluarga?\n1. Untuk saya sendiri\n2. Untuk keluarga saya",

  askOnBehalfAgain: () => "Mohon balas 1 jika untuk diri sendiri, atau 2 jika untuk keluarga (misalnya anak, suami, istri, adik).",

  askWorkerName: () =>
    "Siapa nama lengkap pekerja migran tersebut, apa hubungan Bapak/Ibu dengannya, dan nomor WhatsApp-nya jika Bapak/Ibu tahu? " +
    "(misalnya: Siti Aminah, adik saya, 0812-3456-7890)",

  askRegion: () => "Dari kabupaten/kota dan provinsi mana pekerja migran tersebut berasal di Indonesia? (contoh: Kabupaten Pekalongan, Jawa Tengah)",

  askRegionAgain: () =>
    "Maaf, kami belum mengenali daerahnya. Mohon tulis nama kabupaten/kota atau provinsinya saja, misalnya: Lampung Timur, Jakarta, Asahan.",

  askCountry: () => "Di negara mana pekerja migran tersebut bekerja sekarang? Jika belum berangkat, tulis: belum berangkat.",

  askCountryAgain: () => "Maaf, kami belum mengenali negaranya. Mohon tulis nama negaranya saja, misalnya: Malaysia, Taiwan, Hong Kong, Arab Saudi.",

  confirm: (summary: { kind: CaseKind; onBehalf: boolean; workerName?: string; workerPhone?: string; region?: string; country?: string; description: string }) =>
    [
      "Mohon periksa ringkasan pengaduan berikut:",
      `• Masalah: ${CASE_KIND_LABELS[summary.kind]}`,
      `• Pelapor: ${summary.onBehalf ? `keluarga${summary.workerName ? ` dari ${summary.workerName}` : ""}` : "pekerja migran sendiri"}`,
      ...(summary.onBehalf && summary.workerPhone ? [`• Nomor WhatsApp pekerja: ${summary.workerPhone}`] : []),
      `• Daerah asal: ${summary.region ?? "belum diketahui"}`,
      `• Negara tujuan: ${summary.country ?? "belum diketahui"}`,
      `• Cerita: ${truncate(summary.description, 300)}`,
      "",
      "Data ini hanya dipakai untuk menangani pengaduan dan dijaga kerahasiaannya oleh petugas KP2MI/BP3MI dan dinas terkait.",
      "Apakah Bapak/Ibu setuju data ini kami proses dan pengaduan kami kirim? Balas YA untuk mengirim, atau BATAL untuk membatalkan.",
    ].join("\n"),

  confirmAgain: () => "Mohon balas YA untuk mengirim pengaduan, atau BATAL untuk membatalkan.",

  caseCreated: (ticket: string, agencyName: string, firstResponseDueAt: Date) =>
    `Terima kasih. Pengaduan Bapak/Ibu sudah kami terima dengan nomor tiket ${ticket}.\n` +
    `Pengaduan diteruskan ke ${agencyName}. Petugas akan memeriksa dan menghubungi Bapak/Ibu paling lambat ${formatDateTime(firstResponseDueAt)}.\n` +
    `Simpan nomor tiket ini. Untuk melihat perkembangan, ketik: CEK ${ticket}`,

  emergency: (h: Hotlines) =>
    "Kami memahami ini keadaan darurat. Pengaduan Bapak/Ibu kami dahulukan.\n" +
    `Jika ada bahaya sekarang, segera hubungi:\n• Call center KP2MI/BP2MI ${h.hotline} (gratis, 24 jam), dari luar negeri ${h.hotlineAbroad}\n` +
    "• Kedutaan Besar atau Konsulat Jenderal RI (KBRI/KJRI) terdekat. Aplikasi Safe Travel Kementerian Luar Negeri memiliki tombol darurat ke KBRI/KJRI terdekat.\n" +
    "• Polisi setempat jika nyawa terancam.",

  emergencyCaseCreated: (ticket: string, agencyName: string) =>
    `Pengaduan darurat sudah kami catat dengan nomor tiket ${ticket} dan langsung diteruskan ke ${agencyName}. Petugas akan segera menghubungi Bapak/Ibu.\n` +
    "Jika bisa, mohon jawab beberapa pertanyaan berikut agar petugas dapat bertindak lebih cepat.",

  emergencyDetailsSaved: (ticket: string) => `Terima kasih. Keterangan sudah kami tambahkan ke tiket ${ticket}. Petugas akan segera menghubungi Bapak/Ibu.`,

  cancelled: () => "Baik, pengaduan dibatalkan dan tidak kami kirim.",

  followUpAttached: (ticket: string) =>
    `Pesan Bapak/Ibu sudah kami teruskan ke petugas yang menangani tiket ${ticket}. Untuk membuat pengaduan lain, ketik BARU.`,

  mediaReceived: () => "Lampiran sudah kami terima dan akan kami sertakan dalam pengaduan.",

  voiceReceived: () =>
    "Pesan suara sudah kami terima dan akan didengarkan petugas. Agar lebih cepat ditangani, mohon tuliskan juga masalahnya secara singkat.",

  unsupportedMessage: () => "Maaf, jenis pesan ini belum dapat kami proses. Silakan kirim pesan teks, foto, atau dokumen.",

  emptyMessage: () => "Maaf, pesan Bapak/Ibu kosong. Silakan tulis masalahnya, atau ketik MENU.",

  unreadableMessage: () => "Maaf, pesan Bapak/Ibu tidak dapat kami baca. Silakan kirim ulang dengan huruf biasa.",

  emojiOnly: () => "Terima kasih. Agar kami bisa membantu, mohon tuliskan masalahnya dengan kata-kata, atau ketik MENU.",

  tooLong: () => "Pesan Bapak/Ibu sangat panjang. Seluruh isinya sudah kami simpan, dan petugas akan membacanya.",

  askTicket: () => "Silakan tulis nomor tiket pengaduan Bapak/Ibu (contoh: PMI-7K3M9X).",

  ticketNotFound: (ticket: string) =>
    `Maaf, kami tidak menemukan pengaduan dengan nomor ${ticket} atas nama Bapak/Ibu. Periksa kembali nomornya, atau ketik MENU.`,

  ticketNotUnderstood: () => "Maaf, nomor tiket tidak kami kenali. Nomor tiket berbentuk PMI- diikuti 6 huruf/angka, contoh: PMI-7K3M9X.",

  caseStatus: (ticket: string, status: CaseStatus, updatedAt: Date, agencyName: string) =>
    `Status pengaduan ${ticket}: ${STATUS_LABELS[status]}.\n${statusExplanation(status)}\nDitangani oleh: ${agencyName}.\nPerubahan terakhir: ${formatDateTime(updatedAt)}.`,

  statusChanged: (ticket: string, status: CaseStatus, note?: string) =>
    `Kabar pengaduan ${ticket}: statusnya sekarang ${STATUS_LABELS[status]}.\n${statusExplanation(status)}` +
    (note ? `\nCatatan petugas: ${note}` : ""),

  officerReply: (ticket: string, agencyName: string, text: string) => `Pesan dari petugas ${agencyName} (tiket ${ticket}):\n${text}`,

  referred: (ticket: string, agencyName: string) =>
    `Kabar pengaduan ${ticket}: pengaduan Bapak/Ibu dirujuk ke ${agencyName} agar ditangani oleh instansi yang tepat. Nomor tiket tetap sama.`,

  merged: (duplicateTicket: string, intoTicket: string) =>
    `Kabar pengaduan ${duplicateTicket}: pengaduan ini sama dengan pengaduan ${intoTicket}, sehingga keduanya kami gabungkan. ` +
    `Penanganan dilanjutkan dengan nomor tiket ${intoTicket}. Untuk melihat perkembangan, ketik: CEK ${intoTicket}`,

  officerRequested: (ticket: string) =>
    `Permintaan Bapak/Ibu untuk berbicara dengan petugas sudah kami teruskan (tiket ${ticket}). Petugas akan membalas di percakapan ini.`,

  questionFooter: () => "Jika masih ada pertanyaan untuk petugas, ketik 4. Untuk kembali ke menu, ketik MENU.",

  resumeIntake: () => "Selamat datang kembali. Mari kita lanjutkan pengaduan Bapak/Ibu yang belum selesai (ketik BATAL untuk membatalkan).",

  // Telegram, and family members following a case.
  privateChatOnly: () =>
    "Mohon maaf, layanan pengaduan Pelindungan Pekerja Migran Indonesia hanya melayani percakapan pribadi, agar data Bapak/Ibu terjaga kerahasiaannya. " +
    "Silakan kirim pesan langsung kepada bot ini melalui chat pribadi.",

  /** Shown as a Telegram alert: at most 200 characters. */
  staleButton: () => "Tombol ini sudah tidak berlaku. Silakan gunakan pesan terbaru, atau ketik MENU untuk melihat pilihan.",

  fileTooLarge: () =>
    "Maaf, berkas yang Bapak/Ibu kirim terlalu besar sehingga tidak dapat kami terima. " +
    "Mohon kirim berkas yang lebih kecil (misalnya foto dokumen), atau ceritakan isinya dengan pesan teks.",

  askFollowTicket: () =>
    "Silakan tulis nomor tiket pengaduan yang ingin Bapak/Ibu ikuti (contoh: PMI-7K3M9X). Nomor tiket dapat ditanyakan kepada keluarga yang membuat pengaduan.",

  followNotFound: (ticket: string) => `Maaf, kami tidak menemukan pengaduan dengan nomor ${ticket}. Periksa kembali nomornya, atau ketik MENU.`,

  followPending: (ticket: string) =>
    `Pengaduan dengan nomor ${ticket} tercatat dan sedang ditangani petugas.\n` +
    "Untuk menjaga kerahasiaan, kami meminta persetujuan pelapor terlebih dahulu. Setelah pelapor menyetujui, Bapak/Ibu akan menerima kabar perkembangannya di sini.",

  followActive: (ticket: string) =>
    `Bapak/Ibu mengikuti pengaduan ${ticket}. Setiap perubahan status akan kami kabarkan di sini.\nUntuk berhenti, ketik: BERHENTI IKUTI ${ticket}`,

  followOwnCase: (ticket: string) => `Pengaduan ${ticket} dibuat oleh Bapak/Ibu sendiri, jadi setiap perkembangannya sudah kami kabarkan di percakapan ini.`,

  followApproved: (ticket: string) =>
    `Pelapor sudah memberikan persetujuan. Mulai sekarang Bapak/Ibu akan menerima kabar perkembangan pengaduan ${ticket} di sini.\nUntuk berhenti, ketik: BERHENTI IKUTI ${ticket}`,

  followConsentRequest: (ticket: string, requesterName: string | null) =>
    `Permintaan izin: ${requesterName ? `seseorang bernama "${truncate(requesterName, 60)}"` : "seorang anggota keluarga"} ingin menerima kabar perkembangan pengaduan ${ticket} ` +
    "(hanya perubahan status, bukan isi percakapan Bapak/Ibu dengan petugas).\n" +
    "Apakah Bapak/Ibu mengizinkan? Balas YA untuk mengizinkan, atau TIDAK untuk menolak.",

  followConsentGranted: (ticket: string) => `Terima kasih. Orang tersebut sekarang akan menerima kabar perkembangan pengaduan ${ticket}.`,

  followConsentDenied: (ticket: string) => `Baik. Kabar pengaduan ${ticket} tidak akan kami bagikan kepada orang tersebut.`,

  followStopped: (ticket: string) => `Baik, Bapak/Ibu tidak akan lagi menerima kabar pengaduan ${ticket}.`,

  notFollowing: () => "Saat ini Bapak/Ibu tidak mengikuti pengaduan apa pun. Untuk mengikuti pengaduan keluarga, ketik: IKUTI diikuti nomor tiketnya.",

  chooseUnfollow: () => "Pengaduan mana yang ingin Bapak/Ibu berhenti ikuti?",
} as const;

function statusExplanation(status: CaseStatus): string {
  switch (status) {
    case "DITERIMA":
      return "Pengaduan sudah kami terima dan menunggu diperiksa petugas.";
    case "DIVERIFIKASI":
      return "Petugas sudah memeriksa pengaduan dan menyiapkan penanganannya.";
    case "DITANGANI":
      return "Petugas sedang menangani pengaduan ini.";
    case "DIRUJUK":
      return "Pengaduan diteruskan ke instansi lain yang berwenang. Nomor tiket tetap sama.";
    case "MENUNGGU_KETERANGAN":
      return "Petugas membutuhkan keterangan tambahan dari Bapak/Ibu. Mohon balas pesan ini.";
    case "SELESAI":
      return "Penanganan pengaduan sudah selesai. Jika masih ada masalah, balas pesan ini.";
    case "DITUTUP":
      return "Pengaduan ini sudah ditutup. Jika ada masalah baru, ketik BARU untuk membuat pengaduan baru.";
  }
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Reply templates officers pick in the console and edit before sending (the officer's agency
 * and the ticket are added by texts.officerReply). Polite, no promises of an outcome.
 */
export const REPLY_TEMPLATES: readonly { id: string; title: string; text: string }[] = [
  {
    id: "diterima",
    title: "Pengaduan sedang diperiksa",
    text: "Terima kasih, Bapak/Ibu. Pengaduan sudah kami baca dan sedang kami periksa. Kami akan menghubungi Bapak/Ibu kembali setelah ada perkembangan.",
  },
  {
    id: "minta-dokumen",
    title: "Meminta dokumen",
    text: "Mohon Bapak/Ibu mengirimkan foto paspor, kontrak kerja (perjanjian kerja), dan bukti lain yang ada (misalnya slip gaji atau percakapan dengan agen) melalui percakapan ini.",
  },
  {
    id: "minta-kontak",
    title: "Meminta nomor yang bisa dihubungi",
    text: "Mohon Bapak/Ibu menuliskan nomor telepon yang bisa kami hubungi, serta waktu yang aman untuk menelepon.",
  },
  {
    id: "koordinasi",
    title: "Sedang berkoordinasi",
    text: "Kami sedang berkoordinasi dengan instansi terkait untuk menangani pengaduan Bapak/Ibu. Kami akan menyampaikan perkembangannya melalui percakapan ini.",
  },
  {
    id: "darurat",
    title: "Keadaan darurat",
    text: "Jika Bapak/Ibu dalam bahaya sekarang, segera hubungi call center KP2MI/BP2MI 0800-1000 (gratis, 24 jam) atau KBRI/KJRI terdekat. Kami sedang menangani pengaduan ini dengan segera.",
  },
];
