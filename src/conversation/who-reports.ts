/**
 * Who a message is about: the writer ("sy dipukul majikan"), a relative ("adik saya di
 * malaysia"), or not said. Polite address is not a relative: "assalamualaikum pak, sy kerja di
 * taiwan" speaks to the officer, it does not report about a father. Read clause by clause (a
 * comma separates "pak" from "sy"), on the words as typed (the short "pak" is always address,
 * the full "bapak" may be either).
 */
import { baseTokens, normalizeText } from "../core/normalize-text.js";

const RELATIVES: Record<string, string> = {
  anak: "anak",
  adik: "adik",
  adek: "adik",
  kakak: "kakak",
  mbak: "kakak",
  mba: "kakak",
  mas: "kakak",
  abang: "kakak",
  suami: "suami",
  istri: "istri",
  isteri: "istri",
  bojo: "suami/istri",
  ibu: "ibu",
  mamak: "ibu",
  emak: "ibu",
  mama: "ibu",
  bapak: "ayah",
  ayah: "ayah",
  bapa: "ayah",
  keponakan: "keponakan",
  ponakan: "keponakan",
  sepupu: "sepupu",
  saudara: "saudara",
  menantu: "menantu",
  cucu: "cucu",
  paman: "paman",
  bibi: "bibi",
  tante: "bibi",
  om: "paman",
  keluarga: "keluarga",
  teman: "teman",
  kawan: "teman",
  tetangga: "tetangga",
};

/** Words that only ever address the reader ("pak", "bu", "kak", Sundanese "teh", Malay "cik"). */
const ADDRESS_ONLY = new Set([
  "pak",
  "pa",
  "bpk",
  "bu",
  "buk",
  "kak",
  "ka",
  "bang",
  "bg",
  "teh",
  "cik",
  "encik",
  "tuan",
  "puan",
  "bro",
  "sis",
  "min",
  "admin",
  "gan",
  "akang",
  "kang",
]);
/** Greetings that open a message: a relation word right after them is address ("selamat siang bu"). */
const GREETINGS = new Set([
  "assalamualaikum",
  "asalamualaikum",
  "assalamu",
  "alaikum",
  "assalamualaikom",
  "salam",
  "selamat",
  "met",
  "pagi",
  "siang",
  "sore",
  "malam",
  "halo",
  "hallo",
  "helo",
  "hai",
  "hi",
  "permisi",
  "maaf",
  "mohon",
  "punten",
  "nuwun",
  "sewu",
  "sugeng",
  "wr",
  "wb",
  "shalom",
]);
/** "pak, saya mau lapor": a first-person request after the word shows it was address. */
const REQUEST_VERBS = new Set([
  "mau",
  "ingin",
  "minta",
  "mohon",
  "izin",
  "ijin",
  "numpang",
  "tanya",
  "lapor",
  "melapor",
  "mengadu",
  "bertanya",
  "nak",
]);
const FIRST_PERSON = new Set(["saya", "kami"]);
/** The reporter names themself as the worker's relative: "saya ibunya", "saya ibu dari Siti". */
const AS_RELATIVE: Record<string, string> = {
  ibu: "anak",
  bapak: "anak",
  ayah: "anak",
  mama: "anak",
  mamak: "anak",
  emak: "anak",
  orang: "anak",
  suami: "istri",
  istri: "suami",
  kakak: "adik",
  adik: "kakak",
  anak: "orang tua",
  paman: "keponakan",
  bibi: "keponakan",
};
/** Words that qualify a relation ("adik kandung saya", "anak perempuan sy"): never a name, and the possessive may follow them. */
export const KIN_QUALIFIERS = new Set([
  "kandung",
  "tiri",
  "angkat",
  "ipar",
  "sulung",
  "bungsu",
  "tertua",
  "perempuan",
  "laki",
  "lelaki",
  "cewek",
  "cowok",
  "pertama",
  "kedua",
  "ketiga",
  "keempat",
]);
const THIRD_PERSON = new Set(["dia", "beliau", "mereka", "ia"]);
const REPORTING_VERBS = /\b(melaporkan|laporkan|mengadukan|adukan)\b/;

