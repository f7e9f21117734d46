/**
 * Every text a worker or family member reads, in plain, polite Bahasa Indonesia.
 * Rules: "Bapak/Ibu", short sentences, no English (test/unit/reporter-texts-language.test.ts),
 * the ticket number in every status message, never promise an outcome — say what happens
 * next and when. Emergency texts always carry the hotline and the embassy advice.
 */
import type { AskedFact } from "./case-facts.js";
import { STATUS_LABELS, type CaseStatus } from "./case-lifecycle.js";
import { CASE_KIND_LABELS, type CaseKind } from "./case-kinds.js";
import type { CountryEmergencyEntry, MissionEntry } from "./missions.js";
import { PHASE_LABELS, type CasePhase } from "./phase.js";
import type { RetentionPolicy } from "./retention.js";

export interface Hotlines {
  hotline: string;
  hotlineAbroad: string;
}

/**
 * KP2MI's numbers: the toll-free line (from Indonesian numbers) and the call centre from abroad;
 * HOTLINE and HOTLINE_ABROAD override them.
 */
export const DEFAULT_HOTLINES: Hotlines = { hotline: "0800-1000", hotlineAbroad: "+62-21-29244800" };

/** What DATA SAYA tells a reporter we hold about them (identifiers already masked). */
export interface ReporterDataSummary {
  cases: { ticket: string; status: CaseStatus }[];
  messages: number;
  files: number;
  identifiers: string[];
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

/** Who a question about the worker speaks of: the writer, the family's worker, or either (not yet known). */
function whoIsAsked(self: boolean | undefined): string {
  if (self === undefined) return "Bapak/Ibu (atau keluarga yang diadukan)";
  return self ? "Bapak/Ibu" : "pekerja migran tersebut";
}

export const texts = {
  welcome: () =>
    "Selamat datang di layanan pengaduan Pelindungan Pekerja Migran Indonesia (KP2MI/BP3MI).\n" +
    "Bapak/Ibu bisa langsung menuliskan masalahnya, atau pilih salah satu:",

  menu: () =>
    `${MENU_OPTIONS.map((o) => `${o.key}. ${o.label}`).join("\n")}\n\nKetik angkanya, atau ketik MENU kapan saja untuk kembali ke sini.`,

  menuHint: () => "Maaf, kami belum memahami pesan Bapak/Ibu. Silakan tulis masalahnya dengan kalimat, atau pilih:",

  askDescription: () => "Silakan ceritakan masalahnya secara singkat: apa yang terjadi, sejak kapan, dan di mana.",

  askQuestion: () => "Silakan tuliskan pertanyaan Bapak/Ibu.",

  askOnBehalf: () =>
    "Apakah pengaduan ini untuk diri Bapak/Ibu sendiri atau untuk anggota keluarga?\n1. Untuk saya sendiri\n2. Untuk keluarga saya",

  askOnBehalfAgain: () => "Mohon balas 1 jika untuk diri sendiri, atau 2 jika untuk keluarga (misalnya anak, suami, istri, adik).",

  /** `relationship`: who the worker is to the reporter, when already said ("anak saya..."): then not asked again. */
  askWorkerName: (relationship?: string) =>
    relationship
      ? `Siapa nama lengkap pekerja migran tersebut (${relationship} Bapak/Ibu), dan nomor WhatsApp-nya jika Bapak/Ibu tahu? ` +
        "(misalnya: Siti Aminah, 0812-3456-7890)"
      : "Siapa nama lengkap pekerja migran tersebut, apa hubungan Bapak/Ibu dengannya, dan nomor WhatsApp-nya jika Bapak/Ibu tahu? " +
        "(misalnya: Siti Aminah, adik saya, 0812-3456-7890)",

  /**
   * `self`: the worker writes for themself, so the question speaks to them ("Bapak/Ibu"); false:
   * a family member, asked about "pekerja migran tersebut"; undefined (not asked, e.g. a chat of
   * voice notes): both at once, so a worker is never asked about themself in the third person.
   */
  askRegion: (self?: boolean) =>
    `Dari kabupaten/kota dan provinsi mana ${whoIsAsked(self)} berasal di Indonesia? (contoh: Kabupaten Pekalongan, Jawa Tengah)`,

  askRegionAgain: () =>
    "Maaf, kami belum mengenali daerahnya. Mohon tulis nama kabupaten/kota atau provinsinya saja, misalnya: Lampung Timur, " +
    "Jakarta, Asahan.",

  askCountry: (self?: boolean) => `Di negara mana ${whoIsAsked(self)} bekerja sekarang? Jika belum berangkat, tulis: belum berangkat.`,

  /** Asked only when the phase decides which office takes the case and was not said (src/core/phase.ts). */
  askPhase: (self?: boolean) =>
    `Supaya pengaduan ini sampai ke kantor yang tepat: di mana ${whoIsAsked(self)} sekarang? Belum berangkat, masih bekerja di ` +
    `luar negeri, atau sudah pulang ke Indonesia?`,

  askPhaseAgain: () =>
    "Maaf, kami belum menangkap jawabannya. Mohon pilih salah satu: belum berangkat, masih di luar negeri, atau sudah pulang.",

  askCountryAgain: () =>
    "Maaf, kami belum mengenali negaranya. Mohon tulis nama negaranya saja, misalnya: Malaysia, Taiwan, Hong Kong, Arab Saudi.",

  confirm: (summary: {
    kind: CaseKind;
    /** undefined: never asked (a chat of voice notes), so not said. */
    onBehalf?: boolean | undefined;
    /** Who the worker is to a family reporter ("adik", "anak"), as src/conversation/who-reports.ts reads it. */
    relationship?: string;
    workerName?: string;
    workerPhone?: string;
    region?: string;
    country?: string;
    description: string;
    /** Facts told (employer, P3MI...), each as "label: value"; a passport only as recorded, never its number. */
    facts?: readonly string[];
    /** The reminder of an intake left unfinished: it says why nothing was sent yet, and that the other questions may be skipped. */
    reminder?: boolean;
  }) =>
    [
      summary.reminder
        ? "Pengaduan Bapak/Ibu belum terkirim ke petugas karena belum selesai. Kami sudah mencatat:"
        : "Mohon periksa ringkasan pengaduan berikut:",
      `• Masalah: ${CASE_KIND_LABELS[summary.kind]}`,
      ...whoReports(summary),
      ...(summary.onBehalf && summary.workerPhone ? [`• Nomor WhatsApp pekerja: ${summary.workerPhone}`] : []),
      `• Daerah asal: ${summary.region ?? "belum diketahui"}`,
      `• Negara tujuan: ${summary.country ?? "belum diketahui"}`,
      ...(summary.facts ?? []).map((line) => `• ${line}`),
      `• Cerita: ${truncate(summary.description, 300)}`,
      "",
      "Data ini hanya dipakai untuk menangani pengaduan dan dijaga kerahasiaannya oleh petugas KP2MI/BP3MI dan dinas terkait.",
      summary.reminder
        ? "Apakah Bapak/Ibu setuju data ini kami proses dan pengaduan kami kirim sekarang? Balas YA untuk mengirim (pertanyaan " +
          "lain boleh dilewati), atau BATAL untuk membatalkan."
        : "Apakah Bapak/Ibu setuju data ini kami proses dan pengaduan kami kirim? Balas YA untuk mengirim, atau BATAL untuk membatalkan.",
    ].join("\n"),

  /** Said once, before the first of the optional questions about the facts of the case. */
  factsIntro: () => "Beberapa pertanyaan singkat untuk membantu petugas (boleh dilewati).",

  /** Under each optional question about the facts. */
  factSkipHint: () => "Jika tidak tahu, balas LEWATI.",

  /** `atSea`: a ship's crew (ABK) has a ship and its owner, not a "majikan". */
  askEmployer: (self?: boolean, atSea = false) =>
    atSea
      ? `Apa nama kapal tempat ${whoIsAsked(self)} bekerja, dan nama perusahaan pemilik atau pengelola kapalnya?`
      : `Siapa nama majikan atau perusahaan tempat ${whoIsAsked(self)} bekerja?`,

  askPlacementCompany: (self?: boolean) =>
    `Apa nama PT/perusahaan penempatan (P3MI) yang memberangkatkan ${whoIsAsked(self)}, atau nama agensinya di luar negeri?`,

  askWorkSector: (self?: boolean, sectors: readonly string[] = []) =>
    `Apa pekerjaan ${whoIsAsked(self)} di sana?\n${sectors.map((label, i) => `${i + 1}. ${label}`).join("\n")}\nBalas angkanya ` +
    `atau tulis pekerjaannya.`,

  askDepartureDate: (self?: boolean) => `Kapan ${whoIsAsked(self)} berangkat, atau dijanjikan berangkat? (contoh: Maret 2025)`,

  askPassportNumber: (self?: boolean) =>
    `Jika ingat, mohon tulis nomor paspor ${whoIsAsked(self)} (contoh: C1234567). Nomor ini hanya dilihat petugas.`,

  askCityAbroad: (self?: boolean) => `Di kota mana ${whoIsAsked(self)} berada sekarang?`,

  /** A fact question answered with a bare "ya": once more, saying plainly what to write. */
  askFactAgain: (fact: AskedFact, sectors: readonly string[] = [], atSea = false) =>
    ({
      employerName: atSea
        ? "Mohon tulis nama kapal atau perusahaannya saja (misalnya: KM Sinar Laut), atau balas LEWATI jika tidak tahu."
        : "Mohon tulis nama majikannya saja (misalnya: Madam Lee), atau balas LEWATI jika tidak tahu.",
      placementCompany:
        "Maksud kami: perusahaan di Indonesia yang mengurus keberangkatan (PT), atau agensi di negara tempat bekerja. " +
        "Mohon tulis nama PT atau agensinya saja (misalnya: PT Maju Jaya), atau balas LEWATI jika tidak tahu.",
      workSector:
        `Mohon pilih salah satu pekerjaan berikut dengan membalas angkanya, atau balas ` +
        `LEWATI:\n${sectors.map((label, i) => `${i + 1}. ${label}`).join("\n")}`,
      departureDate: "Mohon tulis bulan dan tahun keberangkatannya (misalnya: Maret 2025), atau balas LEWATI jika tidak ingat.",
      passportNumber: "Mohon tulis nomor paspornya saja (misalnya: C1234567), atau balas LEWATI jika tidak ingat.",
      cityAbroad: "Mohon tulis nama kotanya saja (misalnya: Kuala Lumpur, Taipei), atau balas LEWATI jika tidak tahu.",
    })[fact],

  confirmAgain: () => "Mohon balas YA untuk mengirim pengaduan, atau BATAL untuk membatalkan.",

  caseCreated: (ticket: string, agencyName: string, firstResponseDueAt: Date) =>
    `Terima kasih. Pengaduan Bapak/Ibu sudah kami terima dengan nomor tiket ${ticket}.\n` +
    `Pengaduan diteruskan ke ${agencyName}. Petugas akan memeriksa dan menghubungi Bapak/Ibu paling lambat ` +
    `${formatDateTime(firstResponseDueAt)}.\n` +
    `Simpan nomor tiket ini. Untuk melihat perkembangan, ketik: CEK ${ticket}`,

  /** The first answer to an emergency: its own words per kind, the nearest mission first (see emergencyAdvice). */
  emergency: (input: EmergencyAdviceInput) => emergencyAdvice(input),

  /** The mission's number once the country of an emergency becomes known. */
  missionContact: (country: string, missions: readonly MissionEntry[], h: Hotlines) =>
    missions.length > 0
      ? `Perwakilan RI terdekat untuk Bapak/Ibu di ${country}:\n${missionLines(missions).join("\n")}\n${abroadLines(h).join("\n")}`
      : `Kami belum memiliki nomor perwakilan RI di ${country}. Gunakan tombol darurat aplikasi Safe Travel Kementerian Luar ` +
        `Negeri untuk menghubungi KBRI/KJRI terdekat.\n${abroadLines(h).join("\n")}`,

  askSafety: () => "Apakah Bapak/Ibu (atau keluarga yang diadukan) aman sekarang? Mohon ceritakan keadaannya saat ini.",

  emergencyCaseCreated: (ticket: string, agencyName: string) =>
    `Pengaduan darurat sudah kami catat dengan nomor tiket ${ticket} dan langsung diteruskan ke ${agencyName}. Petugas akan ` +
    `segera menghubungi Bapak/Ibu.\n` +
    // Not every emergency reply asks questions (a death does not): this line holds for all of them.
    "Setiap keterangan yang Bapak/Ibu kirim di percakapan ini langsung kami tambahkan ke tiket agar petugas dapat bertindak lebih cepat.",

  emergencyDetailsSaved: (ticket: string) =>
    `Terima kasih. Keterangan sudah kami tambahkan ke tiket ${ticket}. Petugas akan segera menghubungi Bapak/Ibu.`,

  cancelled: () => "Baik, pengaduan dibatalkan dan tidak kami kirim.",

  followUpAttached: (ticket: string) =>
    `Pesan Bapak/Ibu sudah kami teruskan ke petugas yang menangani tiket ${ticket}. Untuk membuat pengaduan lain, ketik BARU.`,

  mediaReceived: () => "Lampiran sudah kami terima dan akan kami sertakan dalam pengaduan.",

  voiceReceived: () => "Pesan suara sudah kami terima dan akan kami sertakan dalam pengaduan.",

  /** The description of a case opened from a voice note, photo, video or document without words. */
  mediaCaseDescription: () => "Pengaduan lewat pesan suara/foto",
  /** A voice note's automatic transcript in the case description: officers read it as the machine's words, not the reporter's typing. */
  transcriptDescription: (transcript: string) => `Transkrip otomatis pesan suara: "${transcript}"`,

  voiceCaseStarted: () =>
    "Pesan suara Bapak/Ibu sudah kami terima. Kami catat sebagai pengaduan agar petugas dapat mendengarkannya.\n" +
    "Mohon jawab dua pertanyaan singkat berikut. Jika sulit mengetik, Bapak/Ibu boleh menjawab dengan pesan suara.",

  mediaCaseStarted: () =>
    "Lampiran Bapak/Ibu sudah kami terima. Kami catat sebagai pengaduan agar petugas dapat melihatnya.\n" +
    "Mohon jawab dua pertanyaan singkat berikut.",

  voiceAttached: (ticket: string) =>
    `Pesan suara Bapak/Ibu sudah kami teruskan ke petugas yang menangani tiket ${ticket}. Untuk membuat pengaduan lain, ketik BARU.`,

  /** Under the consent question of a case opened by voice: a spoken YA counts (the officer hears it). */
  confirmByVoice: () => "Jika sulit mengetik, Bapak/Ibu boleh menjawab YA dengan pesan suara.",

  documentChecklist: (ticket: string | null, documents: readonly string[]) =>
    (ticket
      ? `Dokumen yang membantu petugas menangani pengaduan ${ticket}:`
      : "Dokumen yang biasanya membantu petugas menangani pengaduan:") +
    "\n" +
    `${documents.map((d) => `• ${d}`).join("\n")}\n` +
    "Jika ada, kirimkan fotonya melalui percakapan ini. Jika tidak ada, tidak apa-apa: petugas tetap menangani pengaduan Bapak/Ibu.",

  notUnderstoodOffer: () =>
    "Maaf, kami masih belum memahami pesan Bapak/Ibu. Petugas kami dapat membaca pesan Bapak/Ibu secara langsung: " +
    "tekan tombol Bicara dengan petugas atau ketik PETUGAS. Bapak/Ibu juga boleh menuliskan masalahnya dengan kalimat lain, atau " +
    "ketik MENU.",

  askOfficerMessage: () =>
    "Silakan tuliskan pesan Bapak/Ibu untuk petugas (boleh juga pesan suara atau foto). " +
    "Pesan itu langsung kami catat dan teruskan ke petugas, yang akan membalas di percakapan ini.",

  officerCaseCreated: (ticket: string, agencyName: string, firstResponseDueAt: Date) =>
    `Permintaan Bapak/Ibu untuk berbicara dengan petugas sudah kami catat dengan nomor tiket ${ticket} dan diteruskan ke ${agencyName}.\n` +
    `Petugas akan membaca pesan Bapak/Ibu dan membalas di percakapan ini paling lambat ${formatDateTime(firstResponseDueAt)}.\n` +
    `Untuk melihat perkembangan, ketik: CEK ${ticket}`,

  unsupportedMessage: () => "Maaf, jenis pesan ini belum dapat kami proses. Silakan kirim pesan teks, foto, atau dokumen.",

  emptyMessage: () => "Maaf, pesan Bapak/Ibu kosong. Silakan tulis masalahnya, atau ketik MENU.",

  unreadableMessage: () => "Maaf, pesan Bapak/Ibu tidak dapat kami baca. Silakan kirim ulang dengan huruf biasa.",

  emojiOnly: () => "Terima kasih. Agar kami bisa membantu, mohon tuliskan masalahnya dengan kata-kata, atau ketik MENU.",

  tooLong: () => "Pesan Bapak/Ibu sangat panjang. Seluruh isinya sudah kami simpan, dan petugas akan membacanya.",

  askTicket: () => "Silakan tulis nomor tiket pengaduan Bapak/Ibu (contoh: PMI-7K3M9X).",

  ticketNotFound: (ticket: string) =>
    `Maaf, kami tidak menemukan pengaduan dengan nomor ${ticket} atas nama Bapak/Ibu. Periksa kembali nomornya, atau ketik MENU.`,

  ticketNotUnderstood: () => "Maaf, nomor tiket tidak kami kenali. Nomor tiket berbentuk PMI- diikuti 6 huruf/angka, contoh: PMI-7K3M9X.",

  /** `phase`: where the worker stands (before work, abroad, back home) when known; the office acting depends on it. */
  caseStatus: (ticket: string, status: CaseStatus, updatedAt: Date, agencyName: string, phase?: CasePhase | null) =>
    `Status pengaduan ${ticket}: ${STATUS_LABELS[status]}.\n${statusExplanation(status)}\n` +
    (phase ? `Keadaan pekerja: ${PHASE_LABELS[phase]}.\n` : "") +
    `Ditangani oleh: ${agencyName}.\nPerubahan terakhir: ${formatDateTime(updatedAt)}.`,

  statusChanged: (ticket: string, status: CaseStatus, note?: string) =>
    `Kabar pengaduan ${ticket}: statusnya sekarang ${STATUS_LABELS[status]}.\n${statusExplanation(status)}` +
    (note ? `\nCatatan petugas: ${note}` : ""),

  /** What followers learn when the officer asks the reporter for information (the request itself is the reporter's). */
  followerWaitingForReporter: (ticket: string) =>
    `Kabar pengaduan ${ticket}: petugas sedang menunggu keterangan dari pelapor. Kabar berikutnya akan kami sampaikan di sini.`,

  officerReply: (ticket: string, agencyName: string, text: string) => `Pesan dari petugas ${agencyName} (tiket ${ticket}):\n${text}`,

  referred: (ticket: string, agencyName: string) =>
    `Kabar pengaduan ${ticket}: pengaduan Bapak/Ibu dirujuk ke ${agencyName} agar ditangani oleh instansi yang tepat. Nomor ` +
    `tiket tetap sama.`,

  merged: (duplicateTicket: string, intoTicket: string) =>
    `Kabar pengaduan ${duplicateTicket}: pengaduan ini sama dengan pengaduan ${intoTicket}, sehingga keduanya kami gabungkan. ` +
    `Penanganan dilanjutkan dengan nomor tiket ${intoTicket}. Untuk melihat perkembangan, ketik: CEK ${intoTicket}`,

  officerRequested: (ticket: string, answersFrom?: string) =>
    `Permintaan Bapak/Ibu untuk berbicara dengan petugas sudah kami teruskan (tiket ${ticket}). Petugas akan membalas di percakapan ini.` +
    (answersFrom
      ? `\nSaat ini di luar jam kerja petugas. Petugas akan membalas mulai ${answersFrom}. ` +
        "Jika ada bahaya sekarang, hubungi KBRI/KJRI terdekat atau pusat panggilan KP2MI yang buka 24 jam."
      : ""),

  questionFooter: () => "Jika masih ada pertanyaan untuk petugas, ketik 4. Untuk kembali ke menu, ketik MENU.",

  // Personal data (UU No. 27 Tahun 2022): the notice at consent, the reporter's rights, the survey.
  privacyNotice: (retention: RetentionPolicy) =>
    [
      "Pemberitahuan tentang data pribadi Bapak/Ibu:",
      "• Data diproses oleh KP2MI/BP3MI dan dinas daerah yang menangani pengaduan, hanya untuk menangani pengaduan dan " +
        "melindungi pekerja migran.",
      "• Keterangan tentang kesehatan dan kekerasan seksual termasuk data pribadi yang bersifat spesifik. Keterangan ini hanya " +
        "dibuka untuk petugas yang menangani.",
      `• Data disimpan selama ${retention.caseYears} tahun setelah pengaduan selesai, lalu nama, nomor, dan isi pesan dihapus. ` +
        `Foto, dokumen, dan pesan suara dihapus lebih cepat, yaitu ${retention.mediaDays} hari setelah pengaduan selesai.`,
      "• Bapak/Ibu berhak mengetahui data yang kami simpan (ketik DATA SAYA) dan meminta data dihapus (ketik HAPUS DATA).",
      "Dasar hukum: Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.",
    ].join("\n"),

  dataSummary: (summary: ReporterDataSummary) =>
    summary.cases.length === 0 && summary.messages === 0
      ? "Kami tidak menyimpan pengaduan atas nama Bapak/Ibu. Yang kami simpan hanya nomor akun percakapan ini, agar dapat " +
        "membalas pesan Bapak/Ibu."
      : [
          "Data Bapak/Ibu yang kami simpan:",
          ...summary.cases.map((c) => `• Pengaduan ${c.ticket}: ${STATUS_LABELS[c.status]}`),
          `• Pesan: ${summary.messages}, lampiran (foto, dokumen, pesan suara): ${summary.files}`,
          ...(summary.identifiers.length ? [`• Identitas: ${summary.identifiers.join(", ")}`] : []),
          "Untuk meminta data dihapus, ketik HAPUS DATA.",
        ].join("\n"),

  deletionRequested: (deadline: Date) =>
    "Permintaan penghapusan data Bapak/Ibu sudah kami catat. " +
    `Petugas akan memutuskannya paling lambat ${formatDateTime(deadline)}, dan keputusannya akan kami sampaikan di sini.`,

  deletionAlreadyRequested: (deadline: Date) =>
    `Permintaan penghapusan data Bapak/Ibu sudah kami terima sebelumnya. Keputusannya akan kami sampaikan paling lambat ` +
    `${formatDateTime(deadline)}.`,

  deletionRefusedOpenCase: (tickets: string[]) =>
    `Maaf, data Bapak/Ibu belum dapat dihapus karena pengaduan ${tickets.join(", ")} masih ditangani petugas. ` +
    "Data tersebut dibutuhkan untuk menyelesaikan pengaduan. Setelah pengaduan selesai, Bapak/Ibu dapat mengetik HAPUS DATA kembali.",

  deletionApproved: () =>
    "Permintaan penghapusan data Bapak/Ibu disetujui. Nama, nomor, isi pesan, dan lampiran Bapak/Ibu sudah kami hapus. " +
    "Yang tersisa hanya angka jumlah pengaduan tanpa identitas, untuk laporan. Ini pesan terakhir yang terkait dengan data tersebut.",

  deletionRefused: (reason: string) =>
    `Maaf, permintaan penghapusan data Bapak/Ibu tidak dapat kami setujui.\nAlasan dari petugas: ${truncate(reason, 500)}`,

  surveyQuestion: (ticket: string) =>
    `Pengaduan ${ticket} sudah selesai ditangani. Bagaimana penilaian Bapak/Ibu terhadap pelayanan kami?\n` +
    "Pilih angka 1 sampai 5 (1 = sangat tidak puas, 5 = sangat puas).",

  surveyAskComment: () => "Terima kasih atas penilaiannya. Jika berkenan, tuliskan saran atau pendapat singkat. Jika tidak, ketik LEWATI.",

  surveyThanks: () => "Terima kasih. Pendapat Bapak/Ibu membantu kami memperbaiki pelayanan.",

  resumeIntake: () => "Selamat datang kembali. Mari kita lanjutkan pengaduan Bapak/Ibu yang belum selesai (ketik BATAL untuk membatalkan).",

  // Telegram, and family members following a case.
  privateChatOnly: () =>
    "Mohon maaf, layanan pengaduan Pelindungan Pekerja Migran Indonesia hanya melayani percakapan pribadi, agar data Bapak/Ibu " +
    "terjaga kerahasiaannya. " +
    "Silakan kirim pesan langsung kepada layanan ini melalui percakapan pribadi.",

  /** Shown as a Telegram alert: at most 200 characters. */
  staleButton: () => "Tombol ini sudah tidak berlaku. Silakan gunakan pesan terbaru, atau ketik MENU untuk melihat pilihan.",

  fileTooLarge: () =>
    "Maaf, berkas yang Bapak/Ibu kirim terlalu besar sehingga tidak dapat kami terima. " +
    "Mohon kirim berkas yang lebih kecil (misalnya foto dokumen), atau ceritakan isinya dengan pesan teks.",

  askFollowTicket: () =>
    "Silakan tulis nomor tiket pengaduan yang ingin Bapak/Ibu ikuti (contoh: PMI-7K3M9X). Nomor tiket dapat ditanyakan kepada " +
    "keluarga yang membuat pengaduan.",

  followActive: (ticket: string) =>
    `Bapak/Ibu mengikuti pengaduan ${ticket}. Setiap perubahan status akan kami kabarkan di sini.\nUntuk berhenti, ketik: ` +
    `BERHENTI IKUTI ${ticket}`,

  followOwnCase: (ticket: string) =>
    `Pengaduan ${ticket} dibuat oleh Bapak/Ibu sendiri, jadi setiap perkembangannya sudah kami kabarkan di percakapan ini.`,

  followApproved: (ticket: string) =>
    `Pelapor sudah memberikan persetujuan. Mulai sekarang Bapak/Ibu akan menerima kabar perkembangan pengaduan ${ticket} di ` +
    `sini.\nUntuk berhenti, ketik: BERHENTI IKUTI ${ticket}`,

  followConsentRequest: (ticket: string, requesterName: string | null) =>
    `Permintaan izin: ${requesterName ? `seseorang bernama "${truncate(requesterName, 60)}"` : "seorang anggota keluarga"} ingin ` +
    `menerima kabar perkembangan pengaduan ${ticket} ` +
    "(hanya perubahan status, bukan isi percakapan Bapak/Ibu dengan petugas).\n" +
    `Apakah Bapak/Ibu mengizinkan? Balas YA ${ticket} untuk mengizinkan, atau TIDAK ${ticket} untuk menolak.`,

  followConsentGranted: (ticket: string) => `Terima kasih. Orang tersebut sekarang akan menerima kabar perkembangan pengaduan ${ticket}.`,

  followConsentDenied: (ticket: string) => `Baik. Kabar pengaduan ${ticket} tidak akan kami bagikan kepada orang tersebut.`,

  followStopped: (ticket: string) => `Baik, Bapak/Ibu tidak akan lagi menerima kabar pengaduan ${ticket}.`,

  notFollowing: () =>
    "Saat ini Bapak/Ibu tidak mengikuti pengaduan apa pun. Untuk mengikuti pengaduan keluarga, ketik: IKUTI diikuti nomor tiketnya.",

  chooseUnfollow: () => "Pengaduan mana yang ingin Bapak/Ibu berhenti ikuti?",

  // Reading conversations (who reports, names, new problems) and guarding tickets against probing.
  askOwnName: () =>
    "Boleh kami tahu nama lengkap Bapak/Ibu? Nama membantu petugas saat menghubungi Bapak/Ibu. Jika tidak ingin menyebutkan, ketik LEWATI.",

  /** After a death: the name of the deceased, never their WhatsApp number; the relation only when not yet told. */
  askDeceasedName: (relationKnown: boolean) =>
    relationKnown
      ? "Mohon maaf, siapa nama lengkap almarhum/almarhumah? (misalnya: Siti Aminah) Jika belum bisa menuliskannya sekarang, ketik LEWATI."
      : "Mohon maaf, siapa nama lengkap almarhum/almarhumah, dan apa hubungan Bapak/Ibu dengannya? (misalnya: Siti Aminah, ibu " +
        "saya) Jika belum bisa menuliskannya sekarang, ketik LEWATI.",

  /** "iya" to "boleh kami tahu nama Bapak/Ibu?" is a yes, not a name: the name itself, once more. */
  askOwnNameAgain: () => "Silakan tulis nama lengkap Bapak/Ibu, misalnya: Siti Aminah. Jika tidak ingin menyebutkan, ketik LEWATI.",

  askWorkerNameAgain: () => "Mohon tulis nama lengkap pekerja migran tersebut, misalnya: Siti Aminah. Jika tidak tahu, ketik LEWATI.",

  selfReportNoted: () => "Baik, kami catat bahwa pengaduan ini untuk diri Bapak/Ibu sendiri.",

  askNewProblem: (ticket: string) =>
    `Apakah ini masalah baru, berbeda dari pengaduan ${ticket}?\n1. Ya, masalah baru\n2. Bukan, lanjutan pengaduan ${ticket}`,

  caseReopened: (ticket: string) =>
    `Pesan Bapak/Ibu sudah kami terima. Pengaduan ${ticket} kami buka kembali dan kami teruskan ke petugas yang menanganinya. ` +
    "Untuk membuat pengaduan lain, ketik BARU.",

  thanksAfterResolved: (ticket: string) =>
    `Sama-sama. Pesan Bapak/Ibu sudah kami sampaikan kepada petugas. Jika masalah pada pengaduan ${ticket} ternyata belum selesai, ` +
    "ceritakan saja di sini, dan pengaduan akan kami buka kembali.",

  tooManyLookups: () =>
    "Maaf, Bapak/Ibu sudah beberapa kali menanyakan nomor tiket dalam waktu singkat. Untuk menjaga kerahasiaan data pelapor, " +
    "silakan coba lagi 10 menit lagi.",

  followRequested: (ticket: string) =>
    `Permintaan Bapak/Ibu untuk mengikuti pengaduan ${ticket} sudah kami catat.\n` +
    "Untuk menjaga kerahasiaan, kabar perkembangan hanya kami kirim setelah pelapor menyetujui. Jika nomor tiket benar dan " +
    "pelapor menyetujui, " +
    "Bapak/Ibu akan menerima kabarnya di sini.",

  consentNeedsTicket: (ticket: string) =>
    `Jika pesan ini menjawab permintaan izin untuk pengaduan ${ticket}, mohon balas YA ${ticket} untuk mengizinkan, atau TIDAK ` +
    `${ticket} untuk menolak.`,

  noConsentWaiting: (ticket: string) => `Tidak ada permintaan izin yang sedang menunggu jawaban untuk pengaduan ${ticket}.`,

  mergedAwaitingConsent: (duplicateTicket: string) =>
    `Kabar pengaduan ${duplicateTicket}: pengaduan ini sama dengan pengaduan lain yang sedang ditangani, sehingga keduanya kami ` +
    `gabungkan. ` +
    "Kami meminta izin pelapor pengaduan tersebut; setelah disetujui, Bapak/Ibu akan menerima kabar perkembangannya di sini.",

  mergedStatusPending: (duplicateTicket: string) =>
    `Pengaduan ${duplicateTicket} sudah digabungkan dengan pengaduan lain yang sama dan tetap ditangani petugas. ` +
    "Kabar perkembangannya kami kirim setelah pelapor pengaduan tersebut memberi izin.",
} as const;

/** Not family in the narrow sense: the reporter is the worker's friend or neighbour. */
const NOT_KIN = new Set(["teman", "tetangga"]);

/** The summary's lines on who reports and who the worker is: only what was said, "belum diketahui" otherwise. */
function whoReports(summary: { onBehalf?: boolean | undefined; relationship?: string; workerName?: string }): string[] {
  const { onBehalf, relationship, workerName } = summary;
  if (onBehalf === undefined) return ["• Pelapor: belum diketahui", ...(workerName ? [`• Nama pekerja: ${workerName}`] : [])];
  if (!onBehalf) return ["• Pelapor: pekerja migran sendiri", ...(workerName ? [`• Nama pekerja: ${workerName}`] : [])];
  const reporter = relationship && NOT_KIN.has(relationship) ? relationship : "keluarga";
  const relation = relationship ? `${relationship} Bapak/Ibu` : null;
  const worker = workerName && relation ? `${workerName} (${relation})` : (workerName ?? relation);
  return [`• Pelapor: ${reporter} pekerja migran`, ...(worker ? [`• Pekerja migran: ${worker}`] : [])];
}

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
 * and the ticket are added by texts.officerReply). Polite, no promises of an outcome. The
 * defaults every agency starts with (seeded, with the configured hotlines; supervisors then
 * manage their own, src/core/reply-templates.ts).
 */
