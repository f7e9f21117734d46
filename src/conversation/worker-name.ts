/**
 * Reading the answer to "what is the worker's name?" (a family member reporting for a worker,
 * or a worker giving their own name). A correction ("bukan pak, ini sy sendiri") or a relation
 * word alone ("kakak") is not a name: the caller asks again or moves on.
 */
import { baseTokens, normalizeText } from "../core/normalize-text.js";
import { hasNameWord } from "./not-a-name.js";
import { KIN_QUALIFIERS, parseOnBehalf, isOnlyRelationOrAddress } from "./who-reports.js";
import { parseWorkerPhone } from "./follow-commands.js";

/**
 * The label left once the number is taken out ("Siti, no wa: 0812..."). Matched on trimmed
 * text: the former "\s*[:.]?\s*$" was quadratic on a long run of spaces after a label.
 */
const TRAILING_PHONE_LABEL = /\b(?:no\.?|nomor|nomer|nmr|wa|whatsapp|hp|telp|telepon)(?:\s*[:.])?$/i;

/** What opens a name answer ("nama sy", "nm sy", "panggil aja"); whole words only: "Syarifah" is no "sy" + "arifah". */
const LABEL =
  /^((?:nama|nm|nma)\s*lengkap\s*(saya|sy|aku|nya)?|(?:nama|nm|nma)\s*(saya|sy|aku|ku)|namaku|namanya adalah|nama(nya)?|dia bernama|saya|sy|aku|panggil\s+(saja|aja))(?![\p{L}\p{N}])\s*(adalah)?\s*[:-]?\s*/iu;
/** "iya, Siti", "ok nama saya Siti": the yes before the name answers "boleh kami tahu nama Bapak/Ibu?". */
const LEADING_YES = /^(?:iya|iyaa|ya|ok|oke|baik|boleh|siap)(?![\p{L}\p{N}])[\s,.!]*/iu;
/** "anak saya Rini", "nama adik sy Yuni": the relative named before the name. */
const OWN_RELATIVE =
  /^(adik|adek|kakak|anak|suami|istri|isteri|ibu|bapak|ayah|keponakan|sepupu|saudara|ponakan|teman|tetangga)\s+((kandung|tiri|angkat|ipar|perempuan|laki-laki|laki|cewek|cowok|pertama|kedua|ketiga|bungsu|sulung|tertua)\s+)?(saya|sy|kami|aku|ku)\s*(bernama|namanya|adalah)?\s*[:,]?\s*/i;
/** "adik kandung sy namanya Rina": whatever comes before "namanya"/"bernama" says who, the name follows it. */
const NAME_FOLLOWS = /^.{0,80}?\b(?:namanya|nama\s+nya|namany|bernama)\b\s*(?:adalah|:|-)?\s*(?=\S)/i;
const RELATION_SPLIT =
  /[,;\n]|\b(adik|adek|kakak|anak|suami|istri|isteri|ibu|bapak|ayah|keponakan|sepupu|saudara|ponakan|teman|tetangga)\b/i;
/** Words no name is made of: a sentence, not a name. */
const NOT_IN_NAMES = new Set([
  ...KIN_QUALIFIERS,
  "bukan",
  "tidak",
  "saya",
  "sendiri",
  "ini",
  "itu",
  "yang",
  "kerja",
  "bekerja",
  "tolong",
  "majikan",
  "gaji",
  "sudah",
  "belum",
  "mau",
  "ingin",
  "ada",
  "di",
  "ke",
  "untuk",
  "dan",
  "lewati",
  "rahasia",
  "tahu",
]);
/** Abbreviated sentence words ("sy", "gk", "udh", "yg") that no name contains. */
const SENTENCE_WORDS = new Set(["saya", "tidak", "bukan", "sudah", "belum", "yang"]);
const MAX_NAME_WORDS = 6;
const MAX_ANSWER_CHARS = 300;

export interface NameAnswer {
  /** null: the answer holds no plausible name. */
  name: string | null;
  relationship?: string;
  phone?: string;
}

