/**
 * The kabupaten/kota of origin, for all of Indonesia (data: regencies-data.ts). Kept beside the
 * routing region of regions.ts, never instead of it: routing follows the agreements (a regency's
 * own, then its province's, then national), the regency tells officers which dinas acts.
 *
 * A name that is both a Kabupaten and a Kota (Bandung, Bogor, Pekalongan, Malang... 26 of them)
 * means the Kabupaten unless "kota" is written before it, with a note for the officer to check.
 */
import { baseTokens } from "./normalize-text.js";
import { REGENCY_ROWS } from "./regencies-data.js";

export interface Regency {
  code: string;
  provinceId: string;
  name: string;
  city: boolean;
}

const PREFIX = /^(kabupaten administrasi|kabupaten|kota administrasi|kota)\s+/i;
const bareName = (name: string) => baseTokens(name.replace(PREFIX, "")).join(" ");

export const REGENCIES: readonly Regency[] = REGENCY_ROWS.map(([code, provinceId, name]) => ({
  code,
  provinceId,
  name,
  city: /^kota\b/i.test(name),
}));
const BY_CODE = new Map(REGENCIES.map((r) => [r.code, r]));
const BY_BARE = new Map<string, Regency[]>();
for (const r of REGENCIES) {
  // "batubara" and "batu bara", "tulungagung" and "tulung agung": people join and split names.
  for (const key of new Set([bareName(r.name), bareName(r.name).replace(/ /g, "")])) BY_BARE.set(key, [...(BY_BARE.get(key) ?? []), r]);
}
const LONGEST = Math.max(...[...BY_BARE.keys()].map((k) => k.split(" ").length));

/** Regencies named by words[start..start+n), spaced ("batu bara") or joined ("batubara"). */
function named(words: readonly string[], start: number, n: number): Regency[] | undefined {
  const slice = words.slice(start, start + n);
  return BY_BARE.get(slice.join(" ")) ?? (n > 1 ? BY_BARE.get(slice.join("")) : undefined);
}

const CITY_CUES = new Set(["kota", "kot", "kodya"]);
const REGENCY_CUES = new Set(["kabupaten", "kab", "kabupatan"]);

export function regencyByCode(code: string | null | undefined): Regency | undefined {
  return code ? BY_CODE.get(code) : undefined;
}

/** "Kabupaten Indramayu (Provinsi Jawa Barat)" — the province name given by the caller. */
export function regencyLabel(regency: Regency, provinceName: string | undefined): string {
  return provinceName ? `${regency.name} (Provinsi ${provinceName.replace(/^Provinsi\s+/i, "")})` : regency.name;
}

export interface RegencyMatch {
  regency: Regency;
  /** Set when the name was ambiguous (Kabupaten and Kota): for the officer to check. */
  note?: string;
}

/**
 * The kabupaten/kota named in text: written with "kabupaten"/"kab"/"kota" before any name of
 * the list, or the place the region matcher found (its `matched` words, within its province).
 */
export function matchRegency(text: string, region: { matched: string; provinceId: string } | null): RegencyMatch | null {
  const tokens = baseTokens(text);
  for (let i = 0; i < tokens.length - 1; i++) {
    const cue = tokens[i]!;
    const wantsCity = CITY_CUES.has(cue);
    if (!wantsCity && !REGENCY_CUES.has(cue)) continue;
    for (let n = Math.min(LONGEST, tokens.length - i - 1); n >= 1; n--) {
      const found = pick(named(tokens, i + 1, n), region?.provinceId, wantsCity);
      if (found) return { regency: found };
    }
  }
  if (!region) return null;
  const candidates = BY_BARE.get(baseTokens(region.matched).join(" "))?.filter((r) => r.provinceId === region.provinceId);
  const regency = pick(candidates, region.provinceId, false);
  if (!regency) {
    const inProvince = regencyNamedInProvince(tokens, region);
    return inProvince ? { regency: inProvince } : null;
  }
  const both = candidates!.some((r) => r.city) && candidates!.some((r) => !r.city);
  return both
    ? { regency, note: `Disebut "${region.matched}" saja: dipilih ${regency.name}; bisa juga Kota. Mohon periksa.` }
    : { regency };
}

/**
 * With only the province recognised ("batubara sumut"), a regency of that province named
 * anywhere else in the text, without a cue word. Limited to the province so that everyday
 * words ("batu", "malang") do not become a place in another part of Indonesia.
 */
function regencyNamedInProvince(tokens: readonly string[], region: { matched: string; provinceId: string }): Regency | undefined {
  const provinceWords = new Set(baseTokens(region.matched));
  for (let n = LONGEST; n >= 1; n--) {
    for (let i = 0; i + n <= tokens.length; i++) {
      if (tokens.slice(i, i + n).some((t) => provinceWords.has(t))) continue;
      const found = named(tokens, i, n)?.find((r) => r.provinceId === region.provinceId);
      if (found) return found;
    }
  }
  return undefined;
}

function pick(candidates: Regency[] | undefined, provinceId: string | undefined, city: boolean): Regency | undefined {
  if (!candidates?.length) return undefined;
  const inProvince = provinceId ? candidates.filter((r) => r.provinceId === provinceId) : [];
  const pool = inProvince.length ? inProvince : candidates;
  return pool.find((r) => r.city === city) ?? pool[0];
}
