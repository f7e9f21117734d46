/**
 * Reading the facts officers work with (employer, placement company, work sector, departure
 * date, passport, city abroad) as people write them: the answer to an optional question
 * ("PT nya lupa", "majikan saya Mr Tan", "kilang", "tak tahu"), or a story that already names
 * them ("lewat PT Maju Jaya", "kerja di Kuala Lumpur"). Only what reads reliably is taken; the
 * whole answer stays stored as the message officers read.
 */
import { SECTOR_CHOICES, isWorkSector, type AskedFact, type ToldFacts, type WorkSector } from "../core/case-facts.js";
import { matchCityAbroad } from "../core/cities-abroad.js";
import { baseTokens, normalizeText } from "../core/normalize-text.js";
import { isSkipAnswer } from "./answers.js";
import { departureInStory } from "./departure-date.js";
import { hasNameWord } from "./not-a-name.js";

/** A fact longer than this is a sentence, not a name or a date. */
const MAX_FACT_WORDS = 8;
const MAX_FACT_CHARS = 100;

/** "tidak tahu", "gak tau", "PT nya lupa", "tak ingat", "skip": not known, so the question moves on. */
const UNKNOWN =
  /\b(tidak (tahu|ingat|inget|ngerti|ngertos|paham|yakin|pasti|ada|terang|weruh|ruh|nyaho|kenal)|belum (tahu|ada|jelas|pasti)|kurang (tahu|paham|jelas|ngerti)|lupa|entah(lah)?|embuh|mboh|teuing|gatau|gktau|gatw|gtw|xtau|g tahu|gada|gaada|tiada|skip|lewati|lewatin|lwt|lewat (aja|saja|dulu)|rahasia)\b/;
const UNKNOWN_MAX_WORDS = 6;

export function isUnknownAnswer(text: string): boolean {
  if (isSkipAnswer(text)) return true;
  const words = normalizeText(text);
  return !!words && words.split(" ").length <= UNKNOWN_MAX_WORDS && UNKNOWN.test(words);
}

/** Words that end a name: the sentence goes on ("PT Maju Jaya yang di Cirebon", "Mr Tan tidak bayar"). */
const ENDS_NAME = new Set([
  "nya",
  "yang",
  "yg",
  "di",
  "ke",
  "dari",
  "dr",
  "tidak",
  "tdk",
  "gak",
  "ga",
  "gk",
  "nggak",
  "enggak",
  "ndak",
  "tak",
  "belum",
  "blm",
  "sudah",
  "udah",
  "udh",
  "sdh",
  "saya",
  "sy",
  "aku",
  "ku",
  "kami",
  "dia",
  "mereka",
  "itu",
  "ini",
  "tersebut",
  "tempat",
  "penempatan",
  "dan",
  "atau",
  "tapi",
  "tetapi",
  "juga",
  "mau",
  "minta",
  "bilang",
  "katanya",
  "kata",
  "kayaknya",
  "sepertinya",
  "mungkin",
  "kalau",
  "kalo",
  "sejak",
  "selama",
  "waktu",
  "bayar",
  "dibayar",
  "gaji",
  "tolong",
  "mohon",
  "lupa",
  "tahu",
  "tau",
  "bernama",
  "namanya",
  "nama",
  "untuk",
  "buat",
  "dengan",
  "sama",
  "karena",
  "krn",
  "lagi",
  "masih",
  "sering",
  "selalu",
  "jadi",
  "kerja",
  "bekerja",
  "memberangkatkan",
  "berangkat",
  "lewat",
  "melalui",
  "bulan",
  "tahun",
  "sampai",
  "hingga",
  "malah",
  "padahal",
  "akan",
  "bisa",
  "harus",
  "pernah",
  "kasih",
  "hanya",
  "cuma",
  "pak",
  "bu",
  "kak",
]);

