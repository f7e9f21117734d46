/**
 * Destination countries, named in Indonesian, with the names workers type: English and Malay
 * names, abbreviations, and the states, regions and districts they work in ("kerja di sabah").
 * A city names its country too ("kerja di taichung"): cities come from the one list of cities
 * abroad (cities-abroad-data.ts). Short abbreviations that are also chat words ("tw" = tahu,
 * "sg") are weak: they need a cue ("di tw", "ke sg") or to be the whole message.
 */
import { CITIES_ABROAD } from "./cities-abroad.js";
import { AliasIndex, baseTokens } from "./normalize-text.js";

/** Each country's own names and the places in it that are not in the list of cities. */
const COUNTRIES: Record<string, string[]> = {
  Malaysia: [
    "malaysia",
    "malay",
    "msia",
    "mly",
    "johor",
    "sabah",
    "sarawak",
    "selangor",
    "perak",
    "kedah",
    "kelantan",
    "terengganu",
    "pahang",
    "perlis",
    "negeri sembilan",
    "cameron highlands",
    "langkawi",
  ],
  Singapura: ["singapura", "singapore", "singapur", "singapure", "spore", "s pore", "sg"],
  "Brunei Darussalam": ["brunei", "brunei darussalam"],
  Taiwan: ["taiwan", "tw", "formosa", "yunlin"],
  "Hong Kong": [
    "hong kong",
    "hongkong",
    "hk",
    "tsim sha tsui",
    "causeway bay",
    "mong kok",
    "mongkok",
    "sha tin",
    "shatin",
    "tuen mun",
    "yuen long",
    "tsuen wan",
    "kwun tong",
  ],
  Makau: ["makau", "macau", "macao"],
  Tiongkok: ["tiongkok", "china", "cina", "rrt"],
  "Korea Selatan": ["korea selatan", "korsel", "korea", "south korea"],
  "Korea Utara": ["korea utara", "north korea"],
  Jepang: ["jepang", "japan", "jepun", "nippon", "ibaraki", "chiba", "saitama", "aichi", "gifu", "shizuoka", "hokkaido"],
  Thailand: ["thailand", "thai", "muang thai"],
  Kamboja: ["kamboja", "kemboja", "cambodia"],
  Myanmar: ["myanmar", "burma", "birma", "kk park", "shwe kokko"],
  Laos: ["laos", "golden triangle"],
  Vietnam: ["vietnam", "viet nam"],
  Filipina: ["filipina", "philippines", "philipina", "pilipina"],
  "Timor Leste": ["timor leste"],
  "Arab Saudi": ["arab saudi", "saudi arabia", "saudi", "ksa", "arab", "qassim", "qasim"],
  "Uni Emirat Arab": ["uni emirat arab", "uea", "uae", "emirat", "emirates"],
  Qatar: ["qatar", "katar"],
  Kuwait: ["kuwait"],
  Oman: ["oman"],
  Bahrain: ["bahrain"],
  Yordania: ["yordania", "jordania", "yordan", "jordan"],
  Turki: ["turki", "turkey", "turkiye"],
  Mesir: ["mesir", "egypt"],
  Irak: ["irak", "iraq"],
  Iran: ["iran"],
  Suriah: ["suriah", "syria"],
  Lebanon: ["lebanon", "libanon"],
  Libya: ["libya"],
  Aljazair: ["aljazair", "algeria"],
  Maroko: ["maroko", "morocco"],
  Sudan: ["sudan"],
  "Afrika Selatan": ["afrika selatan", "south africa"],
  Maladewa: ["maladewa", "maldives"],
  Mauritius: ["mauritius"],
  Fiji: ["fiji"],
  "Papua Nugini": ["papua nugini", "papua new guinea"],
  Polandia: ["polandia", "poland", "polska"],
  Jerman: ["jerman", "germany", "deutschland"],
  Belanda: ["belanda", "netherlands", "holland"],
  Inggris: ["inggris", "united kingdom", "england"],
  Prancis: ["prancis", "perancis", "france"],
  Italia: ["italia", "italy"],
  Spanyol: ["spanyol", "spain"],
  Portugal: ["portugal"],
  Rumania: ["rumania", "romania"],
  Hungaria: ["hungaria", "hungary"],
  Ceko: ["ceko", "republik ceko", "czech"],
  Slowakia: ["slowakia", "slovakia"],
  Rusia: ["rusia", "russia"],
  Australia: ["australia", "aussie"],
  "Selandia Baru": ["selandia baru", "new zealand"],
  "Amerika Serikat": ["amerika serikat", "amerika", "usa", "united states"],
  Kanada: ["kanada", "canada"],
};

/** Every destination country by its Indonesian name, as stored on a case (for the console's country filter). */
export const COUNTRY_NAMES: readonly string[] = Object.keys(COUNTRIES).sort((a, b) => a.localeCompare(b, "id"));

/** The destinations most workers are in: offered as buttons when the country is asked. */
export const COMMON_COUNTRIES: readonly { code: string; name: string }[] = [
  { code: "malaysia", name: "Malaysia" },
  { code: "taiwan", name: "Taiwan" },
  { code: "hongkong", name: "Hong Kong" },
  { code: "saudi", name: "Arab Saudi" },
  { code: "singapura", name: "Singapura" },
];

/** Chat words, names or Indonesian words that are also country aliases (weak cities: cities-abroad-data.ts). */
const WEAK = new Set(["sg", "tw", "perak", "thai", "inggris", "jordan", "rrt"]);

const CUES = new Set([
  "di",
  "ke",
  "dari",
  "dr",
  "dri",
  "negara",
  "negeri",
  "kerja",
  "bekerja",
  "pmi",
  "tkw",
  "tki",
  "bmi",
  "eks",
  "ex",
  "purna",
]);

const INDEX = new AliasIndex(
  [
    ...Object.entries(COUNTRIES).flatMap(([country, aliases]) =>
      aliases.map((alias) => ({ value: country, alias, weak: WEAK.has(alias) })),
    ),
    ...CITIES_ABROAD.flatMap((city) => city.aliases.map(({ alias, weak }) => ({ value: city.country, alias, weak }))),
  ],
  CUES,
);

/**
 * The country mentioned in free text, or null. Names inside a longer name are ignored
 * ("arab" in "uni emirat arab"); among the rest the first mention wins.
 */
export function matchCountry(text: string): { country: string; matched: string } | null {
  const tokens = baseTokens(text);
  const best = INDEX.find(tokens)[0];
  if (!best) return null;
  return { country: best.value, matched: tokens.slice(best.start, best.end).join(" ") };
}
