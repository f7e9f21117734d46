/**
 * Text normalisation for the keyword matchers (triage, regions, countries, short answers).
 *
 * Workers and families write informal Indonesian on cheap phones: abbreviations ("sy", "blm",
 * "gk"), stretched letters ("tolongggg"), Javanese, Sundanese, Malay and English words mixed in.
 * The matchers only ever see the output of this module, so their keyword lists can be written
 * in standard Indonesian once. Pure and linear-time: it runs on every incoming message.
 */

/**
 * The matchers (triage, regions, countries, short answers) read at most about this many
 * characters: a 65,000-character message must not hold a worker process. They read the start
 * (where a complaint usually says what happened) and the end (where a long story often ends
 * with the plea: "tolong, saya dipukul"). The whole text is still stored and shown to officers.
 */
export const MATCHER_INPUT_LIMIT = 10_000;
const MATCHER_TAIL = 3_000;

/** The start and the end of a long text, joined by a line break, with no word cut in half. */
export function limitMatcherInput(raw: string, limit = MATCHER_INPUT_LIMIT): string {
  if (raw.length <= limit) return raw;
  const tail = Math.min(MATCHER_TAIL, Math.floor(limit / 3));
  let headEnd = limit - tail;
  let tailStart = raw.length - tail;
  // Step off a word cut at either edge (a bounded walk, not a regex: see GLUED_NUMBER).
  for (let k = 0; k < 40 && headEnd > 0 && WORD_CHAR.test(raw[headEnd]!) && WORD_CHAR.test(raw[headEnd - 1]!); k++) headEnd--;
  for (let k = 0; k < 40 && tailStart < raw.length && WORD_CHAR.test(raw[tailStart]!) && WORD_CHAR.test(raw[tailStart - 1]!); k++)
    tailStart++;
  return `${raw.slice(0, headEnd)}\n${raw.slice(tailStart)}`;
}

/**
 * Lowercase, strip diacritics, turn punctuation/emoji into spaces, collapse stretched letters,
 * split "3bln" into "3 bln" and drop the reduplication digit ("anak2" → "anak").
 * No dictionary: region and country matching use these tokens so place names stay intact.
 * Reads at most `limit` characters (see MATCHER_INPUT_LIMIT).
 */
export function baseTokens(raw: string, limit = MATCHER_INPUT_LIMIT): string[] {
  if (!raw) return [];
  let text = limitMatcherInput(raw, limit).toLowerCase();
  const ascii = !NON_ASCII.test(text);
  if (!ascii) text = text.normalize("NFD").replace(MARKS, "");
  text = text.replace(ascii ? STRETCHED_ASCII : STRETCHED, "$1");
  if (DIGIT.test(text)) text = text.replace(REDUPLICATION, "").replace(GLUED_NUMBER, splitGlued);
  text = text.replace(SEPARATORS, " ").trim();
  return text ? text.split(" ") : [];
}

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
/**
 * Three or more of the same letter are emphasis ("tolongggg", "sakiiit"); doubles are kept
 * because they are legitimate ("saat", "maaf", "tanggal").
 */
const STRETCHED = /(\p{L})\1{2,}/gu;
const STRETCHED_ASCII = /([a-z])\1{2,}/g;
const DIGIT = /\p{N}/u;
/** "anak2", "dipukul2": the 2 marks reduplication, not a number ("bp2mi" is left alone). */
const REDUPLICATION = /2(?<=\p{L}\p{L}2)(?![\p{L}\p{N}])/gu;
/**
 * "3bln", "20jt": a number glued to its unit ("p3mi" is left alone). The lookbehind makes a
 * match start only where a run of digits starts: without it every digit of a long run would
 * start a scan to the run's end, and the cost would grow with the square of the length.
 */