/** "Siti Aminah, adik saya, 0812..." → name, relationship and phone; the name is kept as typed (trimmed). */
export function parseWorkerName(answer: string): NameAnswer {
  // A name and a number fit in far less; the whole answer stays stored with the message.
  const text = answer.slice(0, MAX_ANSWER_CHARS);
  // The question also asks for the worker's WhatsApp number, if the family knows it.
  const phone = parseWorkerPhone(text);
  const withoutPhone = phone ? text.replace(phone.matched, " ").trimEnd().replace(TRAILING_PHONE_LABEL, "").trim() : text;
  const introduced = NAME_FOLLOWS.exec(withoutPhone.trim())?.[0];
  const labelled = withoutPhone
    .trim()
    .slice(introduced?.length ?? 0)
    .replace(LEADING_YES, "")
    .replace(LABEL, "")
    .trim();
  const relation = parseOnBehalf(labelled, true) ?? (introduced ? parseOnBehalf(introduced, true) : null);
  const cleaned = labelled.replace(OWN_RELATIVE, "").trim().slice(0, 120);
  const beforeRelation = (cleaned.split(RELATION_SPLIT)[0] ?? "")
    .trim()
    .replace(/[.!?]+$/, "")
    .slice(0, 120);
  // "Ibu Sumarni": the relation word opens the name itself.
  // Emoji and punctuation around a name are not part of it ("Lina 🙏").
  const candidate = untilPlaceOrStory(
    (beforeRelation || cleaned)
      .replace(/[^\p{L}\p{M}\s'.-]/gu, " ")
      .replace(/[.\s]+$/, "")
      .slice(0, 120),
  )
    .replace(/\s+/g, " ")
    .replace(/[.\s]+$/, "");
  return {
    name: isPlausibleName(candidate) ? candidate : null,
    ...(relation?.relationship ? { relationship: relation.relationship } : {}),
    ...(phone ? { phone: phone.phone } : {}),
  };
}

export function isPlausibleName(candidate: string): boolean {
  if (!/\p{L}/u.test(candidate) || /\d/.test(candidate)) return false;
  // "kakak", "iya", "ok", "hmm", "maksudnya": an answer, not a name.
  if (isOnlyRelationOrAddress(candidate) || !hasNameWord(candidate)) return false;
  // Word by word as typed ("Neng Siti" is a name; "neng" would normalise to "di"), abbreviations read ("sy" is "saya").
  const words = baseTokens(candidate);
  return words.length <= MAX_NAME_WORDS && !words.some((w) => NOT_IN_NAMES.has(w) || SENTENCE_WORDS.has(normalizeText(w)));
}

const OWN_NAME = /\b(?:nama\s*(?:saya|sy|aku|ku)|namaku|nama\s*lengkap\s*(?:saya|sy))\s*(?:adalah|:)?\s*([\p{L}' ]{2,80})/iu;
/** Words that open a place or a story, never a name ("dari lampung timur" answers where, not who). */
const OPENS_PLACE_OR_STORY = new Set([
  "dari",
  "asal",
  "kerja",
  "bekerja",
  "di",
  "tinggal",
  "sekarang",
  "umur",
  "usia",
  "sudah",
  "udah",
  "mau",
  "ingin",
]);
/** Where a name ends: a place or the story, or address and sentence words after it. */
const AFTER_NAME = new Set([
  ...OPENS_PLACE_OR_STORY,
  "dan",
  "saya",
  "sy",
  "pak",
  "bu",
  "yang",
  "yg",
  "tki",
  "tkw",
  "pmi",
  // "Yati aja", "Siti ya kak": what people add after a name
  "aja",
  "saja",
  "ya",
  "yah",
  "kak",
  "mbak",
  "mba",
  "bang",
  "min",
  "dong",
  "deh",
  "nih",
  "sih",
]);

/** "Rina dari lampung" → "Rina": the name ends where the place or the story begins. */
function untilPlaceOrStory(text: string): string {
  const words: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const lower = word.toLowerCase();
    if (words.length === 0 && OPENS_PLACE_OR_STORY.has(lower)) return "";
    if (words.length > 0 && AFTER_NAME.has(lower)) break;
    words.push(word);
  }
  return words.join(" ").trim();
}

/** "nama saya Siti Aminah dari Lampung, ..." → "Siti Aminah" (the worker's own name told in the story). */
export function ownNameInStory(text: string): string | null {
  const match = OWN_NAME.exec(text.slice(0, 2000));
  if (!match) return null;
  const words: string[] = [];
  for (const word of match[1]!.trim().split(/\s+/)) {
    if (AFTER_NAME.has(word.toLowerCase()) || words.length === 4) break;
    words.push(word);
  }
  const name = words.join(" ");
  return name && isPlausibleName(name) ? name : null;
}
