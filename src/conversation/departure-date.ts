/**
 * When the worker left, as a story tells it: "berangkat bulan maret 2024", "sejak 2022 di
 * taiwan", "baru 3 bulan berangkat", "udah 8 bln di malaysia". Read only where the words tie the
 * date to leaving or to being abroad: "gaji tidak dibayar sejak maret 2024" or "sudah 2 tahun
 * gaji blm dibayar" date the problem, not the departure, and give none. A time counted back
 * ("3 bulan lalu") is turned into a month from the day the report began, marked "sekitar".
 */
import { matchCityAbroad } from "../core/cities-abroad.js";
import { matchCountry } from "../core/countries.js";
import { normalizeText } from "../core/normalize-text.js";

const MONTHS: [string, RegExp][] = [
  ["Januari", /^(januari|jan|january)$/],
  ["Februari", /^(februari|pebruari|feb|february)$/],
  ["Maret", /^(maret|mar|march)$/],
  ["April", /^(april|apr)$/],
  ["Mei", /^(mei|may)$/],
  ["Juni", /^(juni|jun|june)$/],
  ["Juli", /^(juli|jul|july)$/],
  ["Agustus", /^(agustus|agus|agu|agt|ags|august)$/],
  ["September", /^(september|sept|sep)$/],
  ["Oktober", /^(oktober|okt|october|oct)$/],
  ["November", /^(november|nopember|nov)$/],
  ["Desember", /^(desember|des|december|dec)$/],
];
const MONTH_WORD =
  "januari|jan|january|februari|pebruari|feb|february|maret|mar|march|april|apr|mei|may|juni|jun|june|juli|jul|july|agustus|agus|agu|agt|ags|august|september|sept|sep|oktober|okt|october|oct|november|nopember|nov|desember|des|december|dec";
/** A month, a year, or both: "maret 2024", "bulan 3 2024" is not read (too easily a count). */
const DATE = `(?:(?:tanggal|tgl) )?(?:\\d{1,2} )?(?:bulan )?(?:(${MONTH_WORD})(?: (?:tahun )?((?:19|20)\\d\\d))?|(?:tahun )?((?:19|20)\\d\\d))`;
const LEAVE = "(?:berangkat|brangkat|diberangkatkan|keberangkatan|terbang|merantau)(?:nya)?";
/** "berangkat bulan maret 2024", "berangkat ke taiwan tahun 2023", "berangkatnya pada 2022". */
const LEFT_ON = new RegExp(`\\b${LEAVE} (?:(?:ke|dari) \\S+(?: \\S+)? )?(?:(?:pada|sekitar|kira kira|sejak) )?${DATE}(?!\\d)`);
/**
 * A time told of the worker's stay, not of the problem: at the start of a clause or right after
 * who it is about ("sy sdh 8 bulan di taiwan"), never after what happened ("gaji blm dibayar udh 2 bln di taiwan").
 */
const WHO_OPENS = "(?:^|\\b(?:saya|dia|kami|adik|kakak|anak|suami|istri) )";
/** "sejak 2022 di taiwan", "mulai tahun 2021 kerja di malaysia". */
const SINCE_THEN_THERE = new RegExp(
  `${WHO_OPENS}(?:sudah )?(?:sejak|dari|mulai) ${DATE} (?:sudah )?(?:(?:kerja|bekerja|tinggal|merantau) )?di (\\S+(?: \\S+)?)`,
);
/** "kerja di taiwan sejak 2022", "di malaysia dari tahun 2021". */
const THERE_SINCE = new RegExp(`\\bdi (\\S+(?: \\S+)?) (?:sejak|dari|mulai) ${DATE}(?!\\d)`);

