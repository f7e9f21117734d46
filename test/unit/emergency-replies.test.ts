import { describe, expect, it } from "vitest";
import { decide, type ConversationState, type Decision, type EngineFacts } from "../../src/conversation/engine.js";
import type { MissionDirectory } from "../../src/core/missions.js";
import { missionsFor } from "../../src/core/missions.js";
import { COUNTRY_EMERGENCY_NUMBERS, MISSIONS } from "../../src/seed/missions-directory.js";

/** The seeded directory, as the intake hands it to the engine. */
const directory: MissionDirectory = {
  missions: MISSIONS.map((m) => ({ ...m, confirmed: false })),
  emergencyNumbers: COUNTRY_EMERGENCY_NUMBERS.map((n) => ({ ...n, confirmed: false })),
};

const facts: EngineFacts = {
  now: new Date("2026-11-23T03:00:00Z"),
  hotlines: { hotline: "0800-1000", hotlineAbroad: "+62-21-29244800" },
  missions: directory,
  defaultOnBehalf: false,
  openCase: null,
};

function converse(messages: string[], start: ConversationState = {}): Decision[] {
  let state = start;
  return messages.map((text) => {
    const d = decide(state, { kind: "text", text }, facts);
    state = d.state;
    return d;
  });
}

const firstText = (d: Decision) => {
  const part = d.replies[0]!;
  if (!("text" in part)) throw new Error("first reply is a placeholder");
  return part.text;
};
const allText = (d: Decision) => d.replies.map((r) => ("text" in r ? r.text : `<${r.placeholder}>`)).join("\n");
/** The first phone-number line of a reply: who the reporter is told to call first. */
const firstContact = (text: string) => text.split("\n").find((l) => l.startsWith("• "));

describe("emergency replies: each kind its own words, the right mission first", () => {
  it("a suicidal message from Taiwan: empathy first, then KDEI Taipei before the KP2MI number", () => {
    const [d] = converse(["saya kerja di taiwan, saya sudah tidak kuat lagi, rasanya ingin bunuh diri saja"]);
    const text = firstText(d!);
    expect(d!.effects[0]).toMatchObject({ type: "createCase", draft: { kind: "BUNUH_DIRI" } });
    expect(text.split("\n")[0]).toMatch(/Terima kasih sudah mau bercerita/);
    expect(firstContact(text)).toMatch(/KDEI Taipei: \+886/);
    expect(text.indexOf("KDEI Taipei")).toBeLessThan(text.indexOf("+62-21-29244800"));
    expect(text).toMatch(/Ambulans di Taiwan: 119/);
    expect(text).not.toMatch(/polisi/i);
  });

  it("a death in Saudi Arabia: condolences, then what the family prepares for repatriation, KJRI Jeddah for Jeddah", () => {
    const [d] = converse(["anak saya meninggal dunia di jeddah arab saudi, majikannya baru kabari kemarin"]);
    const text = firstText(d!);
    expect(d!.effects[0]).toMatchObject({ type: "createCase", draft: { kind: "MENINGGAL", country: "Arab Saudi" } });
    expect(text.split("\n")[0]).toMatch(/turut berduka cita/);
    expect(text).toMatch(/pemulangan jenazah/);
    expect(text).toMatch(/Kartu Keluarga/);
    expect(firstContact(text.slice(text.indexOf("Nomor yang bisa dihubungi")))).toMatch(/KJRI Jeddah: \+966 50 360 9667/);
  });

  it("a death in Saudi Arabia with no city names the embassy in Riyadh first", () => {
    const [d] = converse(["suami saya meninggal di arab saudi"]);
    const text = firstText(d!);
    const contacts = text.slice(text.indexOf("Nomor yang bisa dihubungi"));
    expect(firstContact(contacts)).toMatch(/KBRI Riyadh/);
  });

  it("trafficking from Saudi Arabia: the mission, the number from abroad, safety questions and the hint to delete the chat", () => {
    const [d] = converse(["saya disekap majikan di riyadh arab saudi, paspor ditahan, tidak boleh keluar rumah"]);
    const text = firstText(d!);
    expect(d!.effects[0]).toMatchObject({ type: "createCase", draft: { kind: "TPPO" } });
    expect(firstContact(text)).toMatch(/KBRI Riyadh: \+966 56 917 3990/);
    expect(text).toMatch(/dari luar negeri: \+62-21-29244800/);
    expect(text).toMatch(/0800-1000 hanya bisa dihubungi dari nomor telepon Indonesia/);
    expect(text).toMatch(/Apakah Bapak\/Ibu aman sekarang\?/);
    expect(text).toMatch(/Kapan waktu yang aman bagi petugas untuk menelepon/);
    expect(text).toMatch(/berbagi lokasi/);
    expect(text).toMatch(/hapus percakapan ini/);
    expect(text).not.toMatch(/polisi setempat/i);
  });

  it("trafficking from an unknown country asks the country in the same message, then gives that mission's number", () => {
    const [first, second] = converse(["tolong saya dijual agen dan disekap, kerja paksa tanpa gaji", "saya di taichung, tidak aman"]);
    const text = firstText(first!);
    expect(text).toMatch(/Di negara dan kota mana Bapak\/Ibu berada sekarang\?/);
    expect(firstContact(text)).toMatch(/Pusat panggilan KP2MI dari luar negeri: \+62-21-29244800/);
    // The emergency reply asked; no second question ("untuk diri sendiri atau keluarga?") follows it.
    expect(allText(first!)).not.toMatch(/untuk diri Bapak\/Ibu sendiri/);
    expect(first!.state.draft?.awaiting).toBe("safety");
    expect(allText(second!)).toMatch(/KDEI Taipei: \+886/);
  });

  it("gives the three kinds three different texts", () => {
    const suicide = firstText(converse(["saya di taiwan mau bunuh diri"])[0]!);
    const death = firstText(converse(["adik saya meninggal di taiwan"])[0]!);
    const trafficking = firstText(converse(["saya disekap dan dijual di taiwan"])[0]!);
    expect(new Set([suicide, death, trafficking]).size).toBe(3);
  });

  it("after an emergency the next question is about safety, then the usual questions follow", () => {
    const [first, second] = converse(["saya dipukul majikan di hong kong tiap hari", "sekarang saya di kamar mandi, aman sebentar"]);
    expect(firstContact(firstText(first!))).toMatch(/KJRI Hong Kong/);
    expect(first!.state.draft?.awaiting).toBe("safety");
    // "saya dipukul" is about the writer: their own name is asked, not "for whom".
    expect(allText(second!)).toMatch(/nama lengkap Bapak\/Ibu/);
  });

  it("a worker who has not left Indonesia gets the toll-free number first", () => {
    const [first] = converse(["saya belum berangkat, disekap di penampungan agen di jakarta, tidak boleh pulang"]);
    const state = first!.state;
    // The country question is answered "belum berangkat": no mission applies.
    const next = decide(state, { kind: "text", text: "aman, tapi tidak boleh keluar" }, facts);
    const text = allText(next);
    expect(text).not.toMatch(/Perwakilan RI terdekat/);
  });
});