const GLUED_NUMBER = /(?<!\p{N})\p{N}+(?=\p{L}{2})/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
function splitGlued(digits: string, offset: number, text: string): string {
  return offset > 0 && LETTER.test(text[offset - 1]!) ? digits : `${digits} `;
}
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Informal spelling → standard word. Values may hold several words ("tiada" → "tidak ada").
 * Family words are left alone except plain abbreviations: other code reads "adik saya" etc.
 */
const WORD_LIST: Record<string, string> = {
  // pronouns
  sy: "saya",
  sya: "saya",
  aq: "saya",
  ak: "saya",
  aku: "saya",
  gw: "saya",
  gue: "saya",
  gua: "saya",
  ane: "saya",
  abdi: "saya",
  kulo: "saya",
  kula: "saya",
  dy: "dia",
  doi: "dia",
  // negation (Indonesian slang, Javanese, Sundanese, Malay)
  gk: "tidak",
  ga: "tidak",
  gak: "tidak",
  nggak: "tidak",
  ngga: "tidak",
  enggak: "tidak",
  engga: "tidak",
  kagak: "tidak",
  tdk: "tidak",
  tdak: "tidak",
  tak: "tidak",
  ndak: "tidak",
  nda: "tidak",
  ora: "tidak",
  ra: "tidak",
  mboten: "tidak",
  teu: "tidak",
  not: "tidak",
  dont: "tidak",
  tiada: "tidak ada",
  // aspect
  blm: "belum",
  blum: "belum",
  belom: "belum",
  blom: "belum",
  durung: "belum",
  dereng: "belum",
  udh: "sudah",
  udah: "sudah",
  sdh: "sudah",
  dah: "sudah",
  uda: "sudah",
  wis: "sudah",
  wes: "sudah",
  uwis: "sudah",
  uwes: "sudah",
  sampun: "sudah",
  // time
  bln: "bulan",
  thn: "tahun",
  th: "tahun",
  hr: "hari",
  hri: "hari",
  mgg: "minggu",
  mg: "minggu",
  kmrn: "kemarin",
  kmarin: "kemarin",
  skrg: "sekarang",
  skrng: "sekarang",
  skr: "sekarang",
  jt: "juta",
  rb: "ribu",
  // function words
  krn: "karena",
  karna: "karena",
  krna: "karena",
  yg: "yang",
  yng: "yang",
  dgn: "dengan",
  dg: "dengan",
  sm: "sama",
  ama: "sama",
  utk: "untuk",
  untk: "untuk",
  dr: "dari",
  dri: "dari",
  kpd: "kepada",
  tp: "tapi",
  tpi: "tapi",
  jg: "juga",
  lg: "lagi",
  lgi: "lagi",
  sj: "saja",
  aja: "saja",
  ae: "saja",
  kalo: "kalau",
  klo: "kalau",
  klu: "kalau",
  bgt: "banget",
  bngt: "banget",
  trs: "terus",
  trus: "terus",
  sampe: "sampai",
  ampe: "sampai",
  bkn: "bukan",
  jd: "jadi",
  jdi: "jadi",
  org: "orang",
  orng: "orang",
  wong: "orang",
  ono: "ada",
  iso: "bisa",
  bs: "bisa",
  bsa: "bisa",
  blh: "boleh",
  bole: "boleh",
  mo: "mau",
  arep: "mau",
  pengen: "ingin",
  pingin: "ingin",
  pengin: "ingin",
  kepengen: "ingin",
  pgn: "ingin",
  pngn: "ingin",
  hoyong: "ingin",
  want: "ingin",
  pen: "ingin",
  // questions
  gimana: "bagaimana",
  gmn: "bagaimana",
  gmana: "bagaimana",
  bgmn: "bagaimana",
  bagaimna: "bagaimana",
  brp: "berapa",
  brapa: "berapa",
  dmn: "dimana",
  dmna: "dimana",
  knp: "kenapa",
  knapa: "kenapa",
  tny: "tanya",
  tnya: "tanya",
  nanya: "tanya",
  inpo: "info",
  tau: "tahu",
  tw: "tahu",
  // help
  tlg: "tolong",
  tulung: "tolong",
  tolongin: "tolong",
  tolonglah: "tolong",
  help: "tolong",
  please: "mohon",
  plis: "mohon",
  pliss: "mohon",
  mhn: "mohon",
  bantuin: "bantu",
  // people and places of work
  mjkn: "majikan",
  mjikan: "majikan",
  majikn: "majikan",
  madam: "majikan",
  employer: "majikan",
  boss: "majikan",
  bos: "majikan",
  nyonya: "majikan",
  taukeh: "majikan",
  tauke: "majikan",
  agent: "agen",
  agency: "agen",
  agensi: "agen",
  agn: "agen",
  tkw: "pmi",
  tki: "pmi",
  cpmi: "pmi",
  bmi: "pmi",
  ank: "anak",
  adek: "adik",
  adk: "adik",
  ortu: "orang tua",
  sodara: "saudara",
  sdr: "saudara",
  isteri: "istri",
  bini: "istri",
  swami: "suami",
  pak: "bapak",
  bpk: "bapak",
  // money, documents
  digajih: "digaji",
  gji: "gaji",
  gajih: "gaji",
  gajii: "gaji",
  gajian: "gaji",
  bayaran: "gaji",
  salary: "gaji",
  wage: "gaji",
  wages: "gaji",
  dibyr: "dibayar",
  dibayr: "dibayar",
  dibyar: "dibayar",
  dbayar: "dibayar",
  paid: "dibayar",
  dibayarkan: "dibayar",
  unpaid: "tidak dibayar",
  mbayar: "bayar",
  duit: "uang",
  duwit: "uang",
  money: "uang",
  ticket: "tiket",
  pspor: "paspor",
  pasport: "paspor",
  passport: "paspor",
  pasprt: "paspor",
  pasfor: "paspor",
  paspot: "paspor",
  contract: "kontrak",
  insurance: "asuransi",
  // going home
  plg: "pulang",
  plang: "pulang",
  pulkam: "pulang",
  mudik: "pulang",
  mulih: "pulang",
  balik: "pulang",
  uih: "pulang",
  pulangin: "pulangkan",
  pulangkn: "pulangkan",
  dipulangin: "dipulangkan",
  dipulangkn: "dipulangkan",
  brangkat: "berangkat",
  brgkt: "berangkat",
  brkt: "berangkat",
  berangkt: "berangkat",
  diberangkatin: "diberangkatkan",
  // contact
  hape: "hp",
  handphone: "hp",
  henpon: "hp",
  ponsel: "hp",
  phone: "hp",
  tlpn: "telepon",
  telp: "telepon",
  telpon: "telepon",
  tlp: "telepon",
  ditelpon: "ditelepon",
  ditlp: "ditelepon",
  dihub: "dihubungi",
  dihubungin: "dihubungi",
  kbr: "kabar",
  kabr: "kabar",
  ilang: "hilang",
  contact: "kontak",
  // work
  krja: "kerja",
  kerjo: "kerja",
  work: "kerja",
  working: "kerja",
  klr: "keluar",
  kluar: "keluar",
  metu: "keluar",
  msk: "masuk",
  bilik: "kamar",
  ngajak: "ajak",
  mengajak: "ajak",
  maksa: "paksa",
  memaksa: "paksa",
  kbur: "kabur",
  kabor: "kabur",
  runaway: "kabur",
  fired: "dipecat",
  // violence, crime, death (emergency vocabulary)
  mati: "meninggal",
  dead: "meninggal",
  died: "meninggal",
  die: "meninggal",
  touched: "dipegang",
  body: "badan",
  death: "meninggal",
  maot: "meninggal",
  sedo: "meninggal",
  modar: "meninggal",
  dipukuli: "dipukul",
  dipukulin: "dipukul",
  digebugi: "dipukul",
  diantemi: "dipukul",
  hit: "dipukul",
  beaten: "dipukul",
  beat: "dipukul",
  pukulin: "mukul",
  mukulin: "mukul",
  ditabok: "ditampar",
  ditaboki: "ditampar",
  dikeplak: "ditampar",
  dijotos: "ditonjok",
  nipu: "menipu",
  nipuin: "menipu",
  raped: "diperkosa",
  rape: "diperkosa",
  diperkosain: "diperkosa",
  harassed: "dilecehkan",
  harassment: "pelecehan",
  abused: "disiksa",
  abuse: "disiksa",
  tortured: "disiksa",
  locked: "dikunci",
  lock: "dikunci",
  dikunciin: "dikunci",
  dikonci: "dikunci",
  police: "polisi",
  polis: "polisi",
  pulisi: "polisi",
  jail: "penjara",
  prison: "penjara",
  lokap: "penjara",
  bui: "penjara",
  arrested: "ditangkap",
  ditangkep: "ditangkap",
  ketangkap: "ditangkap",
  ketangkep: "ditangkap",
  tertangkap: "ditangkap",
  deported: "dideportasi",
  deport: "deportasi",
  dideport: "dideportasi",
  diopname: "opname",
  nyiksa: "menyiksa",
  disiksain: "disiksa",
  nyakitin: "menyakiti",
  dipateni: "dibunuh",
  mateni: "membunuh",
  trafficking: "tppo",
  traficking: "tppo",
  trafiking: "tppo",
  trafficked: "tppo",
  suicide: "bunuh diri",
  accident: "kecelakaan",
  pregnant: "hamil",
  // health
  lara: "sakit",
  loro: "sakit",
  sick: "sakit",
  teruk: "parah",
  rs: "rumah sakit",
  rsud: "rumah sakit",
  hospital: "rumah sakit",
  stres: "stress",
  wedi: "takut",
  nangis: "menangis",
  // misc Malay / English
  maf: "maaf",
  urip: "hidup",
  takde: "tidak ada",
  tkde: "tidak ada",
  kept: "ditahan",
  held: "ditahan",
  taken: "diambil",
  ngancem: "mengancam",
  sasi: "bulan",
  // Malaysia and Brunei Malay
  nak: "mau",
  imigresen: "imigrasi",
  daring: "online",
  x: "tidak",
  nombor: "nomor",
  kepengin: "ingin",
  je: "saja",
  khabar: "kabar",
  bagi: "kasih",
  rogol: "diperkosa",
  dirogol: "diperkosa",
  belasah: "dipukul",
  dibelasah: "dipukul",
  cekup: "ditangkap",
  dicekup: "ditangkap",
  pengsan: "pingsan",
  doktor: "dokter",
  toke: "majikan",
  ejen: "agen",
  kilang: "pabrik",
  hospitalnya: "rumah sakit",
  katil: "kasur",
  bumbung: "atap",
  dihantar: "dikirim",
  // Javanese
  seda: "meninggal",
  juragan: "majikan",
  angsal: "dapat",
  mantuk: "pulang",
  wangsul: "pulang",
  ajrih: "takut",
  kiat: "kuat",
  budhal: "berangkat",
  budal: "berangkat",
  mangkat: "berangkat",
  dijanjeni: "dijanjikan",
  janjine: "janji",
  bayarane: "gaji",
  kabare: "kabar",
  nomere: "nomor",
  omahe: "rumah",
  dalan: "jalan",
  duwe: "punya",
  soko: "dari",
  saiki: "sekarang",
  mung: "cuma",
  bengi: "malam",
  awakku: "badan",
  kesel: "capek",
  kabeh: "semua",
  nguntal: "telan",
  getihen: "berdarah",
  dipenthung: "dipukul",
  wae: "saja",
  mlaku: "jalan",
  neng: "di",
  nang: "di",
  gebugi: "dipukul",
  // Sundanese
  dunungan: "majikan",
  digebukan: "dipukul",
  indung: "ibu",
  gering: "sakit",
  leumpang: "jalan",
  beja: "kabar",
  tos: "sudah",
  aya: "ada",
  deui: "lagi",
  kumaha: "bagaimana",
  naros: "tanya",
  taun: "tahun",
  gaduh: "punya",
  artos: "uang",
  ngan: "cuma",
  ayeuna: "sekarang",
  kuduna: "harusnya",
  nelepon: "telepon",
  dicepeng: "dipegang",
  ditampiling: "ditampar",
  ditajong: "ditendang",
  dicabok: "ditampar",
  // Gulf (kafala) and Taiwan/Hong Kong/Singapore terms
  kafil: "majikan",
  kafeel: "majikan",
  iqama: "permit",
  iqomah: "permit",
  ikamah: "permit",
  arc: "permit",
  hkid: "ktp",
  tarhil: "detensi",
  maktab: "agen",
  madamnya: "majikan",
  // chat spellings
  dtgkap: "ditangkap",
  dibolehin: "dibolehkan",
  diizinin: "diizinkan",
  gajinya: "gaji",
  kabarin: "kabari",
  gj: "gaji",
  ad: "ada",
  rmh: "rumah",
  pkul: "pukul",
  dipkul: "dipukul",
  mngl: "meninggal",
  jnzh: "jenazah",
  megang: "pegang",
  nyentuh: "sentuh",
  nyium: "cium",
  diciumi: "dicium",
  overtime: "lembur",
};