const UNIT = "(hari|minggu|bulan|tahun)";
const COUNT = "(\\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|setengah)";
/** "berangkatnya baru 2 minggu", "berangkat 3 bulan lalu" ("berangkat 2 bulan lagi" is a promise, not a date). */
const LEFT_SINCE = new RegExp(`\\b${LEAVE} (?:baru|sudah) ${COUNT} ${UNIT}\\b`);
const LEFT_AGO = new RegExp(`\\b${LEAVE} (?:sekitar )?${COUNT} ${UNIT} (?:yang )?lalu\\b`);
/** "baru 3 bulan berangkat". */
const AGO_LEFT = new RegExp(`\\b(?:baru|sudah|sekitar) ${COUNT} ${UNIT} (?:saya |dia |yang |yg )?${LEAVE}`);
/** "udah 8 bln di malaysia", "baru 2 bulan kerja di taiwan". */
const AGO_THERE = new RegExp(`${WHO_OPENS}(?:baru|sudah) ${COUNT} ${UNIT} (?:(?:kerja|bekerja|tinggal|merantau) )?di (\\S+(?: \\S+)?)`);
/** "kerja di taiwan sudah 2 tahun", "di hongkong baru 5 bulan". */
const THERE_AGO = new RegExp(
  `(?:${WHO_OPENS}|\\b(?:kerja|bekerja|tinggal|merantau) )di (\\S+(?: \\S+)?) (?:baru|sudah) ${COUNT} ${UNIT}\\b`,
);

const NUMBER_WORDS: Record<string, number> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  setengah: 0.5,
};
const MONTH_NAMES = MONTHS.map(([name]) => name);

/** A place abroad ("taiwan", "hong kong", "kuala lumpur"), not "rumah", "penampungan" or "kampung". */
function isAbroad(place: string): boolean {
  return !!matchCountry(place) || !!matchCityAbroad(place);
}

function absolute(month: string | undefined, year: string | undefined): string | null {
  const name = month ? MONTHS.find(([, pattern]) => pattern.test(month))?.[0] : undefined;
  if (name && year) return `${name} ${year}`;
  return name ?? year ?? null;
}

function countedBack(count: string, unit: string, reference: Date): string {
  const n = NUMBER_WORDS[count] ?? Number(count);
  if (unit === "tahun" && n >= 1) return `sekitar ${reference.getUTCFullYear() - Math.round(n)}`;
  const days = unit === "minggu" ? n * 7 : unit === "hari" ? n : 0;
  const months = unit === "tahun" ? n * 12 : unit === "bulan" ? n : 0;
  const at = new Date(
    Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() - Math.round(months), days ? reference.getUTCDate() - days : 1),
  );
  return `sekitar ${MONTH_NAMES[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
}

/** "bulan 3 2024", "bulan 11 tahun 2023": the month by its number. */
const NUMBERED_MONTH = /\bbulan (\d{1,2}) (?:tahun )?((?:19|20)\d\d)\b/g;

function monthsByName(clause: string): string {
  return clause.replace(NUMBERED_MONTH, (whole, month: string, year: string) => {
    const name = MONTH_NAMES[Number(month) - 1];
    return name ? `bulan ${name.toLowerCase()} ${year}` : whole;
  });
}

/** The departure in one clause, or null. */
function inClause(text: string, reference: Date): string | null {
  const clause = monthsByName(text);
  const left = LEFT_ON.exec(clause);
  if (left) return absolute(left[1], left[2] ?? left[3]);
  const since = SINCE_THEN_THERE.exec(clause);
  if (since && isAbroad(since[4]!)) return absolute(since[1], since[2] ?? since[3]);
  const there = THERE_SINCE.exec(clause);
  if (there && isAbroad(there[1]!)) return absolute(there[2], there[3] ?? there[4]);
  const ago = LEFT_SINCE.exec(clause) ?? LEFT_AGO.exec(clause) ?? AGO_LEFT.exec(clause);
  if (ago) return countedBack(ago[1]!, ago[2]!, reference);
  const agoThere = AGO_THERE.exec(clause);
  if (agoThere && isAbroad(agoThere[3]!)) return countedBack(agoThere[1]!, agoThere[2]!, reference);
  const thereAgo = THERE_AGO.exec(clause);
  if (thereAgo && isAbroad(thereAgo[1]!)) return countedBack(thereAgo[2]!, thereAgo[3]!, reference);
  return null;
}

/** "Maret 2024", "2022", "sekitar Agustus 2026" (counted back from `reference`), or null when the story does not say. */
export function departureInStory(text: string, reference: Date): string | null {
  for (const clause of text.slice(0, 2000).split(/[,.;!?\n()]+/)) {
    const found = inClause(normalizeText(clause), reference);
    if (found) return found;
  }
  return null;
}