export function replyTemplates(h: Hotlines): { id: string; title: string; text: string }[] {
  return [
    {
      id: "diterima",
      title: "Pengaduan sedang diperiksa",
      text:
        "Terima kasih, Bapak/Ibu {nama}. Pengaduan {tiket} sudah kami baca dan sedang kami periksa di {kantor}. Kami akan " +
        "menghubungi Bapak/Ibu kembali setelah ada perkembangan.",
    },
    {
      id: "minta-dokumen",
      title: "Meminta dokumen",
      text:
        "Mohon Bapak/Ibu mengirimkan foto paspor, kontrak kerja (perjanjian kerja), dan bukti lain yang ada (misalnya slip " +
        "gaji atau percakapan dengan agen) melalui percakapan ini.",
    },
    {
      id: "minta-kontak",
      title: "Meminta nomor yang bisa dihubungi",
      text: "Mohon Bapak/Ibu menuliskan nomor telepon yang bisa kami hubungi, serta waktu yang aman untuk menelepon.",
    },
    {
      id: "koordinasi",
      title: "Sedang berkoordinasi",
      text:
        "Kami sedang berkoordinasi dengan instansi terkait untuk menangani pengaduan Bapak/Ibu. Kami akan menyampaikan " +
        "perkembangannya melalui percakapan ini.",
    },
    {
      id: "darurat",
      title: "Keadaan darurat",
      text:
        `Jika Bapak/Ibu dalam bahaya sekarang, segera hubungi KBRI/KJRI terdekat, atau pusat panggilan KP2MI ${h.hotlineAbroad} ` +
        `(24 jam, dari luar negeri). ` +
        `Nomor bebas pulsa ${h.hotline} hanya bisa dihubungi dari nomor Indonesia. Kami sedang menangani pengaduan ini dengan segera.`,
    },
  ];
}