/** Two-word expressions replaced as a whole (checked before single words). */
const PHRASE_LIST: Record<string, string> = {
  "go home": "pulang",
  "going home": "pulang",
  "balik kampung": "pulang",
  "pulang kampung": "pulang",
  "run away": "kabur",
  "ran away": "kabur",
  "lost contact": "hilang kontak",
  "kill myself": "bunuh diri",
  "can t": "tidak bisa",
  cannot: "tidak bisa",
  "don t": "tidak",
  "tilar donya": "meninggal",
  "ra oleh": "tidak boleh",
  "ora oleh": "tidak boleh",
  "teu acan": "belum",
  "sexual harassment": "pelecehan",
  "human trafficking": "tppo",
  "kena tangkap": "ditangkap",
  "not paid": "tidak dibayar",
  "ma am": "majikan",
  // "sudah tiada" is "has passed away", not "there is nothing any more".
  "sudah tiada": "meninggal",
  "udah tiada": "meninggal",
  "udh tiada": "meninggal",
  "sdh tiada": "meninggal",
  "telah tiada": "meninggal",
  "wis tiada": "meninggal",
  "kena pukul": "dipukul",
  "kena tumbuk": "dipukul",
  "kena belasah": "dipukul",
  "kena cekup": "ditangkap",
  "kena rogol": "diperkosa",
  "buang kerja": "dipecat",
  "tak bagi": "tidak kasih",
  "dipun gebugi": "dipukul",
  "dipun raba": "diraba",
  "ora iso": "tidak bisa",
  "teu aya": "tidak ada",
  "teu kuat": "tidak kuat",
  "teu kantos": "tidak pernah",
  "teu kenging": "tidak boleh",
  "ora ana": "tidak ada",
  // Javanese "ora tau" is "never", not "does not know".
  "ora tau": "tidak pernah",
  "hantar balik": "pulangkan",
};

