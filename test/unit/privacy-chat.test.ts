import { describe, expect, it } from "vitest";
import { decide, type ConversationState, type Decision, type EngineFacts, type EngineInput } from "../../src/conversation/engine.js";
import { loadConfig } from "../../src/config.js";

const baseFacts: EngineFacts = {
  now: new Date("2026-11-23T03:00:00Z"),
  hotlines: { hotline: "0800-1000", hotlineAbroad: "+62-21-29244800" },
  defaultOnBehalf: false,
  openCase: null,
  retention: { caseYears: 7, mediaDays: 200 },
};

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

const texts = (d: Decision) => d.replies.map((r) => ("text" in r ? r.text : `<${r.placeholder}>`));

describe("privacy notice (UU PDP)", () => {
  it("comes with the consent question: who processes, specific data, retention from the settings, and the rights", () => {
    const { decisions } = converse([
      "gaji saya belum dibayar 3 bulan",
      "1",
      "saya dari lampung timur",
      "taiwan",
      "lewati",
      // Two optional questions skipped in a row: no more of them, the consent comes next.
      "lewati",
    ]);
    const replies = texts(decisions.at(-1)!);
    const notice = replies.find((t) => t.includes("Pemberitahuan tentang data pribadi"));
    expect(notice).toBeDefined();
    expect(notice).toMatch(/KP2MI\/BP3MI dan dinas daerah/);
    expect(notice).toMatch(/kesehatan dan kekerasan seksual termasuk data pribadi yang bersifat spesifik/);
    expect(notice).toMatch(/selama 7 tahun setelah pengaduan selesai/);
    expect(notice).toMatch(/200 hari/);
    expect(notice).toMatch(/DATA SAYA/);
    expect(notice).toMatch(/HAPUS DATA/);
    expect(notice).toMatch(/Nomor 27 Tahun 2022/);
    // The question comes last, after the notice.
    expect(replies.indexOf(notice!)).toBeLessThan(replies.findIndex((t) => t.includes("setuju data ini kami proses")));
  });

  it("is not repeated when the consent question is asked again", () => {
    const { last } = converse(["gaji saya belum dibayar 3 bulan", "1", "saya dari lampung timur", "taiwan", "hmm"]);
    expect(texts(last).join("\n")).not.toMatch(/Pemberitahuan tentang data pribadi/);
  });

  it("follows an emergency's first reply as a later message", () => {
    const { decisions } = converse(["tolong saya dipukul majikan setiap hari"]);
    const d = decisions[0]!;
    expect(d.replies[1]).toEqual({ placeholder: "emergencyCaseCreated" });
    const later = texts(d).slice(2).join("\n");
    expect(later).toMatch(/Pemberitahuan tentang data pribadi/);
    expect(texts(d)[0]).not.toMatch(/Pemberitahuan tentang data pribadi/);
  });
});

describe("retention settings", () => {
  it("defaults to 5 years for cases and 365 days for files, and refuses files kept longer than their case", () => {
    expect(loadConfig({})).toMatchObject({ RETENTION_CASE_YEARS: 5, RETENTION_MEDIA_DAYS: 365 });
    expect(loadConfig({ RETENTION_CASE_YEARS: "2", RETENTION_MEDIA_DAYS: "30" })).toMatchObject({
      RETENTION_CASE_YEARS: 2,
      RETENTION_MEDIA_DAYS: 30,
    });
    expect(() => loadConfig({ RETENTION_CASE_YEARS: "1", RETENTION_MEDIA_DAYS: "400" })).toThrow(
      /RETENTION_MEDIA_DAYS: files cannot outlive their case/,
    );
    expect(() => loadConfig({ RETENTION_CASE_YEARS: "0" })).toThrow(/RETENTION_CASE_YEARS/);
  });
});

describe("DATA SAYA and HAPUS DATA commands", () => {
  it("are understood in their usual spellings, in any step, and leave an intake in progress as it was", () => {
    for (const text of ["DATA SAYA", "data saya", "Dataku", "lihat data saya"]) {
      expect(converse([text]).last.effects).toEqual([{ type: "summariseData" }]);
    }
    for (const text of ["HAPUS DATA", "hapus data saya.", "Hapus dataku", "hapus data pribadi saya"]) {
      expect(converse([text]).last.effects).toEqual([{ type: "requestDeletion" }]);
    }
    const { decisions, state } = converse(["gaji saya belum dibayar 3 bulan", "data saya"]);
    expect(decisions[1]!.replies).toEqual([{ placeholder: "privacyResult" }]);
    expect(state.draft?.awaiting).toBe(decisions[0]!.state.draft?.awaiting);
    expect(state.draft?.awaiting).toBeDefined();
  });

  it("are not taken from a story that mentions data", () => {
    const { last } = converse(["agen minta data saya dan paspor saya ditahan, gaji tidak dibayar"]);
    expect(last.effects.some((e) => e.type === "summariseData" || e.type === "requestDeletion")).toBe(false);
  });
});

describe("satisfaction survey answers", () => {
  it("takes a digit or a button as the rating only while a survey waits", () => {
    const survey = { caseId: "c1", awaiting: "rating" as const };
    expect(converse(["4"], { pendingSurvey: survey }).last.effects).toEqual([{ type: "answerSurvey", caseId: "c1", rating: 4 }]);
    expect(converse([{ kind: "text", text: "", action: "survey:5" }], { pendingSurvey: survey }).last.effects).toEqual([
      { type: "answerSurvey", caseId: "c1", rating: 5 },
    ]);
    expect(converse(["4"]).last.effects.some((e) => e.type === "answerSurvey")).toBe(false);
    expect(converse([{ kind: "text", text: "", action: "survey:3" }]).last.reason).toBe("stale-survey-button");
  });

  it("takes the next words as the comment, LEWATI as none, but not an emergency", () => {
    const survey = { caseId: "c1", awaiting: "comment" as const };
    expect(converse(["terima kasih, sangat membantu"], { pendingSurvey: survey }).last.effects).toEqual([
      { type: "commentSurvey", caseId: "c1", comment: "terima kasih, sangat membantu" },
    ]);
    expect(converse(["LEWATI"], { pendingSurvey: survey }).last.effects).toEqual([{ type: "commentSurvey", caseId: "c1", comment: "" }]);
    expect(
      converse(["tolong saya dipukul majikan setiap hari"], { pendingSurvey: survey }).last.effects.some((e) => e.type === "commentSurvey"),
    ).toBe(false);
  });
});
