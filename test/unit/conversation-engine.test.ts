import { describe, expect, it } from "vitest";
import { decide, type ConversationState, type Decision, type EngineFacts, type EngineInput } from "../../src/conversation/engine.js";

const baseFacts: EngineFacts = {
  now: new Date("2026-11-23T03:00:00Z"),
  hotlines: { hotline: "0800-1000", hotlineAbroad: "+62-21-29244800" },
  defaultOnBehalf: false,
  openCase: null,
};

/** Plays a conversation through the pure engine; returns every decision. */
function converse(messages: (string | EngineInput)[], facts: Partial<EngineFacts> = {}, start: ConversationState = {}) {
  let state = start;
  const decisions: Decision[] = [];
  for (const m of messages) {
    const input: EngineInput = typeof m === "string" ? { kind: "text", text: m } : m;
    const decision = decide(state, input, { ...baseFacts, ...facts });
    decisions.push(decision);
    state = decision.state;
  }
  return { decisions, state, last: decisions[decisions.length - 1]! };
}

const textOf = (d: Decision) => d.replies.map((r) => ("text" in r ? r.text : `<${r.placeholder}>`)).join("\n");

describe("conversation engine: complaint intake", () => {
  it("takes region, country and 'for whom' from the first message and asks only what is missing", () => {
    const { decisions } = converse(["adik saya di malaysia gajinya tidak dibayar, kami dari lampung"]);
    expect(textOf(decisions[0]!)).toMatch(/Siapa nama lengkap pekerja migran/);
  });

  it("walks a bare complaint through every question, then creates the case on YA", () => {
    const { decisions, state } = converse([
      "gaji belum dibayar 3 bulan",
      "1",
      "Rina Marlina",
      "saya dari lampung timur",
      "taiwan",
      "Mr Chen",
      "gak tau",
      "3",
      "ya",
    ]);
    expect(textOf(decisions[0]!)).toMatch(/sendiri atau untuk anggota keluarga/);
    expect(textOf(decisions[1]!)).toMatch(/nama lengkap Bapak\/Ibu/);
    expect(textOf(decisions[2]!)).toMatch(/kabupaten\/kota dan provinsi/);
    expect(textOf(decisions[3]!)).toMatch(/Di negara mana/);
    // Optional, for the officers: employer, placement company, sector (a wages case).
    expect(textOf(decisions[4]!)).toMatch(/boleh dilewati[\s\S]*Siapa nama majikan/);
    expect(textOf(decisions[5]!)).toMatch(/perusahaan penempatan \(P3MI\)/);
    expect(textOf(decisions[6]!)).toMatch(/Apa pekerjaan Bapak\/Ibu di sana/);
    expect(textOf(decisions[7]!)).toMatch(/setuju data ini kami proses/);
    expect(textOf(decisions[7]!)).toMatch(/Nama majikan \/ pemberi kerja: Mr Chen\n• Sektor pekerjaan: Pabrik/);
    const final = decisions[8]!;
    const create = final.effects.find((e) => e.type === "createCase");
    expect(create).toBeDefined();
    if (create?.type !== "createCase") throw new Error("no case");
    expect(create.draft).toMatchObject({
      kind: "GAJI",
      onBehalf: false,
      workerName: "Rina Marlina",
      regionId: "ID-LA",
      country: "Taiwan",
      consent: true,
    });
    expect(create.draft.facts).toEqual({ employerName: "Mr Chen", workSector: "PABRIK" });
    expect(final.replies).toEqual([{ placeholder: "caseCreated" }]);
    expect(state.step).toBe("idle");
  });

  it("accepts an answer it does not recognise after asking twice, and keeps the words", () => {
    const { decisions, last } = converse(["gaji saya dipotong agen", "lewati", "di kampung", "pokoknya jauh", "malaysia"]);
    expect(textOf(decisions[2]!)).toMatch(/belum mengenali daerahnya/);
    expect(textOf(last)).toMatch(/Siapa nama majikan/);
    expect(last.state.draft).toMatchObject({ regionId: null, originText: "pokoknya jauh" });
  });

  it("cancels at any point with BATAL and shows the menu", () => {
    const { last } = converse(["gaji saya belum dibayar", "batal"]);
    expect(textOf(last)).toMatch(/dibatalkan/);
    expect(textOf(last)).toMatch(/1\. Buat pengaduan/);
    expect(last.state.draft).toBeUndefined();
    expect(last.effects).toEqual([]);
  });

  it("cancels at the confirmation only on a clear cancel; a bare 'tidak' is asked again", () => {
    const story = "paspor saya ditahan agen, saya dari jakarta, kerja di hongkong";
    const unclear = converse([story, "lewati", "gak tau", "lewati", "tidak"]).last;
    expect(unclear.effects).toEqual([]);
    expect(textOf(unclear)).toMatch(/Mohon balas YA untuk mengirim/);
    expect(unclear.state.draft?.description).toEqual([story]);
    const { last } = converse([story, "lewati", "gak tau", "lewati", "tidak setuju"]);
    expect(last.effects).toEqual([]);
    expect(textOf(last)).toMatch(/dibatalkan/);
  });

  it("adds to the story when the reporter writes more instead of yes or no", () => {
    const { last } = converse([
      "paspor saya ditahan agen, saya dari jakarta, kerja di hongkong",
      "lewati",
      "lewati",
      "lewati",
      "oh ya gaji saya juga belum dibayar",
    ]);
    expect(last.state.draft?.extraKinds).toContain("GAJI");
    expect(textOf(last)).toMatch(/setuju/);
  });

  it("reminds the reporter of an unfinished intake when they come back hours later", () => {
    const first = converse(["gaji saya belum dibayar"]);
    const later = decide(
      first.state,
      { kind: "text", text: "1" },
      { ...baseFacts, now: new Date(baseFacts.now.getTime() + 24 * 3600_000) },
    );
    expect(textOf(later)).toMatch(/Selamat datang kembali/);
  });
});

