import { describe, expect, it } from "vitest";
import type { AskedFact } from "../../src/core/case-facts.js";
import { factsInStory, isUnknownAnswer, readFactAnswer } from "../../src/conversation/case-fact-answers.js";

/** The day the report began: "3 bulan lalu" counts back from it. */
const REPORTED = new Date("2026-11-23T03:00:00Z");

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
    expect(readFactAnswer(field, answer, REPORTED)).toEqual(expected);
  });

  it("takes the buttons: Lewati and a sector", () => {
    expect(readFactAnswer("employerName", "", REPORTED, "answer:skip")).toEqual({});
    expect(readFactAnswer("workSector", "", REPORTED, "answer:sector:ABK")).toEqual({ workSector: "ABK" });
    expect(readFactAnswer("workSector", "", REPORTED, "answer:sector:HACK")).toEqual({});
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
    expect(
      factsInStory("gaji saya blm dibayar 3 bln, berangkat lewat PT Maju Jaya, majikan saya Mr Tan di Kuala Lumpur", REPORTED),
    ).toEqual({
      placementCompany: "PT Maju Jaya",
      employerName: "Mr Tan",
      cityAbroad: "Kuala Lumpur",
    });
    expect(factsInStory("bang, saya ABK di kapal taiwan gaji dipotong terus", REPORTED)).toEqual({ workSector: "ABK" });
    expect(factsInStory("paspor saya C1234567 ditahan agen", REPORTED)).toEqual({ passportNumber: "C1234567" });
  });

  it("reads the agency abroad named with a capital, not a recruiter at home", () => {
    expect(factsInStory("nama majikan gak tau, tp agensi sy Sun Hope", REPORTED)).toEqual({ agencyAbroad: "Sun Hope" });
    expect(factsInStory("Agency nya namanya Golden Star di Taipei", REPORTED)).toMatchObject({ agencyAbroad: "Golden Star" });
    expect(factsInStory("agensi di taiwan tidak mau bantu", REPORTED).agencyAbroad).toBeUndefined();
    expect(factsInStory("agen Ahmad minta uang 15 juta", REPORTED).agencyAbroad).toBeUndefined();
  });

  it("reads nothing that is not reliably a name", () => {
    expect(factsInStory("PT nya lupa tapi kantornya di cirebon", REPORTED)).toEqual({});
    expect(factsInStory("pt yang memberangkatkan saya tidak tanggung jawab", REPORTED)).toEqual({});
    expect(factsInStory("majikan saya ibu tua itu jahat", REPORTED)).toEqual({});
    // A number with no word of a passport near it is not taken as one.
    expect(factsInStory("saya transfer ke rekening A1234567 kemarin", REPORTED)).toEqual({});
  });
});

describe("the departure date in the story", () => {
  it.each([
    ["berangkat bulan maret 2024, gaji dipotong terus", "Maret 2024"],
    ["sy brangkat thn 2023 ke malaysia", "2023"],
    ["saya berangkat ke taiwan tahun 2023 lewat PT Maju", "2023"],
    ["saya berangkat bulan 3 2024", "Maret 2024"],
    ["berangkat tgl 5 januari 2025", "Januari 2025"],
    ["sejak 2022 di taiwan, majikan tidak kasih libur", "2022"],
    ["saya sejak 2021 kerja di malaysia", "2021"],
    ["di hongkong sejak 2019", "2019"],
    ["baru 3 bulan berangkat sudah dipukul", "sekitar Agustus 2026"],
    ["berangkat 3 bln yg lalu", "sekitar Agustus 2026"],
    ["berangkatnya baru 2 minggu", "sekitar November 2026"],
    ["sy sdh 8 bulan di taiwan tp gaji sy dipotong", "sekitar Maret 2026"],
    ["Endang, kerja di taiwan sudah 2 tahun", "sekitar 2024"],
  ])("%s → %s", (story, departureDate) => {
    expect(factsInStory(story, REPORTED).departureDate).toBe(departureDate);
  });

  it.each([
    "gaji tidak dibayar sejak maret 2024",
    "gaji sy dipotong sejak 2022 di taiwan",
    "sudah 2 tahun gaji blm dibayar",
    "belum berangkat padahal sudah bayar 2024",
    "sudah 3 bulan di penampungan",
    "dijanjikan berangkat 2 bulan lagi",
    "gaji sy blm dibyar udh 2 bln di taiwan",
  ])("dates the problem, not the departure: %s", (story) => {
    expect(factsInStory(story, REPORTED).departureDate).toBeUndefined();
  });
});

describe("the departure date as answered", () => {
  it("keeps the words, and dates a time counted back", () => {
    expect(readFactAnswer("departureDate", "katanya bulan maret kemarin", REPORTED)).toEqual({ departureDate: "bulan maret kemarin" });
    expect(readFactAnswer("departureDate", "3 bulan lalu", REPORTED)).toEqual({ departureDate: "3 bulan lalu (sekitar Agustus 2026)" });
  });
});

describe("a stray answer is no name", () => {
  it.each(["iya", "ok", "kakak", "bukan", "bukan pak", "hmm", "maksudnya?", "orang arab", "majikan", "nenek", "boss", "makasih", "wkwk"])(
    "%s",
    (answer) => {
      expect(readFactAnswer("employerName", answer, REPORTED)).toEqual({});
      expect(readFactAnswer("placementCompany", answer, REPORTED)).toEqual({});
    },
  );

  it("keeps names that open with a label-like word", () => {
    expect(readFactAnswer("employerName", "Diana", REPORTED)).toEqual({ employerName: "Diana" });
    expect(readFactAnswer("employerName", "Kumar", REPORTED)).toEqual({ employerName: "Kumar" });
    expect(readFactAnswer("placementCompany", "Dinasti Jaya", REPORTED)).toEqual({ placementCompany: "Dinasti Jaya" });
  });

  it.each(["mboten ngertos", "teu terang", "teu nyaho", "embuh", "mboh", "ora ruh", "gada", "kurang tau", "gktau", "xtau", "lewat aja"])(
    "reads %s as not known",
    (answer) => {
      expect(isUnknownAnswer(answer)).toBe(true);
    },
  );

  it("reads 'lewat PT ...' as a company, not a skip", () => {
    expect(isUnknownAnswer("lewat PT Duta Wibawa")).toBe(false);
  });
});
