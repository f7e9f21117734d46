/**
 * Cities abroad (data: cities-abroad-data.ts), read from a story ("kerja di kuala lumpur") or from
 * the answer to "di kota mana?"; a city not listed is kept as the reporter wrote it. The same
 * list tells countries.ts which country a city is in and missions.ts which mission is nearest.
 */
import { CITY_ROWS } from "./cities-abroad-data.js";
import { AliasIndex, baseTokens } from "./normalize-text.js";

export interface CityAbroad {
  name: string;
  country: string;
  /** The name and every spelling workers type, lower case; weak ones need a cue or to stand alone. */
  aliases: readonly { alias: string; weak: boolean }[];
}

export const CITIES_ABROAD: readonly CityAbroad[] = CITY_ROWS.map((row) => ({
  name: row.name,
  country: row.country,
  aliases: [row.name.toLowerCase(), ...(row.aliases ?? [])].map((alias) => ({ alias, weak: row.weak?.includes(alias) ?? false })),
}));

// "dkt"/"deket": how "dekat" is typed; "kat": Malay "at", as workers in Malaysia write ("kat kl").
const CUES = new Set(["di", "ke", "kota", "daerah", "dekat", "dkt", "deket", "kat", "sekitar"]);
const INDEX = new AliasIndex(
  CITIES_ABROAD.flatMap((city) => city.aliases.map(({ alias, weak }) => ({ value: city.name, alias, weak }))),
  CUES,
);

/** The city abroad named in the text, or null (the first mention wins). */
export function matchCityAbroad(text: string): string | null {
  return INDEX.find(baseTokens(text))[0]?.value ?? null;
}

const byCountryAndAlias = new Map(
  CITIES_ABROAD.flatMap((city) => city.aliases.map(({ alias }) => [`${city.country}|${baseTokens(alias).join(" ")}`, city] as const)),
);

/** The listed city of `country` that a place name is one spelling of ("jedah" → Jeddah), if any. */
export function cityAbroadNamed(country: string, place: string): CityAbroad | undefined {
  return byCountryAndAlias.get(`${country}|${baseTokens(place).join(" ")}`);
}
