import { describe, expect, it } from "vitest";
import { matchRegency } from "../../src/core/regencies.js";
import { matchRegion } from "../../src/core/regions.js";

/** The regency as the intake reads it: from the region matcher's words, within its province. */
function regencyOf(text: string): string | undefined {
  const region = matchRegion(text);
  const match = matchRegency(text, region ? { matched: region.matched, provinceId: region.region.provinceId ?? region.region.id } : null);
  return match?.regency.name;
}

describe("regency of origin", () => {
  it("reads a regency named after a cue word", () => {
    expect(regencyOf("kab indramayu")).toBe("Kabupaten Indramayu");
    expect(regencyOf("saya dari kota bandung")).toBe("Kota Bandung");
  });

  it("reads a name written joined or split, as people type it", () => {
    expect(regencyOf("kami dr kab batubara sumut")).toBe("Kabupaten Batu Bara");
    expect(regencyOf("asal kab batu bara")).toBe("Kabupaten Batu Bara");
    expect(regencyOf("dari kab tulung agung jatim")).toBe("Kabupaten Tulungagung");
  });

  it("finds a regency of the named province without a cue word", () => {
    expect(regencyOf("batubara sumut")).toBe("Kabupaten Batu Bara");
    expect(regencyOf("labuhanbatu, sumatera utara")).toBe("Kabupaten Labuhanbatu");
  });

  it("does not turn an everyday word into a place outside the named province", () => {
    // "batu" is Kota Batu in Jawa Timur, not in Lampung.
    expect(regencyOf("kerja angkat batu, asal lampung")).toBeUndefined();
  });

  it("leaves the regency empty when only a province is given", () => {
    expect(regencyOf("jawa tengah")).toBeUndefined();
  });
});