/** The templates with the default numbers (tests and the language check read them). */
export const REPLY_TEMPLATES: readonly { id: string; title: string; text: string }[] = replyTemplates(DEFAULT_HOTLINES);

/** What an emergency reply is built from: the case's kind, where the worker is, and the directory entries for that place. */
export interface EmergencyAdviceInput {
  kind: CaseKind;
  /** The destination country as countries.ts names it; undefined when not known yet. */
  country?: string | undefined;
  /** Missions of that country, nearest first (src/core/missions.ts missionsFor). */
  missions: readonly MissionEntry[];
  local?: CountryEmergencyEntry | undefined;
  hotlines: Hotlines;
  /** A family member reports for the worker. */
  forFamily?: boolean;
}

/** Countries that mean "still at home": the toll-free number works, no mission is needed. */
const AT_HOME = new Set(["Belum berangkat", "Indonesia"]);

function missionLines(missions: readonly MissionEntry[]): string[] {
  return missions
    .slice(0, 3)
    .map((m) =>
      m.phone
        ? `• ${m.name}: ${m.phone}`
        : `• ${m.name} (nomornya belum kami miliki: gunakan tombol darurat aplikasi Safe Travel Kementerian Luar Negeri)`,
    );
}

function abroadLines(h: Hotlines): string[] {
  return [
    `• Pusat panggilan KP2MI dari luar negeri: ${h.hotlineAbroad} (24 jam)`,
    `• Nomor bebas pulsa KP2MI ${h.hotline} hanya bisa dihubungi dari nomor telepon Indonesia.`,
  ];
}