describe("conversation engine: emergencies", () => {
  it("answers with the hotline and embassy advice and creates the case before any question", () => {
    const { decisions } = converse(["tolong saya dipukul majikan setiap hari"]);
    const d = decisions[0]!;
    expect("text" in d.replies[0]! && d.replies[0].text).toMatch(/0800-1000/);
    expect(textOf(d)).toMatch(/KBRI\/KJRI/);
    expect(d.replies[1]).toEqual({ placeholder: "emergencyCaseCreated" });
    expect(d.effects[0]).toMatchObject({ type: "createCase", draft: { urgency: "EMERGENCY", kind: "KEKERASAN" } });
  });

  it("catches an emergency that appears in the middle of an intake", () => {
    const { last } = converse(["gaji saya belum dibayar", "saya sekarang dikurung di kamar tidak boleh keluar"]);
    expect(textOf(last)).toMatch(/0800-1000/);
    expect(last.effects[0]).toMatchObject({ type: "createCase", draft: { urgency: "EMERGENCY" } });
  });

  it("escalates a follow-up on an open case that reports an emergency", () => {
    const { last } = converse(["majikan mau bunuh saya, saya dipukuli"], { openCase: { id: "c1", ticket: "PMI-7K3M9X" } });
    expect(textOf(last)).toMatch(/0800-1000/);
    expect(last.effects[0]).toMatchObject({ type: "attachToCase", caseId: "c1" });
  });
});

describe("conversation engine: menu, questions, status", () => {
  it("shows the menu to a greeting and on MENU", () => {
    expect(textOf(converse(["halo"]).last)).toMatch(/1\. Buat pengaduan/);
    expect(textOf(converse(["assalamualaikum"]).last)).toMatch(/4\. Bicara dengan petugas/);
    expect(textOf(converse(["gaji belum dibayar", "menu"]).last)).toMatch(/2\. Tanya informasi/);
  });

  it("answers a question about placement companies without opening a complaint", () => {
    const { last } = converse(["apakah PT Maju Jaya resmi? sy mau daftar kerja ke taiwan"]);
    expect(last.effects).toEqual([]);
    expect(textOf(last)).toMatch(/izin resmi/);
  });

  it("looks up a ticket typed anywhere in a message", () => {
    const { last } = converse(["mau cek tiket pmi 7k3 m9x"]);
    expect(last.effects).toEqual([{ type: "statusLookup", ticket: "PMI-7K3M9X" }]);
  });

  it("asks for the ticket after menu option 3", () => {
    const { decisions } = converse(["menu", "3", "PMI-7K3M9X"]);
    expect(textOf(decisions[1]!)).toMatch(/nomor tiket/);
    expect(decisions[2]!.effects).toEqual([{ type: "statusLookup", ticket: "PMI-7K3M9X" }]);
  });

  it("attaches a message to the open case instead of opening a new one, unless the reporter asks for a new complaint", () => {
    const open = { openCase: { id: "c1", ticket: "PMI-7K3M9X" } };
    expect(converse(["pak sudah ada kabar belum?"], open).last.effects).toEqual([
      expect.objectContaining({ type: "attachToCase", caseId: "c1" }),
    ]);
    expect(textOf(converse(["baru"], open).last)).toMatch(/ceritakan masalahnya/);
  });

  it("replies to empty, emoji-only, unreadable and unsupported messages without starting anything", () => {
    expect(textOf(converse([""]).last)).toMatch(/kosong/);
    expect(textOf(converse(["🙏😭"]).last)).toMatch(/kata-kata/);
    expect(textOf(converse(["\u0001\u0002\u0003\u0004\u0005"]).last)).toMatch(/tidak dapat kami baca/);
    expect(textOf(converse([{ kind: "unsupported", text: "" }]).last)).toMatch(/belum dapat kami proses/);
  });
});

