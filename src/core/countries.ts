/**
 * Destination countries, named in Indonesian, with the names workers type: English and Malay
 * names, abbreviations and the cities or states they actually work in ("kerja di taichung").
 * Short abbreviations that are also chat words ("kl" = kalau, "tw" = tahu, "sg") are weak:
 * they need a cue ("di kl", "ke sg") or to be the whole message.
 */
import { AliasIndex, baseTokens } from "./normalize-text.js";

const COUNTRIES: Record<string, string[]> = {
  Malaysia: [
    "malaysia", "malay", "msia", "mly", "kl", "kuala lumpur", "johor", "johor bahru", "johor baru", "jb",
    "sabah", "sarawak", "kuching", "penang", "pulau pinang", "selangor", "shah alam", "petaling jaya",
    "subang jaya", "klang", "ipoh", "perak", "kedah", "kelantan", "terengganu", "pahang", "perlis",
    "melaka", "negeri sembilan", "seremban", "putrajaya", "cyberjaya", "kota kinabalu", "tawau",
    "sandakan", "lahad datu", "keningau", "semporna", "miri", "bintulu", "sibu", "batu pahat", "muar",
    "kluang", "cameron highlands", "langkawi",
  ],
  Singapura: ["singapura", "singapore", "spore", "s pore", "sg"],
  "Brunei Darussalam": ["brunei", "brunei darussalam", "bandar seri begawan"],
  Taiwan: [
    "taiwan", "tw", "formosa", "taipei", "new taipei", "taichung", "tainan", "kaohsiung", "taoyuan",
    "hsinchu", "changhua", "yilan", "pingtung", "keelung", "miaoli", "yunlin", "chiayi", "nantou",
    "hualien", "taitung",
  ],
  "Hong Kong": [
    "hong kong", "hongkong", "hk", "kowloon", "tsim sha tsui", "causeway bay", "mong kok", "mongkok",
    "sha tin", "shatin", "tuen mun", "yuen long", "tsuen wan", "kwun tong",
  ],
  Makau: ["makau", "macau", "macao"],
  Tiongkok: ["tiongkok", "china", "cina", "rrt", "beijing", "shanghai", "guangzhou", "shenzhen"],
  "Korea Selatan": [
    "korea selatan", "korsel", "korea", "south korea", "seoul", "busan", "incheon", "daegu", "ansan",
    "gimhae", "changwon", "ulsan", "suwon", "cheonan",
  ],
  "Korea Utara": ["korea utara", "north korea"],
  Jepang: [
    "jepang", "japan", "jepun", "nippon", "tokyo", "osaka", "nagoya", "yokohama", "fukuoka", "hiroshima",
    "kyoto", "ibaraki", "chiba", "saitama", "aichi", "gifu", "shizuoka", "kobe", "sapporo", "hokkaido",
  ],
  Thailand: ["thailand", "thai", "bangkok", "muang thai"],
  Kamboja: ["kamboja", "kemboja", "cambodia", "phnom penh", "pnom penh", "sihanoukville", "sihanouk", "bavet", "poipet"],
  Myanmar: ["myanmar", "burma", "birma", "myawaddy", "myawadi", "yangon", "kk park", "shwe kokko"],
  Laos: ["laos", "vientiane", "golden triangle"],
  Vietnam: ["vietnam", "viet nam", "hanoi", "ho chi minh", "saigon"],
  Filipina: ["filipina", "philippines", "philipina", "pilipina", "manila"],
  "Timor Leste": ["timor leste", "dili"],
  "Arab Saudi": [
    "arab saudi", "saudi arabia", "saudi", "ksa", "arab", "riyadh", "riyad", "riadh", "jeddah", "jedah",
    "jiddah", "makkah", "mekah", "mekkah", "madinah", "medinah", "dammam", "taif", "abha", "tabuk",
    "qassim", "qasim", "buraidah", "khobar", "jizan", "jazan", "najran", "yanbu",
  ],
  "Uni Emirat Arab": [
    "uni emirat arab", "uea", "uae", "emirat", "emirates", "dubai", "abu dhabi", "abudhabi", "sharjah",
    "ajman", "al ain", "fujairah", "ras al khaimah",
  ],
  Qatar: ["qatar", "katar", "doha"],
  Kuwait: ["kuwait"],
  Oman: ["oman", "muscat", "salalah"],
  Bahrain: ["bahrain", "manama"],
  Yordania: ["yordania", "jordania", "yordan", "jordan", "amman"],
  Turki: ["turki", "turkey", "turkiye", "istanbul", "ankara"],
  Mesir: ["mesir", "egypt", "kairo", "cairo"],
  Irak: ["irak", "iraq", "baghdad", "erbil"],
  Iran: ["iran", "teheran", "tehran"],
  Suriah: ["suriah", "syria", "damaskus"],
  Lebanon: ["lebanon", "libanon", "beirut"],
  Libya: ["libya", "tripoli"],
  Aljazair: ["aljazair", "algeria"],
  Maroko: ["maroko", "morocco"],
  Sudan: ["sudan"],
  "Afrika Selatan": ["afrika selatan", "south africa"],
  Maladewa: ["maladewa", "maldives"],
  Mauritius: ["mauritius"],
  Fiji: ["fiji"],
  "Papua Nugini": ["papua nugini", "papua new guinea"],
  Polandia: ["polandia", "poland", "polska", "warsawa", "warsaw"],
  Jerman: ["jerman", "germany", "deutschland"],
  Belanda: ["belanda", "netherlands", "holland"],
  Inggris: ["inggris", "united kingdom", "england", "london"],
  Prancis: ["prancis", "perancis", "france", "paris"],
  Italia: ["italia", "italy"],
  Spanyol: ["spanyol", "spain"],
  Portugal: ["portugal"],
  Rumania: ["rumania", "romania"],
  Hungaria: ["hungaria", "hungary"],
  Ceko: ["ceko", "republik ceko", "czech"],
  Slowakia: ["slowakia", "slovakia"],
  Rusia: ["rusia", "russia"],
  Australia: ["australia", "aussie", "perth", "sydney", "melbourne"],
  "Selandia Baru": ["selandia baru", "new zealand"],
  "Amerika Serikat": ["amerika serikat", "amerika", "usa", "united states", "new york"],
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

/** Chat words, names or Indonesian words that are also country aliases. */
const WEAK = new Set(["kl", "sg", "tw", "jb", "perak", "sibu", "miri", "thai", "inggris", "jordan", "dili", "muar", "taif", "paris", "rrt"]);

const CUES = new Set(["di", "ke", "dari", "dr", "dri", "negara", "negeri", "kerja", "bekerja", "pmi", "tkw", "tki", "bmi", "eks", "ex", "purna"]);

const INDEX = new AliasIndex(
  Object.entries(COUNTRIES).flatMap(([country, aliases]) => aliases.map((alias) => ({ value: country, alias, weak: WEAK.has(alias) }))),
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