/** Words up to where the sentence goes on (at most `max`), as typed. */
function nameWords(words: readonly string[], max: number, onlyCapitalisedAfterFirst = false): string[] {
  const out: string[] = [];
  for (const word of words) {
    const bare = word.replace(/[^\p{L}\p{N}&'.-]/gu, "").replace(/\.+$/, "");
    if (!bare || ENDS_NAME.has(bare.toLowerCase()) || out.length === max) break;
    if (onlyCapitalisedAfterFirst && out.length > 0 && !/^\p{Lu}/u.test(bare)) break;
    out.push(bare);
    // "PT Maju Jaya, majikan saya...": punctuation ends the name.
    if (/[,;:!?)]$|\.$/.test(word)) break;
  }
  return out;
}

/** Where a name may end in an answer and the answer still be a name: a place or a clause about it ("Sun Hope di Taipei"). */
const AFTER_NAME_OK = new Set(["di", "dari", "yang", "yg"]);

/**
 * A whole short answer as a name: "Sun Hope di taipei" → "Sun Hope"; a sentence ("galak sekali
 * dan sering marah") is none.
 */
function answerName(value: string, max: number): string | null {
  const all = value.split(/\s+/).filter(Boolean);
  const words = nameWords(all, max);
  if (words.length === 0) return null;
  const next = all[words.length]?.toLowerCase().replace(/[^\p{L}]/gu, "");
  const punctuated = /[,;:!?)]$|\.$/.test(all[words.length - 1]!);
  const name = words.join(" ");
  // "iya", "bukan", "kakak", "orang arab": a stray answer, not a name.
  if (!hasNameWord(name)) return null;
  return next === undefined || punctuated || AFTER_NAME_OK.has(next) ? tidyName(name) : null;
}