export interface OnBehalf {
  onBehalf: boolean;
  relationship?: string;
}

interface Word {
  raw: string;
  norm: string;
}

/** Clauses (split at punctuation), each a list of words as typed and as normalised. */
function clauses(text: string): Word[][] {
  return text
    .slice(0, 2000)
    .split(/[,.;:!?\n()]+|\s[-–]\s/)
    .map((clause) => baseTokens(clause).map((raw) => ({ raw, norm: normalizeText(raw) })))
    .filter((words) => words.length > 0);
}

const relationOf = (word: Word) => RELATIVES[word.raw] ?? RELATIVES[word.norm] ?? RELATIVES[word.raw.replace(/(ku|q)$/, "")];

/** A relative named with a possessive ("adik saya", "anakku"), not polite address ("pak, sy", "selamat pagi bu saya mau lapor"). */
function namedRelative(all: Word[][], answering: boolean): string | null {
  // "saya ibunya", "sy suaminya", "saya ibu dari Siti", "saya orang tuanya": the writer is the relative.
  for (const words of all) {
    for (let i = 0; i + 1 < words.length; i++) {
      if (words[i]!.norm !== "saya") continue;
      const next = words[i + 1]!;
      const role = next.raw.endsWith("nya") ? next.raw.slice(0, -3) : next.norm;
      const marked = next.raw.endsWith("nya") || words[i + 2]?.norm === "dari";
      if (role === "orang" && /^tua(nya)?$/.test(words[i + 2]?.raw ?? "")) return "anak";
      if (marked && AS_RELATIVE[role]) return AS_RELATIVE[role]!;
    }
  }
  for (const [c, words] of all.entries()) {
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const relationship = relationOf(word);
      if (!relationship) continue;
      if (ADDRESS_ONLY.has(word.raw)) continue;
      const glued = /(ku|q)$/.test(word.raw) && !RELATIVES[word.raw];
      let after = i + 1;
      while (KIN_QUALIFIERS.has(words[after]?.norm ?? "")) after++;
      const next = words[after]?.norm;
      const possessive = glued || (next !== undefined && FIRST_PERSON.has(next)) || relationship === "keluarga";
      if (!possessive) {
        // Answering "for whom?", a bare "adik" or "istri" is enough; "ibu"/"bapak" alone may be address.
        if (answering && !["ibu", "bapak", "mas", "mbak", "mba"].includes(word.raw) && words.length <= 3) return relationship;
        continue;
      }
      const opensMessage = c === 0 && words.slice(0, i).every((w) => GREETINGS.has(w.norm) || GREETINGS.has(w.raw));
      const request = next !== undefined && FIRST_PERSON.has(next) && REQUEST_VERBS.has(words[after + 1]?.norm ?? "");
      if ((opensMessage && i > 0) || request) continue;
      return relationship;
    }
  }
  return null;
}

/**
 * "untuk saya sendiri" → self; "adik saya" / "keluarga" → family (with the relationship).
 * When `answering` (the question was just asked), bare "1"/"2", "saya" and a bare relation word count too.
 * Not answering, a message in the first person about no one else reads as the writer's own.
 */
export function parseOnBehalf(text: string, answering: boolean): OnBehalf | null {
  const words = normalizeText(text);
  if (answering) {
    if (/^1\b/.test(words)) return { onBehalf: false };
    if (/^2\b/.test(words)) return { onBehalf: true };
  }
  const all = clauses(text);
  const relationship = namedRelative(all, answering);
  if (relationship) return { onBehalf: true, relationship };
  if (answering) {
    if (/\bsendiri\b/.test(words) || words === "saya" || /\bdiri saya\b/.test(words) || /\b(untuk|buat) saya\b/.test(words))
      return { onBehalf: false };
    return null;
  }
  return readsAsSelf(all) ? { onBehalf: false } : null;
}