/** Who to call, nearest first: the mission of the worker's country or city, then KP2MI. */
function contactLines(input: EmergencyAdviceInput, withAmbulance: boolean): string[] {
  const h = input.hotlines;
  if (input.country && AT_HOME.has(input.country)) {
    return [
      `• Pusat panggilan KP2MI ${h.hotline} (bebas pulsa, 24 jam, dari nomor Indonesia)`,
      `• Dari nomor luar negeri: ${h.hotlineAbroad}`,
    ];
  }
  const lines: string[] = [];
  if (input.missions.length > 0) lines.push(...missionLines(input.missions));
  else if (input.country)
    lines.push(`• KBRI/KJRI terdekat di ${input.country}: gunakan tombol darurat aplikasi Safe Travel Kementerian Luar Negeri`);
  if (withAmbulance && input.local?.ambulance) lines.push(`• Ambulans di ${input.country}: ${input.local.ambulance}`);
  lines.push(...abroadLines(h));
  return lines;
}

function askCountryLine(input: EmergencyAdviceInput): string[] {
  if (input.country) return [];
  return [
    input.forFamily
      ? "Di negara dan kota mana keluarga Bapak/Ibu berada sekarang? Dengan itu kami bisa memberikan nomor KBRI/KJRI terdekat."
      : "Di negara dan kota mana Bapak/Ibu berada sekarang? Dengan itu kami bisa memberikan nomor KBRI/KJRI terdekat.",
  ];
}