// Maps, not objects: a token like "constructor" must not find Object.prototype members.
const WORDS = new Map(Object.entries(WORD_LIST).map(([k, v]) => [k, v.split(" ")] as const));
const PHRASES = new Map(Object.entries(PHRASE_LIST).map(([k, v]) => [k, v.split(" ")] as const));
/** First words of the two-word phrases, so most tokens skip the pair lookup. */
const PHRASE_STARTS = new Set(Object.keys(PHRASE_LIST).map((k) => k.split(" ")[0]!));

/**
 * Passive verbs people type with a space ("di pukul", "di bayar"): "di" + word is joined only
 * when the result is one of these, so place phrases like "di rumah" stay as they are.
 */
const DI_VERBS = new Set([
  "dibayar",
  "digaji",
  "dipukul",
  "ditampar",
  "ditendang",
  "disiksa",
  "dianiaya",
  "dihajar",
  "dikunci",
  "dikurung",
  "disekap",
  "dijual",
  "ditahan",
  "ditangkap",
  "dipenjara",
  "dideportasi",
  "diperkosa",
  "dilecehkan",
  "dicabuli",
  "diraba",
  "dipecat",
  "dipotong",
  "dipulangkan",
  "diberangkatkan",
  "ditipu",
  "dirawat",
  "diusir",
  "dihubungi",
  "ditelepon",
  "disita",
  "dipegang",
  "diambil",
  "dikembalikan",
  "dikasih",
  "diberi",
  "dipaksa",
  "disuruh",
  "diancam",
  "dibunuh",
  "disiram",
  "dijambak",
  "dicekik",
  "ditelantarkan",
  "diculik",
  "disandera",
  "dipindah",
  "diberhentikan",
  "dimarahi",
  "dihina",
  "dipalsukan",
  "diperjualbelikan",
  "diperbudak",
  "diizinkan",
  "diijinkan",
  "dibolehkan",
  "dilarang",
  "ditunda",
  "dibatalkan",
  "dibawa",
  "dijanjikan",
  "ditinggal",
]);

