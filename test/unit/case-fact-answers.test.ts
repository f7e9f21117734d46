import { describe, expect, it } from "vitest";
import type { AskedFact } from "../../src/core/case-facts.js";
import { factsInStory, isUnknownAnswer, readFactAnswer } from "../../src/conversation/case-fact-answers.js";

/** Answers to the optional fact questions as people type them, and the cleaned value stored. */
const ANSWERS: [AskedFact, string, Record<string, string>][] = [
  ["employerName", "Mr Tan", { employerName: "Mr Tan" }],
  ["employerName", "majikan saya namanya Mr. Tan Ah Kow", { employerName: "Mr Tan Ah Kow" }],
  ["employerName", "madam lee di ipoh", { employerName: "Madam Lee" }],
  ["employerName", "namanya Ahmad bin Salim", { employerName: "Ahmad bin Salim" }],
  ["employerName", "majikan saya galak sekali dan sering marah", {}],
  ["placementCompany", "pt sinar mas abadi di cirebon", { placementCompany: "PT Sinar Mas Abadi" }],
  ["placementCompany", "lewat PT. Duta Wibawa", { placementCompany: "PT Duta Wibawa" }],
  ["placementCompany", "agensi nya Sun Hope di taipei", { agencyAbroad: "Sun Hope" }],
  ["placementCompany", "PT nya lupa", {}],
  ["workSector", "1", { workSector: "PRT" }],
  ["workSector", "kilang", { workSector: "PABRIK" }],
  ["workSector", "jaga nenek", { workSector: "PERAWAT" }],
  ["workSector", "kerja di ladang sawit", { workSector: "PERKEBUNAN" }],
  ["workSector", "restoran", { workSector: "LAINNYA" }],
  ["departureDate", "katanya tgl 5 januari kemarin", { departureDate: "5 januari kemarin" }],
  ["passportNumber", "C 1234567", { passportNumber: "C1234567" }],
  ["passportNumber", "paspor saya ditahan jadi tidak ingat", {}],
  ["cityAbroad", "di KL", { cityAbroad: "Kuala Lumpur" }],
  ["cityAbroad", "sekarang di Ipoh", { cityAbroad: "Ipoh" }],
  ["cityAbroad", "kota Tabuk", { cityAbroad: "Tabuk" }],
];

describe("reading the answers to the optional fact questions", () => {
  it.each(ANSWERS)("%s: %s", (field, answer, expected) => {
    expect(readFactAnswer(field, answer)).toEqual(expected);
  });

  it("takes the buttons: Lewati and a sector", () => {
    expect(readFactAnswer("employerName", "", "answer:skip")).toEqual({});
    expect(readFactAnswer("workSector", "", "answer:sector:ABK")).toEqual({ workSector: "ABK" });
    expect(readFactAnswer("workSector", "", "answer:sector:HACK")).toEqual({});
  });

  it.each([
    "gak tau",
    "gk tw",
    "PT nya lupa",
    "tak tahu",
    "tak ingat lah",
    "gatau",
    "ora ngerti",
    "skip",
    "-",
    "Lewati",
    "entahlah",
    "belum tau",
  ])("'%s' is not known: the question moves on", (answer) => {
    expect(isUnknownAnswer(answer)).toBe(true);
  });

  it("does not read a name as not known", () => {
    expect(isUnknownAnswer("Mr Tan")).toBe(false);
    expect(isUnknownAnswer("PT Maju Jaya")).toBe(false);
  });
});

describe("facts already in the story", () => {
  it("reads the PT, the employer with a title, the city and the sector", () => {
    expect(factsInStory("gaji saya blm dibayar 3 bln, berangkat lewat PT Maju Jaya, majikan saya Mr Tan di Kuala Lumpur")).toEqual({
      placementCompany: "PT Maju Jaya",
      employerName: "Mr Tan",
      cityAbroad: "Kuala Lumpur",
    });
    expect(factsInStory("bang, saya ABK di kapal taiwan gaji dipotong terus")).toEqual({ workSector: "ABK" });
    expect(factsInStory("paspor saya C1234567 ditahan agen")).toEqual({ passportNumber: "C1234567" });
  });

  it("reads nothing that is not reliably a name", () => {
    expect(factsInStory("PT nya lupa tapi kantornya di cirebon")).toEqual({});
    expect(factsInStory("pt yang memberangkatkan saya tidak tanggung jawab")).toEqual({});
    expect(factsInStory("majikan saya ibu tua itu jahat")).toEqual({});
    // A number with no word of a passport near it is not taken as one.
    expect(factsInStory("saya transfer ke rekening A1234567 kemarin")).toEqual({});
  });
});
