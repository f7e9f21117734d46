import { describe, expect, it } from "vitest";
import { matchCountry } from "../../src/core/countries.js";
import { baseTokens } from "../../src/core/normalize-text.js";
import { REGIONS, matchRegion } from "../../src/core/regions.js";

const PROVINCE_CODES = [
  "AC",
  "SU",
  "SB",
  "RI",
  "JA",
  "SS",
  "BE",
  "LA",
  "BB",
  "KR",
  "JK",
  "JB",
  "JT",
  "YO",
  "JI",
  "BT",
  "BA",
  "NB",
  "NT",
  "KB",
  "KT",
  "KS",
  "KI",
  "KU",
  "SA",
  "ST",
  "SN",
  "SG",
  "GO",
  "SR",
  "MA",
  "MU",
  "PA",
  "PB",
  "PT",
  "PS",
  "PD",
  "PE",
].map((c) => `ID-${c}`);

describe("region catalogue", () => {
  it("has the 38 provinces and the two regencies with agreements", () => {
    const provinces = REGIONS.filter((r) => r.provinceId === null);
    expect(provinces.map((r) => r.id).sort()).toEqual([...PROVINCE_CODES].sort());
    for (const p of provinces) expect(p.name).toMatch(/^Provinsi /);
    expect(REGIONS.find((r) => r.id === "KAB-PEKALONGAN")).toMatchObject({ name: "Kabupaten Pekalongan", provinceId: "ID-JT" });
    expect(REGIONS.find((r) => r.id === "KAB-ASAHAN")).toMatchObject({ name: "Kabupaten Asahan", provinceId: "ID-SU" });
    expect(REGIONS.find((r) => r.id === "ID-JK")!.name).toBe("Provinsi DKI Jakarta");
    expect(REGIONS.find((r) => r.id === "ID-LA")!.name).toBe("Provinsi Lampung");
  });

  it("has unique ids, and no alias belongs to two regions", () => {
    expect(new Set(REGIONS.map((r) => r.id)).size).toBe(REGIONS.length);
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const r of REGIONS) {
      for (const alias of r.aliases) {
        const key = baseTokens(alias).join("");
        const prev = owner.get(key);
        if (prev && prev !== r.id) clashes.push(`${alias}: ${prev} / ${r.id}`);
        owner.set(key, r.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("every region is found by its own aliases (after a cue word)", () => {
    for (const r of REGIONS) {
      for (const alias of r.aliases) {
        const found = matchRegion(`saya dari ${alias}`);
        expect(found?.region.id, alias).toBe(r.id);
      }
    }
  });
});

const REGION_ROWS: [string, string | null][] = [
  ["saya dari kabupaten pekalongan jawa tengah", "KAB-PEKALONGAN"],
  ["asal sy lampung timur", "ID-LA"],
  ["dr kisaran", "KAB-ASAHAN"],
  ["Jakarta Timur", "ID-JK"],
  ["wong pekalongan", "KAB-PEKALONGAN"],
  ["pekalongan", "KAB-PEKALONGAN"],
  ["kota pekalongan", "ID-JT"],
  ["saya orang Kota Pekalongan, Jawa Tengah", "ID-JT"],
  ["kab. pekalongan", "KAB-PEKALONGAN"],
  ["desa sy di kedungwuni", "KAB-PEKALONGAN"],
  ["Wiradesa", "KAB-PEKALONGAN"],
  ["kec. bojong kab pekalongan", "KAB-PEKALONGAN"],
  ["kajen", "KAB-PEKALONGAN"],
  ["bojong gede bogor", "ID-JB"],
  ["karanganyar", "ID-JT"],
  ["jaktim", "ID-JK"],
  ["dki", "ID-JK"],
  ["sy tinggal di jkt utara", "ID-JK"],
  ["kabupaten asahan sumatera utara", "KAB-ASAHAN"],
  ["Air Batu, Asahan", "KAB-ASAHAN"],
  ["tanjung balai", "ID-SU"],
  ["tanjungbalai", "ID-SU"],
  ["medan", "ID-SU"],
  ["dari medan", "ID-SU"],
  ["kisaran gaji di taiwan berapa", null],
  ["bandar lampung", "ID-LA"],
  ["asal pringsewu", "ID-LA"],
  ["lampung", "ID-LA"],
  ["indramayu", "ID-JB"],
  ["cianjur jawa barat", "ID-JB"],
  ["cilacap", "ID-JT"],
  ["sy wong kendal", "ID-JT"],
  ["dari solo", "ID-JT"],
  ["asal malang", "ID-JI"],
  ["nasib saya malang sekali", null],
  ["ponorogo jatim", "ID-JI"],
  ["lombok timur ntb", "ID-NB"],
  ["kupang", "ID-NT"],
  ["dari sumba barat", "ID-NT"],
  ["saya sudah kembali ke rumah", null],
  ["mau balik ke rumah", null],
  ["saya dari bali", "ID-BA"],
  ["Jambi", "ID-JA"],
  ["aceh utara", "ID-AC"],
  ["papua", "ID-PA"],
  ["papua barat daya", "ID-PD"],
  ["kota sorong", "ID-PD"],
  ["papua pegunungan", "ID-PE"],
  ["dipukul pakai palu", null],
  ["dari palu", "ID-ST"],
  ["hp mati", null],
  ["jogja", "ID-YO"],
  ["medannya panas", null],
  ["di medannya", "ID-SU"],
  ["saya dari lombok, kerja di malaysia", "ID-NB"],
  ["tinggal di jakarta, asli indramayu", "ID-JB"],
  ["", null],
  ["🙏", null],
];

describe("matchRegion", () => {
  for (const [text, expected] of REGION_ROWS) {
    it(`${JSON.stringify(text)} → ${expected}`, () => {
      expect(matchRegion(text)?.region.id ?? null).toBe(expected);
    });
  }

  it("reports the words that matched", () => {
    expect(matchRegion("saya dari Kabupaten Pekalongan")?.matched).toBe("kabupaten pekalongan");
    expect(matchRegion("dr kisaran")?.matched).toBe("kisaran");
  });

  it("prefers the regency over the province when both appear", () => {
    expect(matchRegion("jawa tengah, kabupaten pekalongan")?.region.id).toBe("KAB-PEKALONGAN");
    expect(matchRegion("sumatera utara, asahan")?.region.id).toBe("KAB-ASAHAN");
  });

  it("copes with a 100 KB text", () => {
    const text = "saya kerja di sini setiap hari ".repeat(3500) + " asal saya dari kisaran";
    expect(matchRegion(text)?.region.id).toBe("KAB-ASAHAN");
  });
});

const COUNTRY_ROWS: [string, string | null][] = [
  ["kerja di malaysia", "Malaysia"],
  ["sy di kl", "Malaysia"],
  ["kl bisa tolong bantu", null],
  ["johor bahru", "Malaysia"],
  ["di sabah, ladang sawit", "Malaysia"],
  ["penang", "Malaysia"],
  ["msia", "Malaysia"],
  ["hk", "Hong Kong"],
  ["kerja di hongkong", "Hong Kong"],
  ["Hong Kong", "Hong Kong"],
  ["taichung", "Taiwan"],
  ["di tw", "Taiwan"],
  ["gk tw", null],
  ["kaohsiung taiwan", "Taiwan"],
  ["arab saudi", "Arab Saudi"],
  ["di jedah", "Arab Saudi"],
  ["riyadh", "Arab Saudi"],
  ["mekah", "Arab Saudi"],
  ["saudi", "Arab Saudi"],
  ["dubai", "Uni Emirat Arab"],
  ["abu dhabi", "Uni Emirat Arab"],
  ["uni emirat arab", "Uni Emirat Arab"],
  ["korsel", "Korea Selatan"],
  ["korea", "Korea Selatan"],
  ["japan", "Jepang"],
  ["jepun", "Jepang"],
  ["singapore", "Singapura"],
  ["ke sg", "Singapura"],
  ["sg", "Singapura"],
  ["brunei", "Brunei Darussalam"],
  ["sihanoukville", "Kamboja"],
  ["phnom penh cambodia", "Kamboja"],
  ["myawaddy", "Myanmar"],
  ["doha qatar", "Qatar"],
  ["kuwait", "Kuwait"],
  ["oman", "Oman"],
  ["bahrain", "Bahrain"],
  ["yordania", "Yordania"],
  ["turki", "Turki"],
  ["polandia", "Polandia"],
  ["australia", "Australia"],
  ["amerika", "Amerika Serikat"],
  ["thailand", "Thailand"],
  ["filipina", "Filipina"],
  ["vietnam", "Vietnam"],
  ["saya dari lampung", null],
  ["labuan bajo", null],
  ["", null],
];

describe("matchCountry", () => {
  for (const [text, expected] of COUNTRY_ROWS) {
    it(`${JSON.stringify(text)} → ${expected}`, () => {
      expect(matchCountry(text)?.country ?? null).toBe(expected);
    });
  }

  it("reports the words that matched", () => {
    expect(matchCountry("saya kerja di Hong Kong")?.matched).toBe("hong kong");
  });
});