/** Words ending in "nya" where it is not the suffix. */
const NYA_KEEP = /(?:tanya|punya|hanya|nyonya|kenya)$/;

/** "-ku"/"-mu" are stripped only from these stems ("gajiku", "anakku"), never blindly. */
const KU_STEMS = new Set([
  "gaji",
  "anak",
  "paspor",
  "majikan",
  "suami",
  "istri",
  "adik",
  "kakak",
  "ibu",
  "bapak",
  "uang",
  "duit",
  "hp",
  "dokumen",
  "badan",
  "kamar",
  "keluarga",
  "bojo",
  "bayaran",
  "nasib",
  "hidup",
]);

function stripSuffix(token: string): string {
  if (token.length >= 5 && token.endsWith("nya") && !NYA_KEEP.test(token)) return token.slice(0, -3);
  if (token.length >= 4 && (token.endsWith("ku") || token.endsWith("mu"))) {
    const stem = token.slice(0, -2);
    if (KU_STEMS.has(stem) || KU_STEMS.has(WORDS.get(stem)?.[0] ?? "")) return stem;
  }
  return token;
}

/** The standard word(s) for a token, after suffix stripping. */
function mapWord(token: string): readonly string[] {
  const direct = WORDS.get(token) ?? PHRASES.get(token);
  if (direct) return direct;
  const stem = stripSuffix(token);
  return WORDS.get(stem) ?? [stem];
}

