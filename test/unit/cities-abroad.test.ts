import { describe, expect, it } from "vitest";
import { CITIES_ABROAD, cityAbroadNamed, matchCityAbroad } from "../../src/core/cities-abroad.js";
import { CITY_ROWS } from "../../src/core/cities-abroad-data.js";
import { COUNTRY_NAMES, matchCountry } from "../../src/core/countries.js";
import { missionsFor } from "../../src/core/missions.js";
import { baseTokens } from "../../src/core/normalize-text.js";
import { COUNTRY_EMERGENCY_NUMBERS, MISSIONS } from "../../src/seed/missions-directory.js";

const directory = {
  missions: MISSIONS.map((m) => ({ ...m, confirmed: false })),
  emergencyNumbers: COUNTRY_EMERGENCY_NUMBERS.map((n) => ({ ...n, confirmed: false })),
};

describe("the one list of cities abroad", () => {
  it("names each city in a country countries.ts knows, each spelling for one city only", () => {
    const seen = new Map<string, string>();
    for (const row of CITY_ROWS) {
      expect(COUNTRY_NAMES, row.name).toContain(row.country);
      for (const weak of row.weak ?? []) expect([row.name.toLowerCase(), ...(row.aliases ?? [])], row.name).toContain(weak);
    }
    for (const city of CITIES_ABROAD) {
      for (const { alias } of city.aliases) {
        const key = baseTokens(alias).join(" ");
        expect(seen.get(key) ?? city.name, alias).toBe(city.name);
        seen.set(key, city.name);
      }
    }
  });

  it("every spelling of a city gives the city to the city question and its country to the country question", () => {
    for (const city of CITIES_ABROAD) {
      for (const { alias } of city.aliases) {
        expect(matchCityAbroad(`sekarang di ${alias}`), alias).toBe(city.name);
        expect(matchCountry(`saya kerja di ${alias}`)?.country, alias).toBe(city.country);
      }
    }
  });

  it("a spelling that is also a chat word or a name counts only after a cue or alone", () => {
    expect(matchCityAbroad("kl saya tidak tahu")).toBeNull();
    expect(matchCityAbroad("di kl")).toBe("Kuala Lumpur");
    // Typed as chats are: "dekat" shortened, and Malay "kat" (at) from workers in Malaysia.
    expect(matchCityAbroad("sy kerja dkt kl")).toBe("Kuala Lumpur");
    expect(matchCityAbroad("majikan sy kat kl")).toBe("Kuala Lumpur");
    expect(matchCityAbroad("taif")).toBe("Taif");
    expect(matchCountry("pak taif bilang gaji belum dibayar")).toBeNull();
  });

  it("Kabupaten Malaka (NTT) is an origin, not Melaka in Malaysia", () => {
    expect(matchCountry("saya dari malaka")).toBeNull();
    expect(matchCityAbroad("di melaka")).toBe("Melaka");
  });

  it("the nearest mission for every spelling of every city a mission covers", () => {
    let cities = 0;
    for (const m of MISSIONS) {
      for (const place of [m.city, ...m.areas]) {
        const city = cityAbroadNamed(m.country, place);
        if (!city) continue;
        cities += 1;
        for (const { alias } of city.aliases) expect(missionsFor(directory, m.country, `saya di ${alias}`)[0]!.id, alias).toBe(m.id);
      }
    }
    expect(cities).toBeGreaterThan(80);
    // The missions directory names a city once; the spellings come from the list.
    expect(MISSIONS.find((m) => m.id === "KJRI-JEDDAH")!.areas).not.toContain("mekah");
    expect(missionsFor(directory, "Arab Saudi", "majikan saya di mekah")[0]!.id).toBe("KJRI-JEDDAH");
  });
});
