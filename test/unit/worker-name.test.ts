import { describe, expect, it } from "vitest";
import { parseWorkerName } from "../../src/conversation/worker-name.js";

describe("the worker's name as a family member writes it", () => {
  it.each([
    ["adik kandung sy namanya Rina", "Rina", "adik"],
    ["anak sulung saya bernama Dewi Lestari", "Dewi Lestari", "anak"],
    ["istri sy, nama nya Sri", "Sri", "istri"],
    ["namanya Yuni, kakak saya", "Yuni", "kakak"],
    ["adik sy namanya Rina dari lampung", "Rina", "adik"],
  ])("%s → %s (%s)", (answer, name, relationship) => {
    expect(parseWorkerName(answer)).toMatchObject({ name, relationship });
  });

  it("never takes a relation and its qualifier for the name", () => {
    expect(parseWorkerName("adik kandung").name).toBeNull();
    expect(parseWorkerName("kakak ipar saya").name).toBeNull();
  });

  it("keeps the name, the relation and the number given together", () => {
    expect(parseWorkerName("Siti Aminah, adik saya, 0812-3456-7890")).toEqual({
      name: "Siti Aminah",
      relationship: "adik",
      phone: "+6281234567890",
    });
  });
});

describe("a name as people type it", () => {
  it.each([
    ["Syarifah", "Syarifah"],
    ["Syamsiah binti Ali", "Syamsiah binti Ali"],
    ["Akuwati", "Akuwati"],
    ["nm sy Yati", "Yati"],
    ["Yati aja", "Yati"],
    ["panggil aja Yati", "Yati"],
    ["iya, Siti", "Siti"],
    ["ok nama saya Siti Marfuah", "Siti Marfuah"],
    ["Nur Aisyah binti Karim. Saya ibunya.", "Nur Aisyah binti Karim"],
  ])("%s → %s", (answer, name) => {
    expect(parseWorkerName(answer).name).toBe(name);
  });

  it.each(["iya", "ok", "hmm", "petugas", "lewat aja", "ga usah", "gak mau", "privasi", "lupa namanya", "maksudnya?"])(
    "%s is no name",
    (answer) => {
      expect(parseWorkerName(answer).name).toBeNull();
    },
  );
});
