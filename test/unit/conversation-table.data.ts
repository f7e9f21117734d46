/**
 * The conversation table (see conversation-table.test.ts). Each row: the channel ("wa": a worker
 * on WhatsApp, "tg": a family member on Telegram), the turns (what is typed, and a pattern the
 * bot's answer must match), and what the case must hold at the end.
 */
import { expect } from "vitest";
import type { EngineFacts, EngineInput } from "../../src/conversation/engine.js";

export interface Talk {
  title: string;
  on: "wa" | "tg";
  facts?: Partial<EngineFacts>;
  turns: [string | EngineInput, RegExp?][];
  /** Fields of the case as created (or updated, for an emergency case). */
  stored?: Record<string, unknown>;
  /** Fields the case must not have. */
  absent?: string[];
  /** No answer in the whole conversation may match. */
  never?: RegExp;
  /** Effects that must occur (fields matched partially). */
  effects?: Record<string, unknown>[];
  noCase?: boolean;
  /** The facts told (employer, P3MI...), exactly: nothing more was read into the answers. */
  toldFacts?: Record<string, string>;
  /** Words each of which must be in the stored story. */
  description?: string[];
}

// What the bot says, by pattern.
const ASK_WHO = /sendiri atau untuk anggota keluarga/;
const ASK_WORKER_NAME = /Siapa nama lengkap pekerja migran/;
const ASK_WORKER_NAME_AGAIN = /Mohon tulis nama lengkap pekerja migran/;
const ASK_OWN_NAME = /nama lengkap Bapak\/Ibu\?/;
const ASK_REGION = /kabupaten\/kota dan provinsi/;
const ASK_COUNTRY = /Di negara mana/;
const ASK_PHASE = /Belum berangkat, masih bekerja di luar negeri, atau sudah pulang/;
const ASK_PHASE_AGAIN = /belum menangkap jawabannya/;
const CONFIRM = /setuju data ini kami proses/;
const CONFIRM_AGAIN = /Mohon balas YA untuk mengirim/;
const CREATED = /<caseCreated>/;
const EMERGENCY_CREATED = /<emergencyCaseCreated>/;
const CANCELLED = /dibatalkan/;
const LOOKUP = /<statusLookup>/;
const BAD_TICKET = /nomor tiket tidak kami kenali.*PMI-7K3M9X/s;
const ASK_TICKET = /tulis nomor tiket pengaduan/;
const NEW_PROBLEM = /Apakah ini masalah baru/;
const REOPENED = /Pengaduan PMI-\w+ kami buka kembali/;
const ATTACHED = /sudah kami teruskan ke petugas/;
const SELF_NOTED = /untuk diri Bapak\/Ibu sendiri/;
const MENU = /1\. Buat pengaduan/;
// The optional questions about the facts of the case (employer, P3MI...), each with "Lewati".
const ASK_EMPLOYER = /Siapa nama majikan/;
/** A ship's crew (ABK) is asked for the ship and its company instead. */
const ASK_SHIP =
  /Apa nama kapal tempat (Bapak\/Ibu|pekerja migran tersebut) bekerja, dan nama perusahaan pemilik atau pengelola kapalnya\?/;
const ASK_P3MI = /perusahaan penempatan \(P3MI\)/;
const ASK_SECTOR = /Apa pekerjaan/;
const ASK_DEPARTURE = /berangkat, atau dijanjikan berangkat/;
const ASK_PASSPORT = /nomor paspor/;
const ASK_CITY = /Di kota mana/;

const OPEN_GAJI = { openCase: { id: "case-open", ticket: "PMI-4HRPY3", kind: "GAJI", extraKinds: [], country: "Malaysia" } };
const RESOLVED_DOKUMEN = {
  resolvedCase: { id: "case-done", ticket: "PMI-9TXK4M", kind: "DOKUMEN_DITAHAN", extraKinds: [], country: "Taiwan" },
};
const RESOLVED_GAJI = { resolvedCase: { id: "case-done", ticket: "PMI-9TXK4M", kind: "GAJI", extraKinds: [], country: "Hong Kong" } };

