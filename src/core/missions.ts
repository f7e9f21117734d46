/**
 * The directory of Indonesian missions abroad and of each country's own emergency numbers, as
 * the pure core sees it: entries come in as facts (loaded from the database, where admins keep
 * them), and this module only chooses among them. No I/O.
 */
import { cityAbroadNamed } from "./cities-abroad.js";
import { AliasIndex, baseTokens } from "./normalize-text.js";

export type MissionKind = "KBRI" | "KJRI" | "KDEI" | "KRI";

export interface MissionEntry {
  id: string;
  /** The country as src/core/countries.ts names it ("Arab Saudi", "Taiwan"). */
  country: string;
  kind: MissionKind;
  /** "KBRI Riyadh", "KDEI Taipei". */
  name: string;
  city: string;
  /**
   * Cities, states and provinces the mission covers. A city of the list of cities abroad
   * (cities-abroad-data.ts) counts under every spelling listed there ("Makkah": "mekah" too).
   */
  areas: readonly string[];
  /** null when no published number could be verified. */
  phone: string | null;
  confirmed: boolean;
}

export interface CountryEmergencyEntry {
  country: string;
  ambulance: string | null;
  police: string | null;
  fire: string | null;
  confirmed: boolean;
}

export interface MissionDirectory {
  missions: readonly MissionEntry[];
  emergencyNumbers: readonly CountryEmergencyEntry[];
}

export const EMPTY_DIRECTORY: MissionDirectory = { missions: [], emergencyNumbers: [] };

/** The embassy leads a country's list: it is the answer when the city is not known. */
const KIND_ORDER: Record<MissionKind, number> = { KBRI: 0, KDEI: 0, KJRI: 1, KRI: 2 };

const areaIndexes = new WeakMap<readonly MissionEntry[], AliasIndex<MissionEntry>>();

function areaIndex(missions: readonly MissionEntry[]): AliasIndex<MissionEntry> {
  let index = areaIndexes.get(missions);
  if (!index) {
    index = new AliasIndex(
      missions.flatMap((m) =>
        [m.city, ...m.areas].flatMap((place) => {
          const city = cityAbroadNamed(m.country, place);
          // The country is known already: a spelling that is also a chat word ("kl") can at worst
          // pick another mission of the same country, so every spelling counts without a cue.
          return city ? city.aliases.map(({ alias }) => ({ value: m, alias })) : [{ value: m, alias: place }];
        }),
      ),
      new Set(["di", "ke", "dari", "kota", "negeri", "negara", "bagian", "provinsi", "wilayah"]),
    );
    areaIndexes.set(missions, index);
  }
  return index;
}

/**
 * The missions to name for a worker in `country`, nearest first: the one whose area the
 * worker's own words mention ("saya di jeddah"), then the embassy, then the others.
 */
export function missionsFor(directory: MissionDirectory, country: string | undefined, text = ""): MissionEntry[] {
  if (!country) return [];
  const inCountry = directory.missions.filter((m) => m.country === country);
  if (inCountry.length === 0) return [];
  const hits = text ? areaIndex(inCountry).find(baseTokens(text)) : [];
  const near = hits[0]?.value;
  return [...inCountry].sort((a, b) => {
    if (a === near) return -1;
    if (b === near) return 1;
    return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name);
  });
}

export function emergencyNumbersFor(directory: MissionDirectory, country: string | undefined): CountryEmergencyEntry | undefined {
  return country ? directory.emergencyNumbers.find((e) => e.country === country) : undefined;
}