/** "sinar mas" → "Sinar Mas": a name typed all in lowercase is shown capitalised; one typed otherwise is kept. */
function tidyName(name: string): string {
  if (name !== name.toLowerCase()) return name;
  return name.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** The first clause, without what opens it (labels) and what closes it (punctuation). */
function firstClause(text: string, leading: RegExp): string {
  const clause = text.slice(0, 300).split(/[,;()!?\n]|(?<!\b(?:mr|mrs|ms|dr|mdm|st))\.\s|\s-\s/i)[0] ?? "";
  let rest = clause.trim();
  for (let i = 0; i < 3; i++) {
    const stripped = rest.replace(leading, "").trim();
    if (stripped === rest) break;
    rest = stripped;
  }
  return rest.replace(/^["'“]+|["'”.]+$/g, "").trim();
}

/** The answer as a short name or phrase, or null when it is a sentence (then it is more of the story). */
function shortValue(value: string): string | null {
  if (!/\p{L}/u.test(value) && !/\d/.test(value)) return null;
  const words = value.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_FACT_WORDS) return null;
  return value.slice(0, MAX_FACT_CHARS);
}

// --- placement company (P3MI / PT) or agency abroad ---------------------------------------

const COMPANY = /\b(?:PT|P\.T\.?|CV)\.?\s+(\S+(?:\s+\S+){0,5})/iu;
const AGENCY_WORDS = /\b(agensi|agency|agen|agent)\b/i;
const COMPANY_LABELS =
  /^(?:nama\s+)?(?:(?:(?:pt|perusahaan|p3mi|pjtki|pptkis|agensi|agency|agen|agent|sponsor)(?:nya)?|nya|lewat|melalui|dari|dengan|ikut|saya|sy|aku|dia|kami|di|yang|yg|memberangkatkan|berangkat|namanya|bernama|adalah|itu)(?![\p{L}\p{N}])|:|-)\s*/iu;

/** "PT Maju Jaya" in any text; "PT nya lupa" and "PT yang memberangkatkan" name no company. */
export function companyIn(text: string): string | null {
  const match = COMPANY.exec(text.slice(0, 2000));
  if (!match) return null;
  const words = nameWords(match[1]!.split(/\s+/), 5);
  if (words.length === 0 || words[0]!.length < 2) return null;
  return `PT ${tidyName(words.join(" "))}`;
}

/**
 * "agensi sy Sun Hope", "Agency nya namanya Golden Star": the agency abroad, its name capitalised as
 * names are. Not "agen Ahmad": an "agen" is as often the recruiter at home.
 */
const AGENCY_NAMED =
  /\b(?:[Aa]gensi|[Aa]gency|[Aa]gent)(?:\s*nya)?\s+(?:(?:saya|sy|ku|aku|kami|dia)\s+)?(?:(?:bernama|namanya|nama\s*nya)\s+)?((?:[A-Z][\p{L}\p{N}&'.-]*)(?:\s+[A-Z][\p{L}\p{N}&'.-]*){0,3})/u;

function agencyIn(text: string): string | null {
  const match = AGENCY_NAMED.exec(text.slice(0, 2000));
  if (!match) return null;
  const words = nameWords(match[1]!.split(/\s+/), 4);
  return words.length > 0 && hasNameWord(words.join(" ")) ? words.join(" ") : null;
}

function readCompany(text: string): ToldFacts {
  const named = companyIn(text);
  if (named) return { placementCompany: named };
  const value = shortValue(firstClause(text, COMPANY_LABELS));
  const name = value ? answerName(value, 6) : null;
  if (!name) return {};
  // "agensi nya Sun Hope di taipei", "agen Maria": the agency abroad, not the PT.
  return AGENCY_WORDS.test(text) ? { agencyAbroad: name } : { placementCompany: name };
}

// --- employer -------------------------------------------------------------------------------

const HONORIFIC = "mr|mrs|ms|miss|madam|mdm|mister|tuan|puan|encik|sir|mam|mama|papa|nyonya|bapak|ibu|pak|bu";
const EMPLOYER_TITLED = new RegExp(
  `\\b(?:majikan|bos|boss|tauke|taukeh)(?:nya)?\\s+(?:(?:saya|sy|ku|aku|kami|kita|adik|anak|istri|suami)\\s+)?(?:(?:bernama|namanya|adalah)\\s+)?((?:${HONORIFIC})\\.?\\s+\\S+(?:\\s+\\S+){0,2})`,
  "iu",
);
const EMPLOYER_NAMED =
  /\b(?:majikan|bos|boss|tauke|taukeh)(?:nya)?\s+(?:(?:saya|sy|ku|aku|kami)\s+)?(?:bernama|namanya|nama\s*nya)\s+(\S+(?:\s+\S+){0,3})/iu;
const EMPLOYER_LABELS =
  /^(?:nama\s+)?(?:(?:(?:majikan|bos|boss|tauke|taukeh|pemberi kerja|perusahaan)(?:nya)?|nya|saya|sy|aku|ku|kami|dia|namanya|bernama|adalah|itu)(?![\p{L}\p{N}])|:|-)\s*/iu;

/** "majikan saya Mr Tan", "majikan sy namanya Ahmad": the employer named in a story. */
export function employerIn(text: string): string | null {
  const head = text.slice(0, 2000);
  const titled = EMPLOYER_TITLED.exec(head);
  if (titled) {
    const [title, ...rest] = titled[1]!.split(/\s+/);
    const words = nameWords(rest, 3, true);
    // "bapak", "ibu" are also plain words ("majikan saya ibu tua itu"): a name after them is capitalised.
    const plainWord = /^(bapak|ibu|pak|bu|mama|papa|sir|mam)$/i.test(title!);
    if (words.length > 0 && (!plainWord || /^\p{Lu}/u.test(words[0]!))) return `${tidyName(title!.replace(/\.$/, ""))} ${words.join(" ")}`;
  }
  const named = EMPLOYER_NAMED.exec(head);
  if (named) {
    const words = nameWords(named[1]!.split(/\s+/), 4, true);
    if (words.length > 0) return words.join(" ");
  }
  return null;
}

function readEmployer(text: string): ToldFacts {
  const named = employerIn(text);
  if (named) return { employerName: named };
  const value = shortValue(firstClause(text, EMPLOYER_LABELS));
  if (!value) return {};
  const name = answerName(value, MAX_FACT_WORDS);
  return name ? { employerName: name } : {};
}

// --- work sector ----------------------------------------------------------------------------

/** The sector named in an answer (generous) or a story (only unmistakable words). */
const SECTOR_ANSWER: [WorkSector, RegExp][] = [
  ["ABK", /\b(abk|awak kapal|kapal|nelayan|pelaut|perikanan|fishing|kelasi)\b/],
  [
    "PERAWAT",
    /\b(caregiver|care giver|perawat|jaga (nenek|kakek|lansia|jompo|ama|akong|amah|manula|orang tua|orang sakit|pasien)|rawat (nenek|kakek|lansia|jompo|orang tua)|lansia|jompo|manula|panti)\b/,
  ],
  ["PRT", /\b(prt|pembantu|asisten rumah tangga|pekerja rumah tangga|rumah tangga|art|maid|domestic|helper|housemaid|babu|bibik)\b/],
  ["PABRIK", /\b(pabrik|kilang|factory|manufaktur|produksi|operator mesin)\b/],
  ["PERKEBUNAN", /\b(kebun|perkebunan|ladang|sawit|plantation|pertanian|petani|tani)\b/],
  ["KONSTRUKSI", /\b(konstruksi|bangunan|proyek|construction|tukang)\b/],
  ["LAINNYA", /^(lain|lainnya|yang lain|lain lain)$/],
];
const SECTOR_STORY: [WorkSector, RegExp][] = [
  ["ABK", /\b(abk|awak kapal|kapal ikan|nelayan)\b/],
  ["PERAWAT", /\b(caregiver|perawat lansia|jaga (nenek|kakek|lansia|jompo|ama|akong|manula)|rawat (nenek|kakek|lansia|jompo))\b/],
  ["PRT", /\b(prt|pembantu rumah tangga|asisten rumah tangga|pekerja rumah tangga|jadi pembantu|domestic helper|housemaid)\b/],
  ["PABRIK", /\b(pabrik|kilang)\b/],
  ["PERKEBUNAN", /\b(perkebunan|kebun sawit|ladang sawit)\b/],
  ["KONSTRUKSI", /\b(konstruksi|proyek bangunan|kerja bangunan)\b/],
];
/** A short answer naming no listed sector ("restoran", "cleaning service") is "other". */
const OTHER_SECTOR_MAX_WORDS = 4;

function sectorBy(table: [WorkSector, RegExp][], text: string): WorkSector | null {
  const words = normalizeText(text.slice(0, 2000));
  // As typed too: "jaga ama" (the grandmother cared for) would normalise to "jaga sama".
  const typed = baseTokens(text.slice(0, 2000)).join(" ");
  return table.find(([, pattern]) => pattern.test(words) || pattern.test(typed))?.[0] ?? null;
}

function readSector(text: string, action: string | undefined): ToldFacts {
  const code = action?.startsWith("answer:sector:") ? action.slice("answer:sector:".length) : null;
  if (code && isWorkSector(code)) return { workSector: code };
  const number = /^\s*([1-9])\s*[.)]?\s*$/.exec(text);
  if (number) {
    const choice = SECTOR_CHOICES[Number(number[1]) - 1];
    return choice ? { workSector: choice.code } : {};
  }
  const named = sectorBy(SECTOR_ANSWER, text);
  if (named) return { workSector: named };
  const words = normalizeText(text).split(" ").filter(Boolean);
  return words.length > 0 && words.length <= OTHER_SECTOR_MAX_WORDS ? { workSector: "LAINNYA" } : {};
}

// --- passport, departure date, city abroad ----------------------------------------------------

/** One or two letters and seven digits, as Indonesian passports are numbered. */
const PASSPORT = /\b([A-Za-z]{1,2}) ?(\d{7})\b/;
const PASSPORT_WORD = /\b(paspor|pasport|passport|pspor|pasppor)\b/i;

function passportIn(text: string): string | null {
  const match = PASSPORT.exec(text.slice(0, 2000));
  return match ? `${match[1]!.toUpperCase()}${match[2]}` : null;
}

const DATE_LABELS =
  /^(?:(?:saya|sy|dia|kami|adik|anak)\s+)?(?:berangkat(?:nya)?|brangkat|dijanjikan|janji(?:nya)?|rencana(?:nya)?|katanya|sekitar|kira[\s-]*kira|kira2|kurang lebih|pada|tanggal|tgl|(?:tahun|thn)(?=\s*\d))(?![\p{L}\p{N}])\s*/iu;

/** As typed ("bulan maret kemarin"); a time counted back gets its month too: "3 bulan lalu (sekitar Agustus 2026)". */
function readDeparture(text: string, reference: Date): ToldFacts {
  const value = shortValue(firstClause(text, DATE_LABELS));
  if (!value) return {};
  const counted = departureInStory(`berangkat ${value}`, reference);
  return { departureDate: counted?.startsWith("sekitar") ? `${value} (${counted})` : value };
}

const CITY_LABELS =
  /^(?:(?:saya|sy|dia|kami|adik|anak|sekarang|skrg|masih|tinggal|kerja|bekerja|kota(?:nya)?|daerah(?:nya)?|di|dekat|sekitar)(?![\p{L}\p{N}])\s*)+/iu;

function readCity(text: string): ToldFacts {
  const known = matchCityAbroad(text);
  if (known) return { cityAbroad: known };
  const value = shortValue(firstClause(text, CITY_LABELS));
  // "Johor katanya", "Ipoh kayaknya pak": the place, without the hedge after it.
  const words = value ? nameWords(value.split(/\s+/), 5) : [];
  return words.length > 0 && hasNameWord(words.join(" ")) ? { cityAbroad: tidyName(words.join(" ")) } : {};
}

/**
 * The answer to the question about one fact, cleaned; {} when it gives none (an unknown,
 * a sentence: the caller keeps it with the story). `reference` dates "3 bulan lalu".
 */
export function readFactAnswer(field: AskedFact, text: string, reference: Date, action?: string): ToldFacts {
  if (action === "answer:skip" || (!action && isUnknownAnswer(text))) return {};
  switch (field) {
    case "employerName":
      return readEmployer(text);
    case "placementCompany":
      return readCompany(text);
    case "workSector":
      return readSector(text, action);
    case "departureDate":
      return readDeparture(text, reference);
    case "passportNumber": {
      const number = passportIn(text);
      return number ? { passportNumber: number } : {};
    }
    case "cityAbroad":
      return readCity(text);
  }
}

/** The facts a story names reliably enough to not ask them again; `reference` dates "3 bulan lalu". */
export function factsInStory(text: string, reference: Date): ToldFacts {
  const facts: ToldFacts = {};
  const departure = departureInStory(text, reference);
  if (departure) facts.departureDate = departure;
  const company = companyIn(text);
  if (company) facts.placementCompany = company;
  const agency = agencyIn(text);
  if (agency) facts.agencyAbroad = agency;
  const employer = employerIn(text);
  if (employer) facts.employerName = employer;
  const sector = sectorBy(SECTOR_STORY, text);
  if (sector) facts.workSector = sector;
  const city = matchCityAbroad(text);
  if (city) facts.cityAbroad = city;
  if (PASSPORT_WORD.test(text)) {
    const passport = passportIn(text);
    if (passport) facts.passportNumber = passport;
  }
  return facts;
}