const createdDraft = (d: Decision) => {
  const create = d.effects.find((e) => e.type === "createCase");
  if (create?.type !== "createCase") throw new Error(`no case created (${d.reason})`);
  return create.draft;
};

describe("conversation engine: voice notes, photos and messages not understood", () => {
  const voice: EngineInput = { kind: "voice", text: "" };
  const photo: EngineInput = { kind: "image", text: "" };

  it("opens a case about a photo and asks only region, country (with buttons) and consent, never the story", () => {
    const { decisions, last } = converse([
      photo,
      "indramayu",
      { kind: "text", text: "", action: "answer:country:taiwan" },
      { kind: "text", text: "", action: "answer:yes" },
    ]);
    expect(textOf(decisions[0]!)).toMatch(/Lampiran Bapak\/Ibu sudah kami terima/);
    expect(textOf(decisions[0]!)).toMatch(/kabupaten\/kota dan provinsi/);
    expect(textOf(decisions[0]!)).not.toMatch(/ceritakan/);
    const countryQuestion = decisions[1]!.replies[0]!;
    expect("buttons" in countryQuestion && countryQuestion.buttons?.map((b) => b.label)).toEqual([
      "Malaysia",
      "Taiwan",
      "Hong Kong",
      "Arab Saudi",
      "Singapura",
      "Belum berangkat",
    ]);
    expect(textOf(decisions[2]!)).toMatch(/setuju data ini kami proses/);
    expect(createdDraft(last)).toMatchObject({
      description: ["Pengaduan lewat pesan suara/foto"],
      kind: "LAINNYA",
      viaMedia: true,
      regionId: "ID-JB",
      country: "Taiwan",
      consent: true,
    });
    expect(last.replies).toEqual([{ placeholder: "caseCreated" }]);
  });

  it("ends a chat of voice notes only with a case: spoken answers count, the officer hears them", () => {
    const { decisions, last } = converse([voice, voice, voice, voice]);
    expect(textOf(decisions[0]!)).toMatch(/Kami catat sebagai pengaduan agar petugas dapat mendengarkannya/);
    expect(textOf(decisions[0]!)).not.toMatch(/tuliskan juga masalahnya/);
    expect(textOf(decisions[2]!)).toMatch(/boleh menjawab YA dengan pesan suara/);
    expect(createdDraft(last)).toMatchObject({
      viaMedia: true,
      regionId: null,
      originText: "(dijawab lewat pesan suara)",
      country: "(dijawab lewat pesan suara)",
      consent: true,
      consentByVoice: true,
    });
  });

  it("a photo does not answer the consent question; it is kept and the question asked again", () => {
    const { last } = converse([photo, "lampung", "malaysia", photo]);
    expect(last.effects).toEqual([]);
    expect(textOf(last)).toMatch(/Lampiran sudah kami terima[\s\S]*setuju data ini kami proses/);
  });

  it("takes a voice note sent instead of the story as the story", () => {
    const { decisions } = converse([{ kind: "text", text: "", action: "menu:complaint" }, voice]);
    expect(decisions[1]!.state.draft).toMatchObject({ viaMedia: true, description: ["Pengaduan lewat pesan suara/foto"] });
    expect(textOf(decisions[1]!)).toMatch(/kabupaten\/kota/);
  });

  it("joins media to the open case and says so truthfully", () => {
    const openCase = { id: "c1", ticket: "PMI-7K3M9X" };
    const { last } = converse([voice], { openCase });
    expect(last.effects).toEqual([{ type: "attachToCase", caseId: "c1", triage: null }]);
    expect(textOf(last)).toMatch(/sudah kami teruskan ke petugas yang menangani tiket PMI-7K3M9X/);
  });

  it("offers a person after two messages it does not understand, and creates a case with what was written", () => {
    const { decisions, last } = converse(["p", "hmm oke", "petugas"]);
    expect(textOf(decisions[0]!)).not.toMatch(/Bicara dengan petugas atau ketik PETUGAS/);
    expect(textOf(decisions[1]!)).toMatch(/tekan tombol Bicara dengan petugas atau ketik PETUGAS/);
    const offer = decisions[1]!.replies[0]!;
    expect("buttons" in offer && offer.buttons?.[0]).toEqual({ label: "Bicara dengan petugas", action: "menu:officer" });
    expect(createdDraft(last)).toMatchObject({ description: ["p", "hmm oke"], forOfficer: true, kind: "LAINNYA" });
    expect(last.replies).toEqual([{ placeholder: "officerCaseCreated" }]);
  });

  it("asks a voice-only chat about the worker without assuming who is writing (never 'pekerja migran tersebut')", () => {
    const { decisions } = converse([voice, voice]);
    expect(textOf(decisions[0]!)).toMatch(/mana Bapak\/Ibu \(atau keluarga yang diadukan\) berasal/);
    expect(textOf(decisions[1]!)).toMatch(/negara mana Bapak\/Ibu \(atau keluarga yang diadukan\) bekerja/);
    for (const d of decisions) expect(textOf(d)).not.toMatch(/pekerja migran tersebut/);
  });

  it("menu option 4 with no case open: the next message itself becomes a case an officer reads, with no complaint questions", () => {
    const { decisions, last } = converse(["menu", "4", "saya mau bicara langsung soal kontrak saya yang aneh"]);
    expect(textOf(decisions[1]!)).toMatch(/tuliskan pesan Bapak\/Ibu untuk petugas/);
    expect(decisions[1]!.effects).toEqual([]);
    expect(last.replies).toEqual([{ placeholder: "officerCaseCreated" }]);
    expect(createdDraft(last)).toMatchObject({ forOfficer: true, description: ["saya mau bicara langsung soal kontrak saya yang aneh"] });
    expect(last.state.step).toBe("idle");
  });

  it("'PETUGAS' then a voice note: the voice note is the message for the officer", () => {
    const { last } = converse(["petugas", voice]);
    expect(createdDraft(last)).toMatchObject({ forOfficer: true, description: ["Pengaduan lewat pesan suara/foto"] });
  });

  it("'PETUGAS' then an emergency: the emergency reply comes first, not a plain officer case", () => {
    const { last } = converse(["petugas", "tolong saya dipukul majikan terus di malaysia"]);
    expect(textOf(last)).toMatch(/<emergencyCaseCreated>/);
  });

  it("forgets the misunderstandings once a message is understood", () => {
    const { last } = converse(["p", { kind: "text", text: "", action: "menu" }, "hmm"]);
    expect(textOf(last)).not.toMatch(/ketik PETUGAS/);
    expect(last.state.unclear?.texts).toEqual(["hmm"]);
  });
});