/** Normalised tokens: base tokens with suffixes stripped and the dictionary applied. */
export function normalizeTokens(raw: string): string[] {
  const base = baseTokens(raw);
  const out: string[] = [];
  for (let i = 0; i < base.length; i++) {
    const token = base[i]!;
    const next = base[i + 1];
    if (next !== undefined) {
      const phrase = PHRASE_STARTS.has(token) ? PHRASES.get(`${token} ${next}`) : undefined;
      if (phrase) {
        out.push(...phrase);
        i++;
        continue;
      }
      // "d bayar", "di pkul": the prefix abbreviated or the word misspelt ("pkul" is "pukul").
      if (token === "di" || token === "d") {
        const joined = [mapWord(`di${next}`), mapWord(`di${mapWord(next)[0]}`)].find((j) => j.length === 1 && DI_VERBS.has(j[0]!));
        if (joined) {
          out.push(joined[0]!);
          i++;
          continue;
        }
      }
    }
    // "hp nya", "gaji nya": the suffix typed as a word.
    if (token === "nya" && out.length > 0) continue;
    out.push(...mapWord(token));
  }
  return out;
}

/**
 * The normalised text: lowercase standard-Indonesian words separated by single spaces,
 * e.g. "Sy blm dibyr 3bln, tolongggg!!" → "saya belum dibayar 3 bulan tolong".
 */