/** The other side of a worker's story (normalised words): "dia" after one of them is that person, not a relative. */
const OTHER_SIDE = new Set(["majikan", "agen", "sponsor", "kafil", "calo", "pt", "perusahaan", "polisi", "tuan", "puan", "mister", "sir"]);
/** What a worker calls their own: "gaji saya", "paspor sy", "majikan saya", "gajiku". */
const OWN_THINGS = new Set([
  "gaji",
  "paspor",
  "majikan",
  "agen",
  "kontrak",
  "dokumen",
  "hp",
  "visa",
  "iqama",
  "upah",
  "cuti",
  "libur",
  "kamar",
  "badan",
]);
const OWN_THING_GLUED = /^(gaji|paspor|pasport|passport|majikan|agen|kontrak|hp|badan)(ku|q)$/;
const WANTS_HOME = new Set(["mau", "ingin", "nak", "pengen", "pingin", "minta"]);

const isWriter = (word: Word) => word.norm === "saya" || word.raw === "hamba";

/**
 * The writer is plainly in the story as the worker (one clause): "gaji saya", "saya dipukul",
 * "saya nak balik", "saya kerja", "majikan memukul saya", "gajiku". Says nothing about anyone else.
 */
function writerIsTheWorker(words: Word[]): boolean {
  const norms = words.map((w) => w.norm);
  return words.some((word, i) => {
    if (OWN_THING_GLUED.test(word.raw)) return true;
    if (!isWriter(word)) return false;
    const before = norms[i - 1] ?? "";
    const next = norms[i + 1] ?? "";
    if (OWN_THINGS.has(before) || (before.length > 4 && /^me/.test(before))) return true;
    if (/^di\w{3,}/.test(next) || next === "kerja" || next === "bekerja") return true;
    if (WANTS_HOME.has(next) && norms[i + 2] === "pulang") return true;
    return (next === "tidak" || next === "belum") && /^(di\w{3,}|boleh|bisa)$/.test(norms[i + 2] ?? "");
  });
}

/** "dia", "mereka" about someone not yet named, who may be a relative; after "majikan ..." it is the employer ("majikan dia" is someone's employer). */
function someoneElseInStory(norms: string[]): boolean {
  return norms.some((t, i) => THIRD_PERSON.has(t) && !norms.slice(0, Math.max(0, i - 1)).some((w) => OTHER_SIDE.has(w)));
}

/** "saya mau melaporkan adik", not "melaporkan majikan saya". */
function reportsSomeoneElse(norms: string[]): boolean {
  return norms.some((t, i) => REPORTING_VERBS.test(t) && !OTHER_SIDE.has(norms[i + 1] ?? ""));
}

/**
 * "sy dipukul majikan", "gaji saya blm dibayar", "sy nak balik tapi majikan tak bagi, passport
 * dia pegang": the writer, and no one else, is in the story.
 */
function readsAsSelf(all: Word[][]): boolean {
  const words = all.flat();
  if (!words.some((w) => isWriter(w) || OWN_THING_GLUED.test(w.raw))) return false;
  if (all.some(writerIsTheWorker)) return true;
  const norms = words.flatMap((w) => w.norm.split(" "));
  return !someoneElseInStory(norms) && !reportsSomeoneElse(norms);
}

/** At the worker's name: "bukan pak, ini sy sendiri yg kerja" — the reporter is the worker. */
export function isSelfCorrection(text: string): boolean {
  const words = normalizeText(text);
  return (
    /\b(saya sendiri|diri saya|diri sendiri|untuk saya|buat saya|saya yang (kerja|bekerja)|saya pekerja(nya)?|ini saya)\b/.test(words) ||
    (/\bbukan\b/.test(words) && /\bsaya\b/.test(words) && !namedRelative(clauses(text), false))
  );
}

/** A relation word or address alone ("kakak", "adik saya", "bu") says who, not what the name is. */
export function isOnlyRelationOrAddress(text: string): boolean {
  const words = baseTokens(text);
  return (
    words.length > 0 &&
    words.every(
      (w) =>
        RELATIVES[w] ||
        RELATIVES[normalizeText(w)] ||
        ADDRESS_ONLY.has(w) ||
        FIRST_PERSON.has(normalizeText(w)) ||
        (/nya$/.test(w) && RELATIVES[w.slice(0, -3)]),
    )
  );
}