describe("conversation engine: stories the triage does not classify", () => {
  it("takes a long unclassified message as a complaint for an officer instead of showing the menu", () => {
    const { last } = converse(["kemarin saya bertemu orang dari kantor itu dan dia bilang urusan saya tidak bisa diproses lagi"]);
    expect(last.state.step).toBe("intake");
    expect(last.state.draft?.kind).toBe("LAINNYA");
  });
  it("still shows the menu for a short unclear message", () => {
    expect(converse(["p"]).last.state.step).toBe("menu");
  });
});

describe("conversation engine: kabupaten/kota of origin", () => {
  it("keeps the regency beside the routing province: 'indramayu' is Kabupaten Indramayu in Jawa Barat", () => {
    const { last } = converse(["gaji saya belum dibayar, saya dari indramayu kerja di taiwan", "1", "lewati", "lewati", "lewati", "ya"]);
    const create = last.effects.find((e) => e.type === "createCase");
    if (create?.type !== "createCase") throw new Error("no case");
    expect(create.draft).toMatchObject({ regionId: "ID-JB", regencyCode: "32.12" });
    expect(create.draft.regencyNote).toBeUndefined();
  });

  it("a name both a Kabupaten and a Kota means the Kabupaten, with a note; 'kota' before it means the Kota", () => {
    const plain = converse(["gaji saya belum dibayar, saya dari bandung kerja di taiwan"]).last.state.draft!;
    expect(plain).toMatchObject({ regionId: "ID-JB", regencyCode: "32.04" });
    expect(plain.regencyNote).toMatch(/dipilih Kabupaten Bandung; bisa juga Kota/);
    const city = converse(["gaji saya belum dibayar, saya dari kota bandung kerja di taiwan"]).last.state.draft!;
    expect(city).toMatchObject({ regencyCode: "32.73" });
    // Routing still follows the agreements: plain "pekalongan" is the regency with its own agreement.
    expect(converse(["gaji saya belum dibayar, saya dari pekalongan kerja di taiwan"]).last.state.draft).toMatchObject({
      regionId: "KAB-PEKALONGAN",
      regencyCode: "33.26",
    });
  });
});

describe("conversation engine: documents on request", () => {
  it("DOKUMEN lists the documents the open case's kind needs", () => {
    const { last } = converse(["DOKUMEN"], { openCase: { id: "c1", ticket: "PMI-7K3M9X", kind: "MENINGGAL" } });
    expect(textOf(last)).toMatch(/pengaduan PMI-7K3M9X:[\s\S]*Kartu Keluarga \(KK\)[\s\S]*KTP ahli waris[\s\S]*Surat kematian/);
    expect(last.effects).toEqual([]);
    expect(textOf(converse(["dokumen"]).last)).toMatch(/biasanya membantu[\s\S]*Perjanjian kerja/);
  });
});