describe("missionsFor", () => {
  it("puts the mission whose area the words mention first, else the embassy", () => {
    expect(missionsFor(directory, "Malaysia", "saya kerja di kebun sawit di sabah")[0]!.id).toBe("KJRI-KOTA-KINABALU");
    expect(missionsFor(directory, "Malaysia", "saya di johor")[0]!.id).toBe("KJRI-JOHOR-BAHRU");
    expect(missionsFor(directory, "Malaysia", "")[0]!.id).toBe("KBRI-KUALA-LUMPUR");
    expect(missionsFor(directory, "Jepang", "kerja di osaka")[0]!.id).toBe("KJRI-OSAKA");
    expect(missionsFor(directory, undefined, "osaka")).toEqual([]);
  });

  it("covers every destination country the service must know, each with a source note", () => {
    const required = [
      "Malaysia",
      "Taiwan",
      "Hong Kong",
      "Singapura",
      "Arab Saudi",
      "Uni Emirat Arab",
      "Qatar",
      "Kuwait",
      "Oman",
      "Bahrain",
      "Brunei Darussalam",
      "Korea Selatan",
      "Jepang",
      "Turki",
      "Polandia",
      "Kamboja",
      "Myanmar",
      "Laos",
      "Thailand",
      "Filipina",
    ];
    for (const country of required) {
      expect(
        directory.missions.some((m) => m.country === country),
        country,
      ).toBe(true);
      expect(
        directory.emergencyNumbers.some((n) => n.country === country),
        country,
      ).toBe(true);
    }
    for (const m of MISSIONS) {
      expect(m.note.length, m.id).toBeGreaterThan(0);
      // A number without a source is not allowed; a missing number says so in its note.
      if (m.phone) expect(m.sourceUrl, m.id).toMatch(/^https?:\/\//);
      else expect(m.note, m.id).toMatch(/belum ditemukan/);
    }
  });
});