function safetyQuestions(forFamily: boolean): string[] {
  const who = forFamily ? "keluarga Bapak/Ibu" : "Bapak/Ibu";
  return [
    "Agar petugas dapat membantu dengan aman, mohon jawab jika bisa:",
    `1. Apakah ${who} aman sekarang?`,
    `2. Di mana ${who} berada sekarang (kota, nama tempat)?`,
    `3. Kapan waktu yang aman bagi petugas untuk menelepon ${forFamily ? "Bapak/Ibu atau keluarga" : "Bapak/Ibu"}?`,
    "4. Jika aman, mohon kirim lokasi lewat fitur berbagi lokasi.",
  ];
}

/** Each kind of emergency gets its own words; every one names who to call, nearest first. */
function emergencyAdvice(input: EmergencyAdviceInput): string {
  const forFamily = input.forFamily === true;
  switch (input.kind) {
    case "BUNUH_DIRI":
      return [
        "Terima kasih sudah mau bercerita kepada kami. Kami ikut merasakan beratnya keadaan ini, dan Bapak/Ibu tidak sendirian.",
        "Perasaan seberat ini bisa dibantu, dan keselamatan Bapak/Ibu sangat penting bagi kami. Petugas kami akan menghubungi " +
          "Bapak/Ibu secepatnya.",
        "Jika Bapak/Ibu merasa bisa menyakiti diri sendiri sekarang, mohon jangan sendirian: dekati orang yang Bapak/Ibu " +
          "percaya, atau hubungi:",
        ...contactLines(input, true),
        "Bolehkah kami tahu, apakah Bapak/Ibu aman sekarang?",
        ...askCountryLine(input),
      ].join("\n");
    case "MENINGGAL":
      return [
        "Kami turut berduka cita yang sedalam-dalamnya. Semoga Bapak/Ibu dan keluarga diberi kekuatan dan ketabahan.",
        "Petugas kami akan membantu keluarga bersama perwakilan RI (KBRI/KJRI) untuk mengurus pemulangan jenazah. Yang perlu " +
          "keluarga siapkan:",
        "• fotokopi KTP dan Kartu Keluarga almarhum/almarhumah dan ahli waris;",
        "• fotokopi paspor almarhum/almarhumah, jika ada;",
        "• nama dan alamat majikan atau perusahaan penempatan (PT/agensi), jika diketahui;",
        "• surat keterangan ahli waris dari desa/kelurahan;",
        "• nomor telepon keluarga yang bisa dihubungi;",
        "• keputusan keluarga: jenazah dipulangkan ke Indonesia atau dimakamkan di negara tempat bekerja.",
        "Mohon jangan menandatangani surat apa pun dari majikan atau agensi sebelum berbicara dengan petugas.",
        "Nomor yang bisa dihubungi:",
        ...contactLines(input, false),
        ...askCountryLine(input),
      ].join("\n");
    case "TPPO":
    case "KEKERASAN":
    case "KEKERASAN_SEKSUAL":
      return [
        "Kami sangat prihatin atas apa yang terjadi. Pengaduan ini kami dahulukan.",
        "Jika ada bahaya sekarang, segera hubungi:",
        ...contactLines(input, false),
        "",
        ...safetyQuestions(forFamily),
        ...askCountryLine(input),
        "",
        "Jika ponsel ini mungkin diperiksa orang lain, hapus percakapan ini setelah membaca. Pesan Bapak/Ibu tetap tersimpan " +
          "pada petugas kami.",
      ].join("\n");
    default:
      return [
        "Kami memahami ini keadaan darurat. Pengaduan Bapak/Ibu kami dahulukan.",
        "Segera hubungi:",
        ...contactLines(input, input.kind === "SAKIT_BERAT"),
        ...askCountryLine(input),
      ].join("\n");
  }
}