/** Polite address followed by "saya/sy/aku" is not a relative: the writer reports for themself. */
const politeAddress: Talk[] = [
  {
    title: "assalamualaikum pak, sy kerja di taiwan (the issue's own words)",
    on: "wa",
    turns: [
      ["assalamualaikum pak, sy kerja di taiwan gaji sy blm dibayar 3 bln", ASK_OWN_NAME],
      // Asked of the writer themself, not of "pekerja migran tersebut".
      ["Sri Wahyuni", /provinsi mana Bapak\/Ibu berasal/],
      ["lampung timur", ASK_EMPLOYER],
      ["Mr Tan", ASK_P3MI],
      ["PT Maju Jaya", ASK_SECTOR],
      ["1", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Sri Wahyuni", regionId: "ID-LA", country: "Taiwan", consent: true },
    absent: ["relationship"],
  },
  {
    title: "selamat siang bu saya mau lapor gaji tdk dibayar majikan",
    on: "wa",
    turns: [
      ["selamat siang bu saya mau lapor gaji tdk dibayar majikan di malaysia", ASK_OWN_NAME],
      ["lewati", ASK_REGION],
      ["asahan", ASK_EMPLOYER],
      ["gak tau", ASK_P3MI],
      ["lupa", CONFIRM],
      ["iya", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, country: "Malaysia", regionId: "KAB-ASAHAN" },
    absent: ["relationship", "workerName"],
  },
  {
    title: "mbak, aku kerja di hongkong, paspor ditahan agensi",
    on: "wa",
    turns: [
      ["mbak, aku kerja di hongkong, paspor ku ditahan agensi", ASK_OWN_NAME],
      ["Nur Aini", ASK_REGION],
      ["blitar jatim", ASK_PASSPORT],
      ["C1234567", ASK_EMPLOYER],
      ["lewati", CONFIRM],
      ["ok", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Nur Aini", country: "Hong Kong", regionId: "ID-JI" },
    absent: ["relationship"],
  },
  {
    title: "kak aku gak digaji udh 4 bulan di saudi",
    on: "wa",
    turns: [
      ["kak aku gak digaji udh 4 bulan di saudi", ASK_OWN_NAME],
      ["nama saya Siti Rohmah", ASK_REGION],
      ["indramayu", ASK_EMPLOYER],
      ["madam Lee", ASK_P3MI],
      ["PT nya lupa", ASK_SECTOR],
      ["lewati", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Siti Rohmah", country: "Arab Saudi", regionId: "ID-JB" },
    absent: ["relationship"],
  },
  {
    title: "bang, saya ABK di kapal taiwan gaji dipotong terus",
    on: "wa",
    turns: [
      ["bang, saya ABK di kapal taiwan gaji dipotong terus", ASK_OWN_NAME],
      ["Rudi", ASK_REGION],
      ["cilacap jateng", ASK_SHIP],
      ["namanya Ahmad", ASK_P3MI],
      ["pt sinar abadi", CONFIRM],
      ["kirim", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Rudi", country: "Taiwan", regionId: "ID-JT" },
    absent: ["relationship"],
  },
  {
    title: "teh, abdi didamel di saudi teu acan dibayar (Sundanese)",
    on: "wa",
    turns: [
      ["teh, abdi didamel di saudi gajih teu acan dibayar 5 bulan", ASK_OWN_NAME],
      ["Euis", ASK_REGION],
      ["indramayu jawa barat", ASK_EMPLOYER],
      ["tidak tahu", ASK_P3MI],
      ["-", CONFIRM],
      ["muhun, kirim", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Euis", country: "Arab Saudi" },
    absent: ["relationship"],
  },
  {
    title: "cik, saya nak balik tapi majikan tak bagi (Malay)",
    on: "wa",
    turns: [
      ["cik, saya nak balik kampung tapi majikan tak bagi, saya kerja di malaysia", ASK_OWN_NAME],
      ["Wati", ASK_REGION],
      ["lombok timur NTB", ASK_CITY],
      ["Kuala Lumpur", ASK_EMPLOYER],
      ["Mr. Wong", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Wati", country: "Malaysia", regionId: "ID-NB" },
    absent: ["relationship"],
  },
  {
    title: "pak tolong sy, agen minta uang lagi padahal sdh bayar",
    on: "wa",
    turns: [
      ["pak tolong sy, agen minta uang 15 juta lagi padahal sdh bayar biaya penempatan, sy masih di rumah", ASK_OWN_NAME],
      ["Dedi Kurniawan", ASK_REGION],
      ["kab pekalongan", ASK_COUNTRY],
      ["belum berangkat", ASK_P3MI],
      ["skip", CONFIRM],
      ["ya benar", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Dedi Kurniawan", regionId: "KAB-PEKALONGAN", country: "Belum berangkat" },
    absent: ["relationship"],
  },
  {
    title: "mas saya mau tanya, gaji saya dipotong agency taiwan",
    on: "wa",
    turns: [
      ["mas saya mau lapor, gaji saya dipotong agency di taiwan tiap bulan", ASK_OWN_NAME],
      ["Yuli", ASK_REGION],
      ["kendal", ASK_EMPLOYER],
      ["gatau namanya", ASK_P3MI],
      ["PT Bumi Mas", ASK_SECTOR],
      ["kilang", CONFIRM],
      ["iya kirim", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Yuli", country: "Taiwan" },
    absent: ["relationship"],
  },
  {
    title: "Assalamualaikum bapak, saya dari lampung kerja di korea di PHK sepihak",
    on: "wa",
    turns: [
      ["Assalamualaikum bapak, saya dari lampung kerja di korea di PHK sepihak tanpa pesangon", ASK_OWN_NAME],
      ["Agus Salim", ASK_EMPLOYER],
      ["majikan saya Puan Aishah", ASK_P3MI],
      ["PT Bina Karya", ASK_SECTOR],
      ["3", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Agus Salim", regionId: "ID-LA", country: "Korea Selatan" },
    absent: ["relationship"],
  },
  {
    title: "permisi bu saya mau lapor, majikan sy blm bayar gaji",
    on: "wa",
    turns: [
      ["permisi bu saya mau lapor, majikan sy blm bayar gaji 2 bulan", ASK_OWN_NAME],
      ["Ani", ASK_REGION],
      ["medan", ASK_COUNTRY],
      ["di singapura", ASK_EMPLOYER],
      ["-", ASK_P3MI],
      ["tak ingat", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Ani", regionId: "ID-SU" },
    absent: ["relationship"],
  },
  {
    title: "pagi kak, aku TKW di taiwan, agency ga mau kembaliin paspor",
    on: "wa",
    turns: [
      ["pagi kak, aku TKW di taiwan, agency ga mau kembaliin paspor aku", ASK_OWN_NAME],
      ["Lestari", ASK_REGION],
      ["jakarta timur", CONFIRM],
      ["udah bener", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Lestari", country: "Taiwan", regionId: "ID-JK" },
    absent: ["relationship"],
  },
  {
    title: "halo min, gw kerja di malaysia gaji ga dibayar",
    on: "wa",
    turns: [
      ["halo min, gw kerja di malaysia gaji ga dibayar udh 3 bulan", ASK_OWN_NAME],
      ["-", ASK_REGION],
      ["lampung", ASK_EMPLOYER],
      ["Mr Tan", ASK_P3MI],
      ["lewati", ASK_SECTOR],
      ["gak tau", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, country: "Malaysia", regionId: "ID-LA" },
    absent: ["relationship", "workerName"],
  },
  {
    title: "telegram: pak, sy sendiri yang kerja di hongkong (a worker on Telegram)",
    on: "tg",
    turns: [
      ["pak, sy kerja di hongkong, gaji saya dipotong agency terus", ASK_OWN_NAME],
      ["Maryam", ASK_REGION],
      ["jakarta", ASK_EMPLOYER],
      ["gak tau", ASK_P3MI],
      ["PT Maju Jaya", ASK_SECTOR],
      ["2", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Maryam", country: "Hong Kong" },
    absent: ["relationship"],
  },
  {
    title: "bapak saya (a real father) is still a relative",
    on: "tg",
    turns: [
      ["bapak saya kerja di taiwan gajinya tidak dibayar 6 bulan", ASK_WORKER_NAME],
      ["Sutrisno", ASK_REGION],
      ["lampung timur", ASK_EMPLOYER],
      ["lewati", ASK_P3MI],
      ["lupa", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: true, relationship: "ayah", workerName: "Sutrisno", country: "Taiwan" },
  },
];

/** Families on Telegram: relationship read from their words, the worker's name asked. */
const families: Talk[] = [
  {
    title: "a death told by the worker's child: the name of the deceased is asked, never their WhatsApp number",
    on: "tg",
    turns: [
      [
        "innalillahi, ibu sy meninggal di saudi bulan lalu, jenazah blm dipulangkan, agen gk ada kabar. gimana cara bawa pulang?",
        /siapa nama lengkap almarhum\/almarhumah\?/,
      ],
      ["Almh. Sumarni binti Kasim", ASK_REGION],
    ],
    never: /nomor WhatsApp-nya|pertanyaan di atas/,
    stored: { kind: "MENINGGAL", onBehalf: true, relationship: "ibu", country: "Arab Saudi" },
  },
  {
    title: "adik saya di malaysia gajinya tidak dibayar",
    on: "tg",
    turns: [
      ["adik saya di malaysia gajinya tidak dibayar, kami dari lampung", ASK_WORKER_NAME],
      ["Siti Aminah, 0812-3456-7890", ASK_EMPLOYER],
      ["madam Lee", ASK_P3MI],
      ["PT nya lupa", ASK_SECTOR],
      ["1", CONFIRM],
      ["ya", CREATED],
    ],
    stored: {
      onBehalf: true,
      relationship: "adik",
      workerName: "Siti Aminah",
      workerPhone: "+6281234567890",
      regionId: "ID-LA",
      country: "Malaysia",
    },
  },
  {
    title: "anak sy di hongkong paspornya ditahan agen",
    on: "tg",
    turns: [
      ["anak sy di hongkong paspornya ditahan agen", ASK_WORKER_NAME],
      ["Dewi Sartika", ASK_REGION],
      ["kab pekalongan", ASK_PASSPORT],
      ["gak tau", ASK_EMPLOYER],
      ["namanya Ahmad", CONFIRM],
      ["iya", CREATED],
    ],
    stored: { onBehalf: true, relationship: "anak", workerName: "Dewi Sartika", regionId: "KAB-PEKALONGAN", country: "Hong Kong" },
  },
  {
    title: "istri saya kerja di saudi, sudah 2 tahun gaji blm dibayar",
    on: "tg",
    turns: [
      ["istri saya kerja di saudi, sudah 2 tahun gaji blm dibayar", ASK_WORKER_NAME],
      ["namanya Kartini binti Rasman", ASK_REGION],
      ["dari indramayu", ASK_EMPLOYER],
      ["tidak tahu", ASK_P3MI],
      ["pt sinar abadi", ASK_SECTOR],
      ["pabrik", CONFIRM],
      ["ya kirim", CREATED],
    ],
    stored: { onBehalf: true, relationship: "istri", workerName: "Kartini binti Rasman", country: "Arab Saudi", regionId: "ID-JB" },
  },
  {
    title: "suami saya ABK di kapal korea, kontraknya diputus",
    on: "tg",
    turns: [
      ["suami saya ABK kapal di korea, kontraknya diputus sepihak", ASK_WORKER_NAME],
      ["Slamet, suami saya", ASK_REGION],
      ["cilacap", ASK_SHIP],
      ["Mr. Wong", ASK_P3MI],
      ["-", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: true, relationship: "suami", workerName: "Slamet", country: "Korea Selatan" },
  },
  {
    title: "anakku di taiwan ga bisa dihubungi (Javanese -ku)",
    on: "tg",
    turns: [
      ["anakku kerja ning taiwan wis 3 sasi ora iso dihubungi", ASK_WORKER_NAME],
      ["Rini Astuti", ASK_REGION],
      ["blitar", ASK_CITY],
      ["tidak tahu", ASK_EMPLOYER],
      ["gatau namanya", CONFIRM],
      ["nggih", CREATED],
    ],
    stored: { onBehalf: true, relationship: "anak", workerName: "Rini Astuti", country: "Taiwan" },
  },
  {
    title: "saya ibunya, anak saya di malaysia gaji dipotong",
    on: "tg",
    turns: [
      ["saya ibunya, dia kerja di malaysia gajinya dipotong agen", ASK_WORKER_NAME],
      ["Nurul Hidayah", ASK_REGION],
      ["lampung", ASK_EMPLOYER],
      ["majikan saya Puan Aishah", ASK_P3MI],
      ["gak tau", ASK_SECTOR],
      ["lewati", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: true, relationship: "anak", workerName: "Nurul Hidayah" },
  },
  {
    title: "kakak saya di brunei, majikan tak bayar gaji (Malay mix)",
    on: "tg",
    turns: [
      ["kakak saya kerja di brunei, majikan tak bayar gaji dah 4 bulan", ASK_WORKER_NAME],
      ["Ratna", ASK_REGION],
      ["asahan sumut", ASK_EMPLOYER],
      ["-", ASK_P3MI],
      ["PT Bina Karya", ASK_SECTOR],
      ["jaga nenek", CONFIRM],
      ["betul", CREATED],
    ],
    stored: { onBehalf: true, relationship: "kakak", workerName: "Ratna", country: "Brunei Darussalam", regionId: "KAB-ASAHAN" },
  },
  {
    title: "a family member answers 'for whom' in words: untuk adik",
    on: "tg",
    turns: [
      ["gajinya sudah 4 bulan tidak dibayar majikan di malaysia", ASK_WHO],
      ["untuk adik", ASK_WORKER_NAME],
      ["Wulan", ASK_REGION],
      ["lampung", ASK_EMPLOYER],
      ["Mr Tan", ASK_P3MI],
      ["tak ingat", ASK_SECTOR],
      ["kilang", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: true, relationship: "adik", workerName: "Wulan" },
  },
  {
    title: "a family member answers 'for whom' with 2 and the buttons' words",
    on: "tg",
    turns: [
      ["paspornya ditahan agen di taiwan", ASK_WHO],
      ["2", ASK_WORKER_NAME],
      ["Siti, keponakan saya", ASK_REGION],
      ["kab pekalongan", ASK_PASSPORT],
      ["tidak ingat", ASK_EMPLOYER],
      ["gak tau", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: true, relationship: "keponakan", workerName: "Siti" },
  },
  {
    title: "the family button 'Untuk keluarga saya'",
    on: "tg",
    turns: [
      ["gajinya dipotong terus di hongkong", ASK_WHO],
      [{ kind: "text", text: "", action: "answer:family" }, ASK_WORKER_NAME],
      ["Marni, sepupu saya, wa +852 6123 4567", ASK_REGION],
      ["jakarta", ASK_EMPLOYER],
      ["lewati", ASK_P3MI],
      ["lewati", CONFIRM],
      [{ kind: "text", text: "", action: "answer:yes" }, CREATED],
    ],
    stored: { onBehalf: true, relationship: "sepupu", workerName: "Marni", workerPhone: "+85261234567" },
  },
  {
    title: "teman saya (a friend) reports for a worker",
    on: "tg",
    turns: [
      ["teman saya di malaysia gajinya tidak dibayar dan paspor ditahan", ASK_WORKER_NAME],
      ["Yanti", ASK_REGION],
      ["lampung", ASK_EMPLOYER],
      ["madam Lee", ASK_P3MI],
      ["PT Maju Jaya", ASK_SECTOR],
      ["PRT", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: true, relationship: "teman", workerName: "Yanti" },
  },
  {
    title: "suami sy ditahan polisi di malaysia (emergency for a relative)",
    on: "tg",
    turns: [
      ["pak tolong suami sy ditahan polisi di malaysia krn paspor mati", EMERGENCY_CREATED],
      ["dia di penjara kajang, belum bisa dihubungi"],
      ["Bambang", ASK_REGION],
      ["kab pekalongan"],
    ],
    stored: { onBehalf: true, relationship: "suami", workerName: "Bambang", regionId: "KAB-PEKALONGAN", country: "Malaysia" },
  },
  {
    title: "a family writes with the worker's name in the first message and the phone later",
    on: "tg",
    turns: [
      ["adik saya Siti kerja di taiwan, gaji tidak dibayar", ASK_WORKER_NAME],
      ["Siti Nurhaliza adik saya no wa 0857 1234 5678", ASK_REGION],
      ["lampung timur", ASK_EMPLOYER],
      ["namanya Ahmad", ASK_P3MI],
      ["lupa", ASK_SECTOR],
      ["gak tau", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { workerName: "Siti Nurhaliza", workerPhone: "+6285712345678", relationship: "adik" },
  },
  {
    title: "saya ibu dari Sari yang kerja di arab",
    on: "tg",
    turns: [
      ["saya ibu dari Sari yang kerja di arab, gajinya tidak dibayar", ASK_WORKER_NAME],
      ["Sari Wulandari", ASK_REGION],
      ["indramayu", ASK_EMPLOYER],
      ["tidak tahu", ASK_P3MI],
      ["PT nya lupa", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: true, relationship: "anak", workerName: "Sari Wulandari", country: "Arab Saudi" },
  },
];

/** Answers at the worker's-name step that are not names. */
const nameCorrections: Talk[] = [
  {
    title: "a place told at the own-name step is the region, not a name: sy dari lampung timur",
    on: "wa",
    turns: [
      ["assalamualaikum pak, sy kerja di malaysia gaji sy blm dibayar 3 bln", ASK_OWN_NAME],
      ["sy dari lampung timur", ASK_EMPLOYER],
      ["Mr. Wong", ASK_P3MI],
      ["pt sinar abadi", ASK_SECTOR],
      ["kebun sawit", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: false, regionId: "ID-LA", country: "Malaysia" },
    absent: ["workerName"],
  },
  {
    title: "bukan pak, ini sy sendiri yg kerja (the issue's correction)",
    on: "tg",
    turns: [
      ["gajinya sudah 4 bulan tidak dibayar majikan di malaysia", ASK_WHO],
      ["2", ASK_WORKER_NAME],
      ["bukan pak, ini sy sendiri yg kerja", SELF_NOTED],
      ["Rahmawati", ASK_REGION],
      ["lampung", ASK_EMPLOYER],
      ["gatau namanya", ASK_P3MI],
      ["-", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: false, workerName: "Rahmawati" },
    absent: ["relationship"],
  },
  {
    title: "the correction also asks the writer's own name",
    on: "tg",
    turns: [
      ["bapak saya kerja di taiwan gaji dipotong", ASK_WORKER_NAME],
      ["bukan, saya sendiri yang bekerja di taiwan", ASK_OWN_NAME],
      ["lewati", ASK_REGION],
      ["jakarta", ASK_EMPLOYER],
      ["majikan saya Puan Aishah", ASK_P3MI],
      ["skip", ASK_SECTOR],
      ["pabrik", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: false },
    absent: ["relationship", "workerName"],
  },
  {
    title: "a relation word alone is not a name: kakak",
    on: "tg",
    turns: [
      ["gaji tidak dibayar 3 bulan di hongkong", ASK_WHO],
      ["keluarga", ASK_WORKER_NAME],
      ["kakak", ASK_WORKER_NAME_AGAIN],
      ["Lilis Suryani", ASK_REGION],
      ["jakarta", ASK_EMPLOYER],
      ["-", ASK_P3MI],
      ["gak tau", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: true, relationship: "kakak", workerName: "Lilis Suryani" },
  },
  {
    title: "adik saya alone, then the name",
    on: "tg",
    turns: [
      ["paspor ditahan agen di taiwan, tolong", ASK_WHO],
      ["2", ASK_WORKER_NAME],
      ["adik saya", ASK_WORKER_NAME_AGAIN],
      ["namanya Yuni", ASK_REGION],
      ["lampung", ASK_PASSPORT],
      ["lewati", ASK_EMPLOYER],
      ["Mr Tan", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { relationship: "adik", workerName: "Yuni" },
  },
  {
    title: "a family that does not know the full name skips it",
    on: "tg",
    turns: [
      ["keponakan saya di malaysia gajinya ditahan majikan", ASK_WORKER_NAME],
      ["tidak tahu", ASK_REGION],
      ["asahan", ASK_EMPLOYER],
      ["gak tau", ASK_P3MI],
      ["PT Bina Karya", ASK_SECTOR],
      ["jaga nenek", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: true, relationship: "keponakan" },
    absent: ["workerName"],
  },
  {
    title: "asked twice without a name, the intake moves on",
    on: "tg",
    turns: [
      ["anak saya di hongkong belum digaji", ASK_WORKER_NAME],
      ["anak saya", ASK_WORKER_NAME_AGAIN],
      ["anaknya", ASK_REGION],
      ["jakarta", ASK_EMPLOYER],
      ["lewati", ASK_P3MI],
      ["tak ingat", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: true, relationship: "anak" },
    absent: ["workerName"],
  },
  {
    title: "a worker asked their own name first says it was for a relative after all",
    on: "wa",
    turns: [
      ["gaji saya dipotong majikan di taiwan", ASK_OWN_NAME],
      ["bukan saya, adik saya yang kerja di taiwan", ASK_WORKER_NAME],
      ["Tini", ASK_REGION],
      ["blitar", ASK_EMPLOYER],
      ["madam Lee", ASK_P3MI],
      ["lewati", ASK_SECTOR],
      ["3", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: true, relationship: "adik", workerName: "Tini" },
  },
  {
    title: "the own-name answer tells more of the story: kept, not taken as a name",
    on: "wa",
    turns: [
      ["gaji saya dipotong agen di taiwan", ASK_OWN_NAME],
      ["saya sudah 2 tahun kerja dan potongannya 5 juta", ASK_REGION],
      ["jakarta", ASK_EMPLOYER],
      ["namanya Ahmad", ASK_P3MI],
      ["PT Maju Jaya", ASK_SECTOR],
      ["PRT", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: false },
    absent: ["workerName"],
    description: ["potongannya 5 juta"],
  },
];

/** The writer is clearly the worker: no "untuk diri sendiri atau keluarga?". */
const clearlySelf: Talk[] = [
  {
    title: "sy dipukul majikan (the issue's own words)",
    on: "wa",
    turns: [
      ["sy dipukul majikan tiap hari di taiwan", EMERGENCY_CREATED],
      ["sekarang sy di kamar, takut", ASK_OWN_NAME],
      ["Fitri", ASK_REGION],
      ["lampung timur"],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Fitri", regionId: "ID-LA", urgency: "EMERGENCY" },
  },
  {
    title: "aku disiksa majikan, tolong (emergency, Javanese pronoun)",
    on: "wa",
    turns: [
      ["tolong aku disiksa majikan di hongkong", EMERGENCY_CREATED],
      ["aku aman sekarang di shelter", ASK_OWN_NAME],
      ["Sumiati", ASK_REGION],
      ["blitar jawa timur"],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Sumiati", regionId: "ID-JI" },
  },
  {
    title: "saya dikurung majikan tidak boleh keluar",
    on: "wa",
    turns: [
      ["saya dikurung majikan di saudi tidak boleh keluar rumah", EMERGENCY_CREATED],
      ["masih di rumah majikan", ASK_OWN_NAME],
      ["lewati", ASK_REGION],
      ["indramayu"],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, regionId: "ID-JB" },
    absent: ["workerName"],
  },
  {
    title: "gaji saya belum dibayar: the writer's own wages",
    on: "wa",
    turns: [
      ["gaji saya belum dibayar 3 bulan sama majikan di malaysia", ASK_OWN_NAME],
      ["Rohani", ASK_REGION],
      ["lampung", ASK_EMPLOYER],
      ["tidak tahu", ASK_P3MI],
      ["lupa", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Rohani" },
  },
  {
    title: "paspor sy ditahan agen",
    on: "wa",
    turns: [
      ["paspor sy ditahan agen di taiwan, ga dikasih", ASK_OWN_NAME],
      ["Mega", ASK_REGION],
      ["jakarta", ASK_PASSPORT],
      ["C1234567", ASK_EMPLOYER],
      ["Mr. Wong", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Mega" },
  },
  {
    title: "nama saya in the first message: the name is not asked",
    on: "wa",
    turns: [
      ["nama saya Dewi Lestari dari lampung, kerja di taiwan, gaji saya dipotong agency", ASK_EMPLOYER],
      ["gatau namanya", ASK_P3MI],
      ["PT nya lupa", CONFIRM],
      ["ya", CREATED],
    ],
    never: /nama lengkap/,
    stored: { onBehalf: false, workerName: "Dewi Lestari", regionId: "ID-LA", country: "Taiwan" },
  },
  {
    title: "a message about someone else (dia) still asks for whom",
    on: "wa",
    turns: [
      ["saya mau lapor, dia gajinya tidak dibayar di malaysia", ASK_WHO],
      ["untuk keluarga", ASK_WORKER_NAME],
      ["Eka", ASK_REGION],
      ["lampung", ASK_EMPLOYER],
      ["majikan saya Puan Aishah", ASK_P3MI],
      ["pt sinar abadi", ASK_SECTOR],
      ["kebun sawit", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: true, workerName: "Eka" },
  },
  {
    title: "no pronoun at all: asked, answered 1",
    on: "wa",
    turns: [
      ["gaji belum dibayar 2 bulan di taiwan", ASK_WHO],
      ["1", ASK_OWN_NAME],
      ["Ika", ASK_REGION],
      ["kendal", ASK_EMPLOYER],
      ["-", ASK_P3MI],
      ["-", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: false, workerName: "Ika" },
  },
  {
    title: "the self button",
    on: "wa",
    turns: [
      ["kontrak diputus sepihak di korea", ASK_WHO],
      [{ kind: "text", text: "", action: "answer:self" }, ASK_OWN_NAME],
      ["Andi", ASK_REGION],
      ["lampung", ASK_EMPLOYER],
      ["Mr Tan", ASK_P3MI],
      ["skip", ASK_SECTOR],
      ["pabrik", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { onBehalf: false, workerName: "Andi", country: "Korea Selatan" },
  },
  {
    title: "sy mau pulang tapi majikan tidak kasih (Malaysia)",
    on: "wa",
    turns: [
      ["sy mau pulang ke indonesia tapi majikan tidak kasih, kontrak sudah habis, di malaysia", ASK_OWN_NAME],
      ["Sulastri", ASK_REGION],
      ["lombok timur", ASK_CITY],
      ["di Taichung", ASK_EMPLOYER],
      ["gak tau", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Sulastri", regionId: "ID-NB" },
  },
];

/** Status lookups in the middle of a complaint, and tickets in the wrong shape. */
const ticketsMidway: Talk[] = [
  {
    title: "CEK PMI-XXXXXX mid-intake is looked up, and the intake goes on",
    on: "wa",
    turns: [
      ["gaji saya belum dibayar di malaysia", ASK_OWN_NAME],
      ["CEK PMI-7K3M9X", LOOKUP],
      ["Ningsih", ASK_REGION],
      ["lampung", ASK_EMPLOYER],
      ["lewati", ASK_P3MI],
      ["gak tau", CONFIRM],
      ["ya", CREATED],
    ],
    effects: [{ type: "statusLookup", ticket: "PMI-7K3M9X" }],
    stored: { workerName: "Ningsih", regionId: "ID-LA" },
  },
  {
    title: "the lookup mid-intake asks the pending question again",
    on: "wa",
    turns: [
      ["gaji saya dipotong agen di taiwan", ASK_OWN_NAME],
      ["Tuti", ASK_REGION],
      ["cek pmi 7k3 m9x", ASK_REGION],
      ["jakarta", ASK_EMPLOYER],
      ["madam Lee", ASK_P3MI],
      ["PT Bina Karya", ASK_SECTOR],
      ["jaga nenek", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { workerName: "Tuti", regionId: "ID-JK" },
  },
  {
    title: "a bare ticket at the confirmation is looked up, not taken as more story",
    on: "wa",
    turns: [
      ["paspor saya ditahan agen, saya dari jakarta, kerja di hongkong", ASK_OWN_NAME],
      ["lewati", ASK_PASSPORT],
      ["gak tau", ASK_EMPLOYER],
      ["namanya Ahmad", CONFIRM],
      ["PMI-7K3M9X", LOOKUP],
      ["ya", CREATED],
    ],
    stored: { description: ["paspor saya ditahan agen, saya dari jakarta, kerja di hongkong"] },
  },
  {
    title: "cek status with a wrong-shaped ticket gets the example, not the menu",
    on: "wa",
    turns: [["cek status PMI-12345", BAD_TICKET]],
    never: MENU,
    noCase: true,
  },
  {
    title: "cek tiket with digits only",
    on: "tg",
    turns: [["cek tiket 123456", BAD_TICKET]],
    never: MENU,
    noCase: true,
  },
  {
    title: "cek status without a number asks for it",
    on: "wa",
    turns: [
      ["cek status", ASK_TICKET],
      ["PMI-7K3M9X", LOOKUP],
    ],
    effects: [{ type: "statusLookup", ticket: "PMI-7K3M9X" }],
  },
  {
    title: "a wrong-shaped ticket mid-intake gets the example and the question again",
    on: "wa",
    turns: [
      ["gaji saya belum dibayar di taiwan", ASK_OWN_NAME],
      ["cek PMI-7K3M", BAD_TICKET],
      ["Sinta", ASK_REGION],
    ],
    never: MENU,
  },
  {
    title: "status tiket with spaces and lowercase",
    on: "tg",
    turns: [["status tiket pmi 7k3 m9x ya min", LOOKUP]],
    effects: [{ type: "statusLookup", ticket: "PMI-7K3M9X" }],
  },
  {
    title: "a story that starts with 'cek' is not a status request",
    on: "wa",
    turns: [["cek hp saya diambil majikan semua, saya tidak boleh telpon keluarga di malaysia"]],
    never: BAD_TICKET,
    effects: [{ type: "createCase" }],
  },
  {
    title: "menu option 3 then a malformed ticket",
    on: "wa",
    turns: [
      ["menu", MENU],
      ["3", ASK_TICKET],
      ["PMI 12", BAD_TICKET],
    ],
  },
];

/** The confirmation: nothing to add confirms; only a clear cancel cancels. */
const confirmations: Talk[] = [
  ...[
    "tidak ada tambahan",
    "nggak, sudah benar",
    "udah itu aja",
    "gk ada tambahan pak",
    "sudah cukup",
    "itu aja kak",
    "sudah benar semua",
    "betul",
    "ya, kirim",
    "sip kirim",
    "nggih, sampun leres",
    "tidak ada lagi",
  ].map(
    (answer): Talk => ({
      title: `confirms with "${answer}"`,
      on: "wa",
      turns: [
        ["gaji saya belum dibayar 3 bulan, saya dari lampung, kerja di malaysia", ASK_OWN_NAME],
        ["Yati", ASK_EMPLOYER],
        ["gak tau", ASK_P3MI],
        ["PT Maju Jaya", ASK_SECTOR],
        ["1", CONFIRM],
        [answer, CREATED],
      ],
      never: CANCELLED,
      stored: { consent: true, workerName: "Yati", facts: { placementCompany: "PT Maju Jaya", workSector: "PRT" } },
    }),
  ),
  ...["batal", "tidak jadi", "jangan dikirim", "gak usah dikirim", "tidak setuju"].map(
    (answer): Talk => ({
      title: `cancels with "${answer}"`,
      on: "tg",
      turns: [
        ["adik saya di malaysia gajinya tidak dibayar, kami dari lampung", ASK_WORKER_NAME],
        ["Sri", ASK_EMPLOYER],
        ["lewati", ASK_P3MI],
        ["lewati", CONFIRM],
        [answer, CANCELLED],
      ],
      noCase: true,
    }),
  ),
  {
    title: "a bare 'tidak' neither sends nor cancels",
    on: "wa",
    turns: [
      ["gaji saya belum dibayar 3 bulan, saya dari lampung, kerja di malaysia", ASK_OWN_NAME],
      ["Yati", ASK_EMPLOYER],
      ["lewati", ASK_P3MI],
      ["skip", CONFIRM],
      ["tidak", CONFIRM_AGAIN],
      ["ya", CREATED],
    ],
    never: CANCELLED,
  },
  {
    title: "'ya tapi daerahnya salah' is not a yes",
    on: "wa",
    turns: [
      ["gaji saya belum dibayar 3 bulan, saya dari lampung, kerja di malaysia", ASK_OWN_NAME],
      ["Yati", ASK_EMPLOYER],
      ["madam Lee", ASK_P3MI],
      ["gak tau", ASK_SECTOR],
      ["lewati", CONFIRM],
      ["ya tapi daerahnya salah", CONFIRM],
    ],
    noCase: true,
    description: ["daerahnya salah"],
  },
  {
    title: "more story at the confirmation is kept and the summary shown again",
    on: "wa",
    turns: [
      ["paspor saya ditahan agen, saya dari jakarta, kerja di hongkong", ASK_OWN_NAME],
      ["Rina", ASK_PASSPORT],
      ["tidak ingat", ASK_EMPLOYER],
      ["namanya Ahmad", CONFIRM],
      ["oh ya gaji saya juga belum dibayar 2 bulan", CONFIRM],
      ["udah itu aja", CREATED],
    ],
    description: ["gaji saya juga belum dibayar"],
  },
];

/** Replies after a case: follow-ups, reopening a resolved case, and new problems. */
const afterACase: Talk[] = [
  {
    title: "a reply to a case resolved last week reopens it instead of a new intake",
    on: "wa",
    facts: RESOLVED_DOKUMEN,
    turns: [["pak paspor saya masih belum dikembalikan sama agency nya", REOPENED]],
    effects: [{ type: "reopenCase", caseId: "case-done" }],
    noCase: true,
  },
  {
    title: "a thank-you after resolution does not reopen",
    on: "wa",
    facts: RESOLVED_DOKUMEN,
    turns: [["terima kasih banyak pak", /Sama-sama/]],
    effects: [{ type: "attachToCase", caseId: "case-done" }],
    noCase: true,
    never: REOPENED,
  },
  {
    title: "a greeting after resolution shows the menu",
    on: "wa",
    facts: RESOLVED_DOKUMEN,
    turns: [["halo", MENU]],
    noCase: true,
  },
  {
    title: "another country after resolution asks once, and yes starts a new case",
    on: "wa",
    facts: RESOLVED_DOKUMEN,
    turns: [
      ["sekarang saya kerja di malaysia dan gaji saya tidak dibayar majikan 3 bulan", NEW_PROBLEM],
      ["iya masalah baru", ASK_OWN_NAME],
      ["Yanti", ASK_REGION],
      ["lampung", ASK_EMPLOYER],
      ["tidak tahu", ASK_P3MI],
      ["PT Bina Karya", ASK_SECTOR],
      ["jaga nenek", CONFIRM],
      ["ya", CREATED],
    ],
    stored: {
      country: "Malaysia",
      workerName: "Yanti",
      description: ["sekarang saya kerja di malaysia dan gaji saya tidak dibayar majikan 3 bulan"],
    },
  },
  {
    title: "another kind of problem after resolution: 'bukan' keeps it with the old case and reopens it",
    on: "wa",
    facts: RESOLVED_DOKUMEN,
    turns: [
      ["majikan potong gaji saya sampai separuh sejak bulan lalu di taiwan", NEW_PROBLEM],
      ["bukan, masih yang sama", REOPENED],
    ],
    effects: [{ type: "reopenCase", caseId: "case-done", since: expect.any(String) }],
    noCase: true,
  },
  {
    title: "the new-problem buttons",
    on: "wa",
    facts: RESOLVED_GAJI,
    turns: [
      ["paspor saya ditahan agensi baru saya dan saya tidak bisa pulang cuti", NEW_PROBLEM],
      [{ kind: "text", text: "", action: "newproblem:yes" }, ASK_OWN_NAME],
    ],
  },
  {
    title: "an open case: the same problem is a follow-up",
    on: "wa",
    facts: OPEN_GAJI,
    turns: [["pak gaji saya sudah 4 bulan sekarang belum dibayar juga", ATTACHED]],
    effects: [{ type: "attachToCase", caseId: "case-open" }],
    noCase: true,
    never: NEW_PROBLEM,
  },
  {
    title: "an open case in Malaysia, a message about Taiwan asks once",
    on: "wa",
    facts: OPEN_GAJI,
    turns: [
      ["saya sekarang pindah kerja ke taiwan dan agency minta biaya lagi 20 juta", NEW_PROBLEM],
      ["2", ATTACHED],
    ],
    effects: [{ type: "attachToCase", caseId: "case-open", since: expect.any(String) }],
    noCase: true,
  },
  {
    title: "an open case: a short question is a follow-up",
    on: "tg",
    facts: OPEN_GAJI,
    turns: [["sudah ada kabar belum pak?", ATTACHED]],
    noCase: true,
  },
  {
    title: "an open case: BARU starts a new complaint",
    on: "wa",
    facts: OPEN_GAJI,
    turns: [
      ["baru", /ceritakan masalahnya/],
      ["paspor saya ditahan majikan", ASK_OWN_NAME],
    ],
  },
  {
    title: "an emergency on an open case is attached at once, never asked about",
    on: "wa",
    facts: OPEN_GAJI,
    turns: [["tolong saya dipukul majikan sekarang", /0800-1000/]],
    effects: [{ type: "attachToCase", caseId: "case-open" }],
    never: NEW_PROBLEM,
  },
  {
    title: "an unclear answer to 'masalah baru?' starts a new intake with both messages",
    on: "wa",
    facts: RESOLVED_DOKUMEN,
    turns: [
      ["sekarang di hongkong majikan saya tidak kasih libur sama sekali selama setahun", NEW_PROBLEM],
      ["majikannya lain pak, di hongkong", ASK_OWN_NAME],
    ],
  },
];

/** Consent to a family member following a case: bound to the request. */
const consent: Talk[] = [
  {
    title: "a bare 'ya' to an officer's question is not consent",
    on: "wa",
    facts: { ...OPEN_GAJI, pendingConsent: { ticket: "PMI-4HRPY3" } },
    turns: [["ya", /YA PMI-4HRPY3/]],
    effects: [{ type: "attachToCase", caseId: "case-open" }],
    never: /sekarang akan menerima kabar/,
  },
  {
    title: "YA with the ticket answers the request",
    on: "wa",
    facts: { ...OPEN_GAJI, pendingConsent: { ticket: "PMI-4HRPY3" } },
    turns: [["ya pmi-4hrpy3", /<followResult>/]],
    effects: [{ type: "answerFollowRequest", approve: true, ticket: "PMI-4HRPY3" }],
  },
  {
    title: "TIDAK with the ticket refuses",
    on: "wa",
    facts: { ...OPEN_GAJI, pendingConsent: { ticket: "PMI-4HRPY3" } },
    turns: [["TIDAK PMI-4HRPY3", /<followResult>/]],
    effects: [{ type: "answerFollowRequest", approve: false, ticket: "PMI-4HRPY3" }],
  },
  {
    title: "YA with the ticket in the middle of an intake answers the request and the intake goes on",
    on: "wa",
    facts: { pendingConsent: { ticket: "PMI-4HRPY3" } },
    turns: [
      ["gaji saya dipotong agen di taiwan", ASK_OWN_NAME],
      ["YA PMI-4HRPY3", ASK_OWN_NAME],
      ["Susi", ASK_REGION],
    ],
    effects: [{ type: "answerFollowRequest", approve: true, ticket: "PMI-4HRPY3" }],
  },
  {
    title: "a family follows by deep link",
    on: "tg",
    turns: [["/start PMI-7K3M9X", /<followResult>/]],
    effects: [{ type: "followCase", ticket: "PMI-7K3M9X" }],
  },
];

/** Languages and spellings: Malay, Javanese, Sundanese, typos. */
const languages: Talk[] = [
  {
    title: "Malay: majikan tak bagi gaji, saya nak balik",
    on: "wa",
    turns: [
      ["majikan tak bagi gaji saya 3 bulan, saya nak balik indonesia, saya di johor malaysia", ASK_OWN_NAME],
      ["Aminah", ASK_REGION],
      ["sambas kalbar"],
    ],
    never: ASK_WHO,
  },
  {
    title: "Javanese: gajiku durung dibayar",
    on: "wa",
    turns: [
      ["gajiku durung dibayar wis 2 sasi, aku kerjo neng taiwan", ASK_OWN_NAME],
      ["Sri", ASK_REGION],
      ["kendal", ASK_EMPLOYER],
      ["Mr. Wong", ASK_P3MI],
      ["tak ingat", ASK_SECTOR],
      ["kilang", CONFIRM],
      ["nggih", CREATED],
    ],
    stored: { onBehalf: false, workerName: "Sri", country: "Taiwan" },
  },
  {
    title: "typos: gji sy blm dbyar",
    on: "wa",
    turns: [
      ["gji sy blm dbyar 3bln majikan di hk", ASK_OWN_NAME],
      ["Nining", ASK_REGION],
      ["lampung", ASK_EMPLOYER],
      ["gatau namanya", ASK_P3MI],
      ["lewati", CONFIRM],
      ["y", CREATED],
    ],
    stored: { onBehalf: false, workerName: "Nining", country: "Hong Kong" },
  },
  {
    title: "stretched letters and emoji",
    on: "wa",
    turns: [
      ["tolongggg pak 🙏🙏 gaji saya blm dibayar majikan di taiwan", ASK_OWN_NAME],
      ["Lina 🙏", ASK_REGION],
      ["jakarta", ASK_EMPLOYER],
      ["majikan saya Puan Aishah", ASK_P3MI],
      ["PT Maju Jaya", ASK_SECTOR],
      ["PRT", CONFIRM],
      ["iyaa", CREATED],
    ],
    stored: { workerName: "Lina" },
  },
  {
    title: "Sundanese family: anak abdi di saudi",
    on: "tg",
    turns: [
      ["anak saya di saudi teu acan dibayar gajihna", ASK_WORKER_NAME],
      ["Neng Siti", ASK_REGION],
      ["indramayu", ASK_EMPLOYER],
      ["-", ASK_P3MI],
      ["lupa", CONFIRM],
      ["muhun", CONFIRM_AGAIN],
      ["ya", CREATED],
    ],
    stored: { onBehalf: true, relationship: "anak", workerName: "Neng Siti" },
  },
  {
    title: "English words mixed in: my salary not paid",
    on: "wa",
    turns: [["my salary not paid 3 month, saya di singapore", ASK_OWN_NAME]],
    never: ASK_WHO,
  },
  {
    title: "a menu number then the story",
    on: "wa",
    turns: [
      ["halo", MENU],
      ["1", /ceritakan masalahnya/],
      ["gaji saya dipotong agency di hongkong", ASK_OWN_NAME],
      ["Eni", ASK_REGION],
    ],
  },
  {
    title: "a question about a placement company is answered, no case",
    on: "wa",
    turns: [["apakah PT Maju Jaya resmi? sy mau daftar kerja ke taiwan", /izin resmi/]],
    noCase: true,
  },
];

/** Longer conversations that mix several of the above. */
const mixed: Talk[] = [
  {
    title: "a worker answers each question in her own words",
    on: "wa",
    turns: [
      ["assalamualaikum bu, maaf mengganggu. sy mau cerita, sy sdh 8 bulan di taiwan tp gaji sy dipotong terus sama agency", ASK_OWN_NAME],
      ["nama sy Kusmiati bu", ASK_REGION],
      ["sy asli kendal jawa tengah", ASK_EMPLOYER],
      ["Mr Tan", ASK_P3MI],
      ["PT nya lupa", ASK_SECTOR],
      ["2", CONFIRM],
      ["nggak, sudah benar bu", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Kusmiati", country: "Taiwan", regionId: "ID-JT", consent: true },
  },
  {
    title: "a family mother writes at length",
    on: "tg",
    turns: [
      [
        "assalamualaikum pak, saya mau melaporkan anak saya yang kerja di malaysia, sudah 6 bulan tidak ada kabar dan tidak kirim uang",
        ASK_WORKER_NAME,
      ],
      ["nama anak saya Rini Handayani pak", ASK_REGION],
      ["kami dari lampung timur", ASK_CITY],
      ["lewati", ASK_EMPLOYER],
      ["gak tau", CONFIRM],
      ["tidak ada tambahan pak", CREATED],
    ],
    stored: { onBehalf: true, relationship: "anak", workerName: "Rini Handayani", regionId: "ID-LA", country: "Malaysia" },
  },
  {
    title: "a worker checks an old ticket, then files a new complaint",
    on: "wa",
    turns: [
      ["CEK PMI-7K3M9X", LOOKUP],
      ["gaji saya belum dibayar majikan di taiwan 2 bulan", ASK_OWN_NAME],
      ["Rosita", ASK_REGION],
      ["jakarta", ASK_EMPLOYER],
      ["lewati", ASK_P3MI],
      ["-", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { workerName: "Rosita", country: "Taiwan" },
  },
  {
    title: "a question answered in general, then '4' as the answer invites: the question goes to an officer",
    on: "wa",
    turns: [
      ["pak mau tanya, kalau sy sakit di korea apakah ditanggung bpjs?", /ketik 4/],
      ["4", /<officerCaseCreated>/],
    ],
    never: MENU,
    description: ["bpjs", "korea"],
  },
  {
    title: "a family member asks, then types PETUGAS: the question reaches a person",
    on: "tg",
    turns: [
      ["bagaimana cara daftar jadi pmi ke jepang yg resmi?", /ketik 4/],
      ["PETUGAS", /<officerCaseCreated>/],
    ],
    description: ["jepang"],
  },
  {
    title: "a worker cancels, then starts again",
    on: "wa",
    turns: [
      ["gaji saya dipotong agen di hongkong", ASK_OWN_NAME],
      ["batal", CANCELLED],
      ["gaji saya dipotong agen di hongkong 3 juta tiap bulan", ASK_OWN_NAME],
      ["Diah", ASK_REGION],
      ["jakarta", ASK_EMPLOYER],
      ["madam Lee", ASK_P3MI],
      ["skip", ASK_SECTOR],
      ["1", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { workerName: "Diah", description: ["gaji saya dipotong agen di hongkong 3 juta tiap bulan"] },
  },
  {
    title: "an emergency for a relative via Telegram, name and region later",
    on: "tg",
    turns: [
      ["tolong adik saya disekap agen di kamboja, disuruh kerja scam", EMERGENCY_CREATED],
      ["belum tahu, hpnya diambil"],
      ["Andika Pratama", ASK_REGION],
      ["medan"],
    ],
    stored: {
      onBehalf: true,
      relationship: "adik",
      workerName: "Andika Pratama",
      regionId: "ID-SU",
      country: "Kamboja",
      urgency: "EMERGENCY",
    },
  },
  {
    title: "a worker sends a photo of the pay slip while the name is asked",
    on: "wa",
    turns: [
      ["gaji sy dipotong agen 3 juta tiap bulan di taiwan", ASK_OWN_NAME],
      [{ kind: "image", text: "" }, /Lampiran[\s\S]*nama lengkap Bapak\/Ibu/],
      ["Murni", ASK_REGION],
    ],
  },
  {
    title: "the worker gives their name with a greeting",
    on: "wa",
    turns: [
      ["gaji saya belum dibayar di malaysia, saya dari lampung", ASK_OWN_NAME],
      ["sy Rina bu", ASK_EMPLOYER],
      ["namanya Ahmad", ASK_P3MI],
      ["gak tau", ASK_SECTOR],
      ["pabrik", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { workerName: "Rina" },
  },
  {
    title: "family correction to self after giving the relation",
    on: "tg",
    turns: [
      ["tolong gajinya tidak dibayar 5 bulan di saudi", ASK_WHO],
      ["untuk keluarga", ASK_WORKER_NAME],
      ["eh maaf salah, untuk saya sendiri pak", SELF_NOTED],
      ["Ernawati", ASK_REGION],
    ],
  },
  {
    title: "a worker writes two messages before the first question is answered",
    on: "wa",
    turns: [
      ["pak gaji saya dipotong agen", ASK_OWN_NAME],
      ["Endang, kerja di taiwan sudah 2 tahun", ASK_REGION],
      ["kab pekalongan", ASK_EMPLOYER],
      ["tidak tahu", ASK_P3MI],
      ["PT Bina Karya", ASK_SECTOR],
      ["lewati", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { workerName: "Endang", country: "Taiwan", regionId: "KAB-PEKALONGAN" },
  },
  {
    title: "a family writes the worker's name with 'namanya' and the relation later",
    on: "tg",
    turns: [
      ["paspornya ditahan majikan di malaysia", ASK_WHO],
      ["keluarga saya", ASK_WORKER_NAME],
      ["namanya Hartini, dia kakak saya", ASK_REGION],
      ["asahan", ASK_PASSPORT],
      ["lewati", ASK_EMPLOYER],
      ["Mr. Wong", CONFIRM],
      ["sudah cukup", CREATED],
    ],
    stored: { onBehalf: true, workerName: "Hartini" },
  },
];

/**
 * Stranded and health cases go to different offices before departure, abroad and after return:
 * the phase is asked when nothing said gives it, and answered in people's own words.
 */
const phases: Talk[] = [
  {
    title: "sick, no country said: the phase is asked and 'masih di sini di malaysia' answers it and the country",
    on: "wa",
    turns: [
      ["saya sakit terus tidak bisa kerja", ASK_OWN_NAME],
      ["Rina Marlina", ASK_REGION],
      ["lampung selatan", ASK_PHASE],
      ["masih di sini di malaysia", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_COUNTRY,
    stored: { kind: "KESEHATAN", phase: "SEDANG_BEKERJA", country: "Malaysia", regionId: "ID-LA" },
  },
  {
    title: "a family reports a stranded sister who 'udah pulang bulan lalu': not asked where she works now",
    on: "tg",
    turns: [
      ["kakak saya terlantar, uangnya habis tidak ada yang bantu", ASK_WORKER_NAME],
      ["Sulastri", ASK_REGION],
      ["lampung timur", ASK_PHASE],
      ["udah pulang bulan lalu", ASK_CITY],
      ["tidak tahu", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_COUNTRY,
    stored: { kind: "TERLANTAR", onBehalf: true, phase: "SETELAH_PULANG" },
    absent: ["country"],
  },
  {
    title: "a sick worker who has not left yet: 'belum berangkat' answers phase and country at once",
    on: "wa",
    turns: [
      ["saya sakit dan tidak bisa ikut medical lagi", ASK_OWN_NAME],
      ["lewati", ASK_REGION],
      ["pekalongan", ASK_PHASE],
      ["belum berangkat", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_COUNTRY,
    stored: { kind: "KESEHATAN", phase: "SEBELUM_BEKERJA", country: "Belum berangkat" },
  },
  {
    title: "the phase button 'Masih di luar negeri', then the country is asked",
    on: "wa",
    turns: [
      ["saya terlantar tidak punya uang", ASK_OWN_NAME],
      ["lewati", ASK_REGION],
      ["jakarta", ASK_PHASE],
      [{ kind: "text", text: "", action: "answer:phase:SEDANG_BEKERJA" }, ASK_COUNTRY],
      ["taiwan", ASK_CITY],
      ["Kuala Lumpur", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { kind: "TERLANTAR", phase: "SEDANG_BEKERJA", country: "Taiwan" },
  },
  {
    title: "stranded at an airport abroad: the place says the phase, nothing is asked about it",
    on: "wa",
    turns: [
      ["saya terlantar di bandara kuala lumpur", ASK_OWN_NAME],
      ["Yanti", ASK_REGION],
      ["asahan", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_PHASE,
    stored: { kind: "TERLANTAR", country: "Malaysia" },
  },
  {
    title: "wages unpaid, no country: the phase does not change the office, so only the country is asked",
    on: "wa",
    turns: [
      ["gaji saya belum dibayar 2 bulan", ASK_OWN_NAME],
      ["lewati", ASK_REGION],
      ["lampung", ASK_COUNTRY],
      ["hong kong", ASK_EMPLOYER],
      ["gak tau", ASK_P3MI],
      ["lupa", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_PHASE,
    stored: { kind: "GAJI", country: "Hong Kong" },
  },
  {
    title: "a phase answer not understood twice is left to the officer and the intake goes on",
    on: "wa",
    turns: [
      ["saya sering pusing dan batuk, tidak bisa kerja", ASK_OWN_NAME],
      ["lewati", ASK_REGION],
      ["lampung", ASK_PHASE],
      ["hmm", ASK_PHASE_AGAIN],
      ["entahlah", ASK_COUNTRY],
      ["belum berangkat", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { phase: null, country: "Belum berangkat" },
  },
];

/** Issue 10 §3: the facts officers need, asked briefly for the kind at hand, skipped as people skip, or read from the story. */
const NO_FACT_QUESTION = /Siapa nama majikan|perusahaan penempatan \(P3MI\)|Apa pekerjaan|dijanjikan berangkat|nomor paspor|Di kota mana/;
const caseFacts: Talk[] = [
  {
    title: "facts told in the story are not asked again: PT, employer, city",
    on: "wa",
    turns: [
      ["gaji saya blm dibayar 3 bln, berangkat lewat PT Maju Jaya, majikan saya Mr Tan di Kuala Lumpur", ASK_OWN_NAME],
      ["Wati", ASK_REGION],
      ["cirebon", ASK_SECTOR],
      [
        "1",
        /Nama majikan \/ pemberi kerja: Mr Tan[\s\S]*Perusahaan penempatan \(P3MI\/PT\): PT Maju Jaya[\s\S]*Kota di luar negeri: Kuala Lumpur[\s\S]*Sektor pekerjaan: Pekerja rumah tangga/,
      ],
      ["ya", CREATED],
    ],
    never: /Siapa nama majikan|perusahaan penempatan \(P3MI\) yang/,
    stored: {
      facts: { placementCompany: "PT Maju Jaya", employerName: "Mr Tan", cityAbroad: "Kuala Lumpur", workSector: "PRT" },
      country: "Malaysia",
    },
  },
  {
    title: "typos and 'gk tau', 'PT nya lupa': two don't-knows in a row end the fact questions",
    on: "wa",
    turns: [
      ["gaji sy blm dibyar udh 2 bln di taiwan", ASK_OWN_NAME],
      ["Dewi", ASK_REGION],
      ["kendal", ASK_EMPLOYER],
      ["gk tau", ASK_P3MI],
      ["PT nya lupa", CONFIRM],
      ["ya", CREATED],
    ],
    never: /belum mengenali|Mohon tulis|Apa pekerjaan/,
    stored: { workerName: "Dewi" },
    toldFacts: {},
  },
  {
    title: "Malay: 'kilang' in the story is the sector; 'tak tahu', 'tak ingat lah' skip",
    on: "wa",
    turns: [
      ["cik, gaji saya tak dibayar majikan 4 bulan, saya kerja kilang di johor", ASK_OWN_NAME],
      ["Lina", ASK_REGION],
      ["sambas kalbar", ASK_EMPLOYER],
      ["tak tahu", ASK_P3MI],
      ["tak ingat lah", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_SECTOR,
    stored: { country: "Malaysia" },
    toldFacts: { workSector: "PABRIK" },
  },
  {
    title: "a ship's crew (ABK) is asked for the ship and its company, not a 'majikan'; asked again the same way",
    on: "wa",
    turns: [
      ["gaji saya belum dibayar 5 bulan, saya abk kapal ikan di taiwan", ASK_OWN_NAME],
      ["Andi", ASK_REGION],
      ["tegal jateng", ASK_SHIP],
      ["ya", /Mohon tulis nama kapal atau perusahaannya saja \(misalnya: KM Sinar Laut\)/],
      ["Hai Long 8", ASK_P3MI],
      ["lewati", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_EMPLOYER,
    stored: { country: "Taiwan" },
    toldFacts: { workSector: "ABK", employerName: "Hai Long 8" },
  },
  {
    title: "a family answers each fact: Madam Chan, pt bina insani, 1",
    on: "tg",
    turns: [
      ["istri saya kerja di hongkong, gajinya dipotong terus", ASK_WORKER_NAME],
      ["Siti Nurhaliza", ASK_REGION],
      ["blitar", /Siapa nama majikan atau perusahaan tempat pekerja migran tersebut bekerja/],
      ["Madam Chan", ASK_P3MI],
      ["pt bina insani", ASK_SECTOR],
      ["1", CONFIRM],
      ["ya", CREATED],
    ],
    stored: {
      onBehalf: true,
      workerName: "Siti Nurhaliza",
      facts: { employerName: "Madam Chan", placementCompany: "PT Bina Insani", workSector: "PRT" },
    },
  },
  {
    title: "every fact skipped with the Lewati button",
    on: "tg",
    turns: [
      ["adik saya di malaysia gajinya tidak dibayar, kami dari lampung", ASK_WORKER_NAME],
      ["Yuni", ASK_EMPLOYER],
      [{ kind: "text", text: "", action: "answer:skip" }, ASK_P3MI],
      [{ kind: "text", text: "", action: "answer:skip" }, CONFIRM],
      ["ya", CREATED],
    ],
    stored: { workerName: "Yuni" },
    toldFacts: {},
  },
  {
    title: "a sector button on Telegram",
    on: "tg",
    turns: [
      ["suami saya kerja di taiwan, kontraknya diputus sepihak", ASK_WORKER_NAME],
      ["Joko", ASK_REGION],
      ["kab pekalongan", ASK_EMPLOYER],
      ["-", ASK_P3MI],
      ["PT Sinar Jaya", ASK_SECTOR],
      [{ kind: "text", text: "", action: "answer:sector:KONSTRUKSI" }, /Sektor pekerjaan: Konstruksi\/bangunan/],
      ["ya", CREATED],
    ],
    stored: { workerName: "Joko", facts: { placementCompany: "PT Sinar Jaya", workSector: "KONSTRUKSI" } },
  },
  {
    title: "failed departure: the PT from the story, then when they were to leave",
    on: "wa",
    turns: [
      ["sy gagal berangkat padahal sudah daftar di PT Sukses Mandiri, sy dari indramayu", ASK_OWN_NAME],
      ["Rohman", ASK_COUNTRY],
      ["belum berangkat", ASK_DEPARTURE],
      ["katanya bulan maret kemarin", CONFIRM],
      ["ya", CREATED],
    ],
    never: /perusahaan penempatan \(P3MI\) yang|Siapa nama majikan/,
    stored: { country: "Belum berangkat", facts: { placementCompany: "PT Sukses Mandiri", departureDate: "bulan maret kemarin" } },
  },
  {
    title: "failed departure: 'lewat sponsor, PT nya gak tau' and 'gatau' move on",
    on: "wa",
    turns: [
      ["saya gagal berangkat padahal sudah medical dan bayar, saya dari cilacap", ASK_OWN_NAME],
      ["lewati", ASK_COUNTRY],
      ["belum berangkat", ASK_P3MI],
      ["lewat sponsor, PT nya gak tau", ASK_DEPARTURE],
      ["gatau", CONFIRM],
      ["ya", CREATED],
    ],
    toldFacts: {},
  },
  {
    title: "documents held: the passport number is asked and never shown back whole",
    on: "wa",
    turns: [
      ["paspor saya ditahan agensi di taiwan", ASK_OWN_NAME],
      ["Ani", ASK_REGION],
      ["jember", ASK_PASSPORT],
      ["C 7654321", ASK_EMPLOYER],
      ["Mr Lin", /Nomor paspor: sudah dicatat \(dirahasiakan\)/],
      ["ya", CREATED],
    ],
    never: /7654321/,
    stored: { facts: { passportNumber: "C7654321", employerName: "Mr Lin" } },
  },
  {
    title: "the passport number already in the story is not asked",
    on: "wa",
    turns: [
      ["paspor sy E1234567 ditahan majikan di malaysia", ASK_OWN_NAME],
      ["Sari", ASK_REGION],
      ["lombok timur", ASK_EMPLOYER],
      ["Puan Rosnah", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_PASSPORT,
    stored: { facts: { passportNumber: "E1234567", employerName: "Puan Rosnah" } },
  },
  {
    title: "lost contact: the city in the family's own words, then employer and PT",
    on: "tg",
    turns: [
      ["anak saya di taiwan tidak bisa dihubungi sudah 3 bulan", ASK_WORKER_NAME],
      ["Rina, anak saya", ASK_REGION],
      ["cilacap", ASK_CITY],
      ["di taichung kata temannya", ASK_EMPLOYER],
      ["gak tau pak", ASK_P3MI],
      ["PT Graha Insan", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { workerName: "Rina", facts: { cityAbroad: "Taichung", placementCompany: "PT Graha Insan" } },
  },
  {
    title: "wants to go home: the city in the story is not asked again",
    on: "wa",
    turns: [
      ["saya mau pulang ke indonesia tapi majikan tidak kasih, saya di riyadh", ASK_OWN_NAME],
      ["Maryam", ASK_REGION],
      ["karawang", ASK_EMPLOYER],
      ["majikan saya namanya Abdullah", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_CITY,
    stored: { country: "Arab Saudi", facts: { cityAbroad: "Riyadh", employerName: "Abdullah" } },
  },
  {
    title: "an emergency asks no fact questions: safety first",
    on: "wa",
    turns: [
      ["tolong saya dipukul majikan di malaysia", EMERGENCY_CREATED],
      ["saya sudah di kamar, dikunci", ASK_OWN_NAME],
      ["lewati", ASK_REGION],
      ["lampung", /sudah kami tambahkan ke tiket PMI-XAN9KX/],
    ],
    never: NO_FACT_QUESTION,
  },
  {
    title: "a question about a PT asks no fact questions",
    on: "wa",
    turns: [["pak, PT Maju Jaya itu resmi atau tidak?"]],
    never: NO_FACT_QUESTION,
  },
  {
    title: "a sentence instead of the employer's name is more of the story, and the next question follows",
    on: "wa",
    turns: [
      ["gaji saya dipotong terus di malaysia", ASK_OWN_NAME],
      ["Nining", ASK_REGION],
      ["sukabumi", ASK_EMPLOYER],
      ["majikan saya galak sekali dan sering marah tidak mau bayar", ASK_P3MI],
      ["lewati", ASK_SECTOR],
      ["lewati", CONFIRM],
      ["ya", CREATED],
    ],
    description: ["galak sekali dan sering marah"],
    toldFacts: {},
  },
  {
    title: "a voice note answering a fact question counts: the officer hears it",
    on: "wa",
    turns: [
      ["gaji saya belum dibayar 2 bulan di taiwan", ASK_OWN_NAME],
      ["Tini", ASK_REGION],
      ["kendal", ASK_EMPLOYER],
      [{ kind: "voice", text: "" }, /Pesan suara sudah kami terima[\s\S]*perusahaan penempatan \(P3MI\)/],
      ["lewati", ASK_SECTOR],
      ["lewati", CONFIRM],
      ["ya", CREATED],
    ],
  },
  {
    title: "an ABK in the story is not asked the sector; 'restoran' would be other",
    on: "wa",
    turns: [
      ["saya ABK kapal ikan di korea, gaji dipotong agen", ASK_OWN_NAME],
      ["Dodi", ASK_REGION],
      ["tegal", ASK_SHIP],
      ["ora ngerti", ASK_P3MI],
      // A bare "ya" names no company: asked once more, plainly.
      ["ya", /Mohon tulis nama PT atau agensinya saja/],
      ["lewati", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_SECTOR,
    toldFacts: { workSector: "ABK" },
  },
  {
    title: "a sector written in the worker's own words: jaga nenek",
    on: "wa",
    turns: [
      ["majikan bernama Lee Mei Ling tidak bayar gaji saya 5 bulan di taiwan", ASK_OWN_NAME],
      ["Susi", ASK_REGION],
      ["ponorogo", ASK_P3MI],
      ["lewat PT. Duta Wibawa", ASK_SECTOR],
      ["jaga nenek", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_EMPLOYER,
    stored: { facts: { employerName: "Lee Mei Ling", placementCompany: "PT Duta Wibawa", workSector: "PERAWAT" } },
  },
];

/**
 * Found trying the product as a new user (the lead's list): two "tidak tahu" in a row end the
 * optional questions; stray one-word answers are no names; the departure date is read from the
 * story; the summary says only what is known (who reports, the worker's name and relation); a
 * bare "ya" to the sector question gets the choices once; "dia" about the employer is no relative.
 */
const ASK_OWN_NAME_AGAIN = /Silakan tulis nama lengkap Bapak\/Ibu/;
const ASK_EMPLOYER_AGAIN = /Mohon tulis nama majikannya saja/;
const ASK_P3MI_AGAIN = /Mohon tulis nama PT atau agensinya saja/;
const ASK_SECTOR_AGAIN = /Mohon pilih salah satu pekerjaan berikut[\s\S]*1\. Pekerja rumah tangga[\s\S]*7\. Lainnya/;
const newUser: Talk[] = [
  // 1. Two refusals in a row: no third optional question.
  {
    title: "gak tau, skip: two refusals in a row and the summary comes, no third question",
    on: "wa",
    turns: [
      ["gaji sy blm dibayar 4 bulan, sy dr cilacap kerja di malaysia", ASK_OWN_NAME],
      ["Wartini", ASK_EMPLOYER],
      ["gak tau", ASK_P3MI],
      ["skip", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_SECTOR,
    stored: { workerName: "Wartini", regionId: "ID-JT", country: "Malaysia" },
    toldFacts: {},
  },
  {
    title: "a mother who knows neither the city nor the employer is not asked the PT too",
    on: "tg",
    turns: [
      ["anak saya di taiwan tidak bisa dihubungi sudah 3 bulan", ASK_WORKER_NAME],
      ["Rina, anak saya", ASK_REGION],
      ["cilacap", ASK_CITY],
      ["tidak tahu", ASK_EMPLOYER],
      ["gak tau pak", CONFIRM],
      ["iya", CREATED],
    ],
    never: ASK_P3MI,
    stored: { kind: "HILANG_KONTAK", onBehalf: true, relationship: "anak", workerName: "Rina", country: "Taiwan" },
    toldFacts: {},
  },
  {
    title: "Javanese and Sundanese don't-knows count: mboten ngertos, teu terang",
    on: "tg",
    turns: [
      ["bojo kulo kerja teng malaysia gajine dereng dibayar 5 wulan", ASK_WORKER_NAME],
      ["Sukarni", ASK_REGION],
      ["kab pekalongan", ASK_EMPLOYER],
      ["mboten ngertos", ASK_P3MI],
      ["teu terang", CONFIRM],
      ["nggih", CREATED],
    ],
    never: ASK_SECTOR,
    stored: { onBehalf: true, workerName: "Sukarni", regionId: "KAB-PEKALONGAN" },
    toldFacts: {},
  },
  {
    title: "a refusal, an answer, a refusal: not in a row, so every question is asked",
    on: "wa",
    turns: [
      ["gaji saya dipotong terus sama majikan di hongkong, saya dari blitar", ASK_OWN_NAME],
      ["Sulis", ASK_EMPLOYER],
      ["lupa namanya", ASK_P3MI],
      ["PT Graha Insan", ASK_SECTOR],
      ["gak tau", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { workerName: "Sulis", country: "Hong Kong" },
    toldFacts: { placementCompany: "PT Graha Insan" },
  },
  // 2. A stray one-word answer is no name.
  {
    title: "iya to the employer question is asked once more; the name then is kept",
    on: "wa",
    turns: [
      ["gaji sy blm dibayar 3 bln di taiwan, sy dari kendal", ASK_OWN_NAME],
      ["Yanti", ASK_EMPLOYER],
      ["iya", ASK_EMPLOYER_AGAIN],
      ["Madam Chan", ASK_P3MI],
      ["lewati", ASK_SECTOR],
      ["2", CONFIRM],
      ["ya", CREATED],
    ],
    never: /Nama majikan \/ pemberi kerja: Iya/,
    stored: { workerName: "Yanti" },
    toldFacts: { employerName: "Madam Chan", workSector: "PERAWAT" },
  },
  {
    title: "kakak, bukan, nanti: never the employer's or the company's name",
    on: "tg",
    turns: [
      ["adik saya kerja di malaysia gajinya dipotong terus, kami dari lampung", ASK_WORKER_NAME],
      ["Siti", ASK_EMPLOYER],
      ["kakak", ASK_P3MI],
      ["bukan", ASK_SECTOR],
      ["nanti", CONFIRM],
      ["ya", CREATED],
    ],
    never: /Nama majikan|Perusahaan penempatan|Sektor pekerjaan/,
    stored: { onBehalf: true, relationship: "adik", workerName: "Siti" },
    toldFacts: {},
  },
  {
    title: "'maksudnya apa itu P3MI?' at the company question: explained once, then answered",
    on: "wa",
    turns: [
      ["gaji saya dipotong majikan di malaysia, saya dari lombok timur", ASK_OWN_NAME],
      ["Baiq", ASK_EMPLOYER],
      ["Mr Wong", ASK_P3MI],
      ["maksudnya apa itu P3MI?", /Maksud kami: perusahaan di Indonesia yang mengurus keberangkatan/],
      ["PT Bumi Mas", ASK_SECTOR],
      ["gimana kak?", ASK_SECTOR_AGAIN],
      ["kebun sawit", CONFIRM],
      ["ya", CREATED],
    ],
    toldFacts: { employerName: "Mr Wong", placementCompany: "PT Bumi Mas", workSector: "PERKEBUNAN" },
  },
  {
    title: "ok to the company question is asked once more, then skipped",
    on: "wa",
    turns: [
      ["saya gagal berangkat padahal sudah bayar, saya dari indramayu", ASK_OWN_NAME],
      ["Rohmah", ASK_COUNTRY],
      ["belum berangkat", ASK_P3MI],
      ["ok", ASK_P3MI_AGAIN],
      ["lewati", ASK_DEPARTURE],
      ["tahun lalu katanya", CONFIRM],
      ["ya", CREATED],
    ],
    never: /Perusahaan penempatan \(P3MI\/PT\): Ok/,
    stored: { country: "Belum berangkat", workerName: "Rohmah" },
    toldFacts: { departureDate: "tahun lalu katanya" },
  },
  {
    title: "iya to 'boleh kami tahu nama Bapak/Ibu?' is a yes, not a name",
    on: "wa",
    turns: [
      ["paspor saya ditahan majikan di saudi, saya dari karawang", ASK_OWN_NAME],
      ["iya", ASK_OWN_NAME_AGAIN],
      ["Sumiyati", ASK_PASSPORT],
      ["lewati", ASK_EMPLOYER],
      ["hmm", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { workerName: "Sumiyati", onBehalf: false },
    toldFacts: {},
  },
  {
    title: "a family's 'iya' and 'ok' at the worker's name are asked again, never stored as the name",
    on: "tg",
    turns: [
      ["suami saya di korea kontraknya diputus sepihak", ASK_WORKER_NAME],
      ["iya", ASK_WORKER_NAME_AGAIN],
      ["Bambang Irawan", ASK_REGION],
      ["tegal", ASK_EMPLOYER],
      ["orang korea", ASK_P3MI],
      ["PT Samudra", ASK_SECTOR],
      ["pabrik", CONFIRM],
      ["ya", CREATED],
    ],
    stored: { workerName: "Bambang Irawan", relationship: "suami" },
    toldFacts: { placementCompany: "PT Samudra", workSector: "PABRIK" },
  },
  // 3. The departure date in the story.
  {
    title: "berangkat bulan maret 2024: read from the story and shown in the summary",
    on: "wa",
    turns: [
      ["sy berangkat bulan maret 2024 ke taiwan, sampai skrg gaji sy dipotong agency tiap bulan", ASK_OWN_NAME],
      ["Lastri", ASK_REGION],
      ["kendal", ASK_EMPLOYER],
      ["Mr Lin", ASK_P3MI],
      ["PT Maju Jaya", ASK_SECTOR],
      ["pabrik", /Tanggal keberangkatan: Maret 2024/],
      ["ya", CREATED],
    ],
    toldFacts: { departureDate: "Maret 2024", employerName: "Mr Lin", placementCompany: "PT Maju Jaya", workSector: "PABRIK" },
  },
  {
    title: "a promised departure in the story is not asked again",
    on: "wa",
    turns: [
      ["sy dijanjikan berangkat bulan maret 2025 tapi sampai sekarang blm berangkat, sudah bayar 25 juta ke PT Sukses Abadi", ASK_OWN_NAME],
      ["Dedi", ASK_REGION],
      ["brebes", ASK_COUNTRY],
      ["belum berangkat", /Tanggal keberangkatan: Maret 2025/],
      ["ya", CREATED],
    ],
    never: ASK_DEPARTURE,
    stored: { kind: "GAGAL_BERANGKAT", country: "Belum berangkat" },
    toldFacts: { departureDate: "Maret 2025", placementCompany: "PT Sukses Abadi" },
  },
  {
    title: "sejak 2022 di taiwan: the year the worker left",
    on: "wa",
    turns: [
      ["sejak 2022 di taiwan, gaji sy dipotong agency terus", ASK_OWN_NAME],
      ["Nunung", ASK_REGION],
      ["subang", ASK_EMPLOYER],
      ["Mr Chen", ASK_P3MI],
      ["gak tau", ASK_SECTOR],
      ["jaga ama", CONFIRM],
      ["ya", CREATED],
    ],
    toldFacts: { departureDate: "2022", employerName: "Mr Chen", workSector: "PERAWAT" },
  },
  {
    title: "baru 3 bulan berangkat: counted back from the day of the report",
    on: "tg",
    turns: [
      ["adik saya baru 3 bulan berangkat ke malaysia, gajinya belum pernah dibayar", ASK_WORKER_NAME],
      ["Ayu Lestari", ASK_REGION],
      ["ngawi", ASK_EMPLOYER],
      ["lewati", ASK_P3MI],
      ["lewati", /Tanggal keberangkatan: sekitar Agustus 2026/],
      ["ya", CREATED],
    ],
    toldFacts: { departureDate: "sekitar Agustus 2026" },
  },
  {
    title: "'gaji tidak dibayar sejak maret 2024' dates the problem, not the departure",
    on: "wa",
    turns: [
      ["gaji saya tidak dibayar sejak maret 2024 sama majikan di malaysia, saya dari sambas", ASK_OWN_NAME],
      ["Aminah", ASK_EMPLOYER],
      ["Puan Rosnah", ASK_P3MI],
      ["lewati", ASK_SECTOR],
      ["1", CONFIRM],
      ["ya", CREATED],
    ],
    never: /Tanggal keberangkatan/,
    toldFacts: { employerName: "Puan Rosnah", workSector: "PRT" },
  },
  // 4. and 6. The summary says who reports only when known, with the worker's name and relation.
  {
    title: "a chat of voice notes: the summary does not say the writer is the worker",
    on: "wa",
    turns: [
      [{ kind: "voice", text: "" }, ASK_REGION],
      ["lampung", ASK_COUNTRY],
      ["malaysia", /Pelapor: belum diketahui/],
      ["ya", CREATED],
    ],
    never: /pekerja migran sendiri/,
    stored: { regionId: "ID-LA", country: "Malaysia", consent: true },
  },
  {
    title: "the summary shows the worker's own name",
    on: "wa",
    turns: [
      ["paspor saya ditahan agensi di taiwan, saya dari jember", ASK_OWN_NAME],
      ["Siti Komariyah", ASK_PASSPORT],
      ["lewati", ASK_EMPLOYER],
      ["lewati", /Pelapor: pekerja migran sendiri\n• Nama pekerja: Siti Komariyah/],
      ["ya", CREATED],
    ],
    stored: { workerName: "Siti Komariyah", onBehalf: false },
  },
  {
    title: "the summary shows the worker's name and who the worker is to the family",
    on: "tg",
    turns: [
      ["istri saya di hongkong paspornya ditahan agen", ASK_WORKER_NAME],
      ["Dewi Sartika", ASK_REGION],
      ["blitar", ASK_PASSPORT],
      ["lewati", ASK_EMPLOYER],
      ["tidak tahu", /Pelapor: keluarga pekerja migran\n• Pekerja migran: Dewi Sartika \(istri Bapak\/Ibu\)/],
      ["ya", CREATED],
    ],
    stored: { onBehalf: true, relationship: "istri", workerName: "Dewi Sartika" },
  },
  // 5. "ya" to the sector question.
  {
    title: "ya to the sector question brings the choices once; a number then answers",
    on: "wa",
    turns: [
      ["gaji saya dipotong majikan di malaysia, saya dari lombok timur", ASK_OWN_NAME],
      ["Baiq", ASK_EMPLOYER],
      ["Mr Wong", ASK_P3MI],
      ["PT Bumi Mas", ASK_SECTOR],
      ["ya", ASK_SECTOR_AGAIN],
      ["4", /Sektor pekerjaan: Perkebunan/],
      ["ya", CREATED],
    ],
    toldFacts: { employerName: "Mr Wong", placementCompany: "PT Bumi Mas", workSector: "PERKEBUNAN" },
  },
  {
    title: "ya, then iya to the sector question: taken as a skip the second time",
    on: "tg",
    turns: [
      ["anak saya kerja di taiwan gajinya tidak dibayar 2 bulan", ASK_WORKER_NAME],
      ["Rini", ASK_REGION],
      ["kendal", ASK_EMPLOYER],
      ["Mr Lee", ASK_P3MI],
      ["PT Sinar Jaya", ASK_SECTOR],
      ["ya", ASK_SECTOR_AGAIN],
      ["iya", CONFIRM],
      ["ya", CREATED],
    ],
    never: /Sektor pekerjaan/,
    toldFacts: { employerName: "Mr Lee", placementCompany: "PT Sinar Jaya" },
  },
  // 7. "dia" about the employer; a first-person complaint is the writer's own.
  {
    title: "sy nak balik tapi majikan tak bagi, passport dia pegang (dia is the employer)",
    on: "wa",
    turns: [
      ["sy nak balik tapi majikan tak bagi, passport dia pegang", ASK_OWN_NAME],
      ["Wati", ASK_REGION],
      ["lombok timur", ASK_COUNTRY],
      ["malaysia", ASK_PASSPORT],
      ["lewati", ASK_EMPLOYER],
      ["tak tahu", CONFIRM],
      ["ya", CREATED],
    ],
    never: ASK_WHO,
    stored: { onBehalf: false, workerName: "Wati", country: "Malaysia", regionId: "ID-NB" },
  },
  {
    title: "aku mau pulang tapi agen ga kasih, paspor dipegang dia",
    on: "wa",
    turns: [
      ["aku mau pulang tapi agen ga kasih, paspor dipegang dia, aku di hongkong", ASK_OWN_NAME],
      ["Yuli", ASK_REGION],
      ["ponorogo", ASK_PASSPORT],
    ],
    never: ASK_WHO,
  },
  {
    title: "saya mau melaporkan majikan saya: reporting the employer is reporting for oneself",
    on: "wa",
    turns: [
      ["saya mau melaporkan majikan saya yang tidak bayar gaji 3 bulan di malaysia", ASK_OWN_NAME],
      ["Nur", ASK_REGION],
    ],
    never: ASK_WHO,
  },
  {
    title: "gaji saya blm dibayar, dia bilang nanti (dia after the writer's own wages)",
    on: "wa",
    turns: [
      ["gaji saya blm dibayar 3 bulan di taiwan, dia bilang nanti terus", ASK_OWN_NAME],
      ["Eni", ASK_REGION],
    ],
    never: ASK_WHO,
  },
  {
    title: "hamba nak balik, majikan tak bagi gaji (Malay)",
    on: "wa",
    turns: [
      ["hamba nak balik, majikan tak bagi gaji, hamba di brunei", ASK_OWN_NAME],
      ["Salmah", ASK_REGION],
    ],
    never: ASK_WHO,
  },
  {
    title: "ane kerja di saudi, kafil gak bayar gaji ane (Gulf words)",
    on: "wa",
    turns: [["ane kerja di saudi, kafil gak bayar gaji ane 6 bulan", ASK_OWN_NAME]],
    never: ASK_WHO,
  },
  {
    title: "majikan dia tidak bayar gajinya: someone else's employer, so for whom is asked",
    on: "wa",
    turns: [
      ["majikan dia tidak bayar gajinya di malaysia, saya mau lapor", ASK_WHO],
      ["untuk adik saya", ASK_WORKER_NAME],
    ],
  },
];

/** Tried in the simulator as a new user (worker with typos, a mother writing at length), and issue 10's ways to a case. */
const tried: Talk[] = [
  {
    title: "a mother writes at length about 'anak perempuan saya': a relative, named with 'saya ibunya'",
    on: "tg",
    turns: [
      [
        "Selamat malam. Saya mau bertanya, anak perempuan saya berangkat ke Malaysia bulan Juni 2025 lewat PT, sekarang sudah 2 bulan tidak bisa dihubungi sama sekali.",
        ASK_WORKER_NAME,
      ],
      ["Nur Aisyah binti Karim. Saya ibunya.", ASK_REGION],
      ["kami dari kabupaten Cianjur", ASK_CITY],
      ["di Johor katanya", ASK_EMPLOYER],
      ["tidak tahu pak", ASK_P3MI],
      ["lupa", /Pekerja migran: Nur Aisyah binti Karim \(anak Bapak\/Ibu\)/],
      ["Ya", CREATED],
    ],
    stored: { kind: "HILANG_KONTAK", onBehalf: true, relationship: "anak", workerName: "Nur Aisyah binti Karim", country: "Malaysia" },
    toldFacts: { departureDate: "Juni 2025", cityAbroad: "Johor" },
  },
  {
    title: "a caregiver with typos: udh 2thn kerja di taiwan jaga ama (sector and departure from the story)",
    on: "wa",
    turns: [
      [
        "assalamualaikum mbak, sy mau tanya, sy udh 2thn kerja di taiwan jaga ama tp gaji sy dipotong agensi trs, 5rb NT tiap bulan",
        ASK_OWN_NAME,
      ],
      ["nama sy Sumiati", ASK_REGION],
      ["dr wonosobo", ASK_EMPLOYER],
      ["majikan sy namanya Mr Huang", ASK_P3MI],
      ["pt nya lupa mbak", /Nama pekerja: Sumiati[\s\S]*Sektor pekerjaan: Perawat lansia[\s\S]*Tanggal keberangkatan: sekitar 2024/],
      ["iy kirim", CREATED],
    ],
    never: ASK_SECTOR,
    stored: { onBehalf: false, workerName: "Sumiati", country: "Taiwan" },
    toldFacts: { employerName: "Mr Huang", workSector: "PERAWAT", departureDate: "sekitar 2024" },
  },
  {
    title: "the agency abroad named at the company question",
    on: "wa",
    turns: [
      ["gaji saya dipotong agensi di taiwan tiap bulan, saya dari kendal", ASK_OWN_NAME],
      ["Ratih", ASK_EMPLOYER],
      ["Mr Lin", ASK_P3MI],
      ["agensi nya Sun Hope di taipei", ASK_SECTOR],
      ["pabrik", /Agensi di luar negeri: Sun Hope/],
      ["ya", CREATED],
    ],
    // "di taipei" with the agency is the city too.
    toldFacts: { employerName: "Mr Lin", agencyAbroad: "Sun Hope", cityAbroad: "Taipei", workSector: "PABRIK" },
  },
  {
    title: "a mother introduces herself and her daughter: an emergency, the relation not asked again",
    on: "tg",
    turns: [
      ["/start", MENU],
      ["1", /ceritakan masalahnya/],
      [
        "Assalamualaikum wr wb. Saya Ibu Warsini dari Indramayu, mau melaporkan anak saya Tarsih yang bekerja di Arab Saudi. Sejak lebaran tidak ada kabar, terakhir dia bilang sering dipukul majikan.",
        EMERGENCY_CREATED,
      ],
      ["tidak tahu pak, hpnya tidak aktif", /Siapa nama lengkap pekerja migran tersebut \(anak Bapak\/Ibu\), dan nomor WhatsApp-nya/],
      ["Tarsih binti Wangsa", /sudah kami tambahkan ke tiket PMI-XAN9KX/],
    ],
    never: /apa hubungan Bapak\/Ibu/,
    stored: {
      urgency: "EMERGENCY",
      onBehalf: true,
      relationship: "anak",
      workerName: "Tarsih binti Wangsa",
      regencyCode: "32.12",
      country: "Arab Saudi",
    },
  },
  {
    title: "names as typed: 'Syarifah' keeps its 'Sy', 'iya, Siti' is Siti, 'Yati aja' is Yati",
    on: "wa",
    turns: [
      ["paspor sy ditahan majikan di saudi, sy dari karawang", ASK_OWN_NAME],
      ["Syarifah", ASK_PASSPORT],
      ["lewati", ASK_EMPLOYER],
      ["lewati", /Nama pekerja: Syarifah/],
      ["ya", CREATED],
    ],
    stored: { workerName: "Syarifah" },
  },
  {
    title: "singapur (as typed) is Singapura: the country is not asked",
    on: "tg",
    turns: [
      ["ponakan sy kerja di singapur jd PRT, gajinya dipotong agen terus", ASK_WORKER_NAME],
      ["Yuliani, keponakan saya", ASK_REGION],
    ],
    never: ASK_COUNTRY,
    description: ["singapur"],
  },
  {
    title: "iya, Siti: the yes and the name in one answer",
    on: "wa",
    turns: [
      ["gaji saya dipotong agen di taiwan, saya dari kendal", ASK_OWN_NAME],
      ["iya, Siti", ASK_EMPLOYER],
    ],
    never: ASK_OWN_NAME_AGAIN,
  },
  {
    title: "the employer not known but the agency named in the same answer: the company question is not asked",
    on: "wa",
    turns: [
      ["gaji sy dipotong trs di taiwan", ASK_OWN_NAME],
      ["Saya Siti dari Indramayu", ASK_EMPLOYER],
      ["nama majikan gak tau, tp agensi sy Sun Hope", ASK_SECTOR],
      ["2", /Agensi di luar negeri: Sun Hope/],
      ["ya", CREATED],
    ],
    never: ASK_P3MI,
    stored: { workerName: "Siti", regencyCode: "32.12" },
    toldFacts: { agencyAbroad: "Sun Hope", workSector: "PERAWAT" },
    description: ["nama majikan gak tau"],
  },
  {
    title: "PETUGAS in the middle of a complaint: what was told goes to an officer now, never a name",
    on: "wa",
    turns: [
      ["gaji saya dipotong agen di malaysia", ASK_OWN_NAME],
      ["petugas", /<officerCaseCreated>/],
    ],
    stored: { forOfficer: true, kind: "GAJI", country: "Malaysia", description: ["gaji saya dipotong agen di malaysia"] },
    absent: ["workerName"],
  },
  {
    title: "a family asks for a person after the name: the case keeps the name and relation",
    on: "tg",
    turns: [
      ["adik saya di saudi tidak digaji 8 bulan", ASK_WORKER_NAME],
      ["Siti Rahmah, adik saya", ASK_REGION],
      ["bicara dengan petugas", /<officerCaseCreated>/],
    ],
    stored: { forOfficer: true, onBehalf: true, relationship: "adik", workerName: "Siti Rahmah", country: "Arab Saudi" },
  },
  {
    title: "a correction at the summary changes it: the worker's number, the region, the country",
    on: "tg",
    turns: [
      ["adik saya di malaysia gajinya tidak dibayar, kami dari lampung", ASK_WORKER_NAME],
      ["Siti, 0812 3456 7890", ASK_EMPLOYER],
      ["lewati", ASK_P3MI],
      ["lewati", CONFIRM],
      ["nomor wa nya salah, yang benar 0812 3456 7899", /Nomor WhatsApp pekerja: \+6281234567899/],
      ["daerahnya indramayu", /Daerah asal: Kabupaten Indramayu/],
      ["bukan malaysia tapi brunei", /Negara tujuan: Brunei Darussalam/],
      ["sudah benar", CREATED],
    ],
    stored: { workerPhone: "+6281234567899", regionId: "ID-JB", regencyCode: "32.12", country: "Brunei Darussalam" },
    description: ["yang benar 0812 3456 7899", "daerahnya indramayu", "bukan malaysia tapi brunei"],
  },
  {
    title: "cek status with a case open looks that case up",
    on: "wa",
    facts: OPEN_GAJI,
    turns: [
      ["cek status pengaduan sy", LOOKUP],
      ["makasih", ATTACHED],
      ["cek", LOOKUP],
    ],
    effects: [{ type: "statusLookup", ticket: "PMI-4HRPY3" }],
    never: /tulis nomor tiket|tidak kami kenali/,
  },
  {
    title: "'cek' typed again after being asked for the ticket, with a case open: that case",
    on: "tg",
    facts: OPEN_GAJI,
    turns: [
      ["menu", MENU],
      ["3", ASK_TICKET],
      ["cek", LOOKUP],
    ],
    effects: [{ type: "statusLookup", ticket: "PMI-4HRPY3" }],
  },
  {
    title: "DOKUMEN with a wages case open lists what that case needs",
    on: "wa",
    facts: OPEN_GAJI,
    turns: [["dokumen apa saja", /PMI-4HRPY3[\s\S]*Slip gaji/]],
    noCase: true,
  },
  {
    title: "DOKUMEN with no case lists the general documents",
    on: "tg",
    turns: [["dokumen", /Paspor atau KTP pekerja/]],
    noCase: true,
  },
  {
    title: "a photo only, from a new chat: a case about it, asked region and country, never the story",
    on: "tg",
    turns: [
      [{ kind: "image", text: "" }, /Lampiran Bapak\/Ibu sudah kami terima[\s\S]*kabupaten\/kota dan provinsi/],
      ["cilacap", ASK_COUNTRY],
      ["taiwan", CONFIRM],
      ["ya", CREATED],
    ],
    never: /ceritakan masalahnya|Pelapor: pekerja migran sendiri/,
    stored: { viaMedia: true, regionId: "ID-JT", country: "Taiwan", consent: true },
  },
  {
    title: "three voice notes in a row: one case, the others join it, the story never asked",
    on: "wa",
    turns: [
      [{ kind: "voice", text: "" }, ASK_REGION],
      [{ kind: "voice", text: "" }, /Pesan suara sudah kami terima[\s\S]*Di negara mana/],
      [{ kind: "voice", text: "" }, /Pesan suara sudah kami terima[\s\S]*setuju data ini kami proses/],
      [{ kind: "voice", text: "" }, CREATED],
    ],
    never: /ceritakan masalahnya/,
    stored: { viaMedia: true, consent: true, consentByVoice: true },
  },
  {
    title: "two messages not understood bring the offer of a person, who gets both",
    on: "wa",
    turns: [
      ["halo", MENU],
      ["hmm", /ketik PETUGAS/],
      ["petugas", /<officerCaseCreated>/],
    ],
    stored: { forOfficer: true, description: ["halo", "hmm"] },
  },
  {
    title: "a voice note to an open case joins it",
    on: "wa",
    facts: OPEN_GAJI,
    turns: [[{ kind: "voice", text: "" }, /Pesan suara Bapak\/Ibu sudah kami teruskan ke petugas yang menangani tiket PMI-4HRPY3/]],
    effects: [{ type: "attachToCase", caseId: "case-open" }],
    noCase: true,
  },
];

export const CONVERSATIONS: Talk[] = [
  ...politeAddress,
  ...families,
  ...nameCorrections,
  ...clearlySelf,
  ...ticketsMidway,
  ...confirmations,
  ...afterACase,
  ...consent,
  ...languages,
  ...mixed,
  ...phases,
  ...caseFacts,
  ...newUser,
  ...tried,
];