export function normalizeText(raw: string): string {
  return normalizeTokens(raw).join(" ");
}

/** "medannya" → "medan": the possessive suffix glued to a place name. */
function withoutNya(token: string): string {
  return token.length > 5 && token.endsWith("nya") && !NYA_KEEP.test(token) ? token.slice(0, -3) : token;
}

export interface AliasHit<T> {
  value: T;
  /** The alias as written in the catalogue. */
  alias: string;
  /** Token span in the base tokens, end exclusive. */
  start: number;
  end: number;
  /** Preceded by a cue word ("dari", "di", "asal"...). */
  cued: boolean;
}

interface AliasEntry<T> {
  value: T;
  alias: string;
  tokens: string[];
  weak: boolean;
}

/**
 * Whole-word phrase lookup over base tokens, for place names. Multi-word aliases also match
 * written as one word ("tanjung balai" / "tanjungbalai"). A weak alias is a place name that is
 * also an everyday word ("malang" = unlucky, "kisaran" = range, "palu" = hammer): it only counts
 * after a cue word or when it is the whole message (the answer to "where are you from?").
 * Hits fully inside a longer hit are dropped ("kota pekalongan" hides "pekalongan").
 */
export class AliasIndex<T> {
  private readonly byFirst = new Map<string, AliasEntry<T>[]>();

  constructor(
    entries: ReadonlyArray<{ value: T; alias: string; weak?: boolean }>,
    private readonly cues: ReadonlySet<string>,
  ) {
    for (const { value, alias, weak = false } of entries) {
      const tokens = baseTokens(alias);
      if (tokens.length === 0) continue;
      this.add({ value, alias, tokens, weak });
      if (tokens.length > 1) this.add({ value, alias, tokens: [tokens.join("")], weak });
    }
  }

  private add(entry: AliasEntry<T>): void {
    const first = entry.tokens[0]!;
    const list = this.byFirst.get(first);
    if (list) list.push(entry);
    else this.byFirst.set(first, [entry]);
  }

  find(tokens: readonly string[]): AliasHit<T>[] {
    const hits: AliasHit<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const candidates = [
        ...(this.byFirst.get(token) ?? []),
        ...(token !== withoutNya(token) ? (this.byFirst.get(withoutNya(token)) ?? []) : []),
      ];
      for (const entry of candidates) {
        const end = i + entry.tokens.length;
        if (end > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < entry.tokens.length && ok; k++) {
          const t = tokens[i + k]!;
          ok = t === entry.tokens[k] || (k === entry.tokens.length - 1 && withoutNya(t) === entry.tokens[k]);
        }
        if (!ok) continue;
        const cued = i > 0 && this.cues.has(tokens[i - 1]!);
        const wholeMessage = i === 0 && end === tokens.length;
        if (entry.weak && !cued && !wholeMessage) continue;
        hits.push({ value: entry.value, alias: entry.alias, start: i, end, cued });
      }
    }
    return dropContained(hits);
  }
}

/** Drops hits lying inside a strictly longer hit. Hits are short, so only near starts are compared. */
function dropContained<T>(hits: AliasHit<T>[]): AliasHit<T>[] {
  const byStart = new Map<number, AliasHit<T>[]>();
  let maxSpan = 0;
  for (const h of hits) {
    const list = byStart.get(h.start);
    if (list) list.push(h);
    else byStart.set(h.start, [h]);
    maxSpan = Math.max(maxSpan, h.end - h.start);
  }
  return hits.filter((h) => {
    for (let s = h.start - maxSpan + 1; s <= h.start; s++) {
      for (const o of byStart.get(s) ?? []) {
        if (o.end >= h.end && o.end - o.start > h.end - h.start) return false;
      }
    }
    return true;
  });
}
