/**
 * Cities abroad where most workers are, as officers write them, with the names workers type
 * ("kl", "jeddah", "taichung"). Read from a story ("kerja di kuala lumpur") or from the answer
 * to "di kota mana?"; a city not listed is kept as the reporter wrote it.
 */
import { AliasIndex, baseTokens } from "./normalize-text.js";

const CITIES: Record<string, string[]> = {
  "Kuala Lumpur": ["kuala lumpur", "kl"],
  "Johor Bahru": ["johor bahru", "johor baru", "jb"],
  "Pulau Pinang": ["penang", "pulau pinang"],
  "Shah Alam": ["shah alam"],
  "Petaling Jaya": ["petaling jaya"],
  Klang: ["klang"],
  Ipoh: ["ipoh"],
  Kuching: ["kuching"],
  "Kota Kinabalu": ["kota kinabalu"],
  Tawau: ["tawau"],
  Sandakan: ["sandakan"],
  Melaka: ["melaka", "malaka"],
  Seremban: ["seremban"],
  Taipei: ["taipei", "new taipei"],
  Taichung: ["taichung"],
  Tainan: ["tainan"],
  Kaohsiung: ["kaohsiung"],
  Taoyuan: ["taoyuan"],
  Hsinchu: ["hsinchu"],
  Changhua: ["changhua"],
  Kowloon: ["kowloon"],
  Riyadh: ["riyadh", "riyad", "riadh"],
  Jeddah: ["jeddah", "jedah", "jiddah"],
  Makkah: ["makkah", "mekah", "mekkah"],
  Madinah: ["madinah", "medinah"],
  Dammam: ["dammam"],
  Taif: ["taif"],
  Dubai: ["dubai"],
  "Abu Dhabi": ["abu dhabi", "abudhabi"],
  Doha: ["doha"],
  Seoul: ["seoul"],
  Busan: ["busan"],
  Incheon: ["incheon"],
  Ansan: ["ansan"],
  Tokyo: ["tokyo"],
  Osaka: ["osaka"],
  Nagoya: ["nagoya"],
  "Bandar Seri Begawan": ["bandar seri begawan"],
};

/** Chat words that are also city aliases ("kl" = kalau): only after a cue ("di kl") or alone. */
const WEAK = new Set(["kl", "jb"]);
const CUES = new Set(["di", "ke", "kota", "daerah", "dekat", "sekitar"]);
const INDEX = new AliasIndex(
  Object.entries(CITIES).flatMap(([city, aliases]) => aliases.map((alias) => ({ value: city, alias, weak: WEAK.has(alias) }))),
  CUES,
);

/** The city abroad named in the text, or null (the first mention wins). */
export function matchCityAbroad(text: string): string | null {
  return INDEX.find(baseTokens(text))[0]?.value ?? null;
}
