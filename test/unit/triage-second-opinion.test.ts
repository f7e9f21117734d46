/**
 * The statistical second opinion joins the rules' reading: what it may add, what it may not,
 * and the reason it leaves for officers. Opinions are written by hand here, so the rules of the
 * join are tested apart from what the trained model happens to think.
 */
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CaseKind } from "../../src/core/case-kinds.js";
import { triageFeatures } from "../../src/core/triage-features.js";
import { TRIAGE_MODEL, type Opinion } from "../../src/core/triage-model.js";
import { modelReason, withSecondOpinion } from "../../src/core/triage-second-opinion.js";
import type { Triage } from "../../src/core/triage.js";

const THRESHOLDS = { emergency: 0.7, emergencyKind: 0.2, addKind: 0.6, mainKind: 0.4 };
const opinion = (emergency: number, kinds: [CaseKind, number][], tokens = 12): Opinion => ({
  tokens,
  emergency,
  kinds: kinds.map(([kind, p]) => ({ kind, p })).sort((a, b) => b.p - a.p),
});
const rules = (partial: Partial<Triage>): Triage => ({
  intent: "complaint",
  kind: "LAINNYA",
  extraKinds: [],
  urgency: "NORMAL",
  emergency: null,
  signals: ["masalah"],
  ...partial,
});

describe("the statistical second opinion", () => {
  it("raises an emergency the rules could not place, as the likeliest emergency kind, and says it is the model's guess", () => {
    const result = withSecondOpinion(
      rules({}),
      opinion(0.9, [
        ["TPPO", 0.5],
        ["GAJI", 0.3],
      ]),
      THRESHOLDS,
      [],
    );
    expect(result).toMatchObject({ intent: "complaint", kind: "TPPO", urgency: "EMERGENCY", emergency: "TPPO" });
    expect(result.signals).toContain(modelReason("TPPO"));
    expect(modelReason("TPPO")).toBe("penilaian otomatis dari pola kalimat: mirip pengaduan perdagangan orang / disekap / kerja paksa");
  });

  it("adds only topics to a question the rules placed on a topic: a question stays a question", () => {
    const read = rules({ intent: "question", kind: "INFO_PEMBERDAYAAN", urgency: "LOW", signals: ["usaha"] });
    const result = withSecondOpinion(
      read,
      opinion(0.1, [
        ["PEMULANGAN", 0.9],
        ["INFO_PELATIHAN", 0.8],
      ]),
      THRESHOLDS,
      [],
    );
    expect(result).toMatchObject({ intent: "question", kind: "INFO_PEMBERDAYAAN", extraKinds: ["INFO_PELATIHAN"], urgency: "LOW" });
  });

  it("leaves a message the rules gave a kind to the rules' emergency judgement", () => {
    const read = rules({ kind: "GAJI", signals: ["gaji tidak dibayar"] });
    expect(
      withSecondOpinion(
        read,
        opinion(0.95, [
          ["GAJI", 0.5],
          ["MENINGGAL", 0.5],
        ]),
        THRESHOLDS,
        [],
      ),
    ).toEqual(read);
  });

  it("never guesses a suicide statement, nor the cared-for person's death as the worker's", () => {
    expect(withSecondOpinion(rules({}), opinion(0.95, [["BUNUH_DIRI", 0.9]]), THRESHOLDS, []).urgency).toBe("NORMAL");
    const cared = withSecondOpinion(
      rules({}),
      opinion(0.95, [
        ["MENINGGAL", 0.9],
        ["SAKIT_BERAT", 0.8],
      ]),
      THRESHOLDS,
      ["MENINGGAL", "SAKIT_BERAT"],
    );
    expect(cared.emergency).toBeNull();
    expect([cared.kind, ...cared.extraKinds]).not.toContain("MENINGGAL");
  });

  it("adds a confident kind the rules missed, after the rules' kinds", () => {
    const result = withSecondOpinion(
      rules({ kind: "GAJI", urgency: "NORMAL" }),
      opinion(0.1, [
        ["HILANG_KONTAK", 0.7],
        ["GAJI", 0.9],
        ["OVERCHARGING", 0.3],
      ]),
      THRESHOLDS,
      [],
    );
    expect(result).toMatchObject({ kind: "GAJI", extraKinds: ["HILANG_KONTAK"], urgency: "HIGH", emergency: null });
    expect(result.signals).toEqual(["masalah", modelReason("HILANG_KONTAK")]);
  });

  it("names the main kind of a complaint or question the rules could not place, but not of a greeting", () => {
    const question = rules({ intent: "question", kind: "INFO_LAINNYA", urgency: "LOW" });
    expect(withSecondOpinion(question, opinion(0.1, [["INFO_PROSEDUR", 0.5]]), THRESHOLDS, [])).toMatchObject({
      intent: "question",
      kind: "INFO_PROSEDUR",
      urgency: "LOW",
    });
    const greeting = rules({ intent: "unclear", urgency: "LOW", signals: [] });
    expect(withSecondOpinion(greeting, opinion(0.1, [["PEMULANGAN", 0.9]]), THRESHOLDS, [])).toEqual(greeting);
  });

  it("does not judge a short answer in a conversation", () => {
    const read = rules({ intent: "unclear", urgency: "LOW", signals: [] });
    expect(withSecondOpinion(read, opinion(0.99, [["TPPO", 0.9]], 2), THRESHOLDS, [])).toEqual(read);
  });

  it("reads the same message the same way, from a committed model of reasonable size", () => {
    const tokens = ["majikan", "tidak", "bayar", "gaji"];
    expect([...triageFeatures(tokens)]).toEqual([...triageFeatures([...tokens])]);
    expect(triageFeatures(tokens).has("c:<gaj")).toBe(true);
    expect(TRIAGE_MODEL.judge(tokens)).toEqual(TRIAGE_MODEL.judge(tokens));
    const bytes = statSync(fileURLToPath(new URL("../../src/core/triage-model.json", import.meta.url))).size;
    expect(bytes).toBeLessThan(1_500_000);
    for (const t of Object.values(TRIAGE_MODEL.thresholds)) expect(t).toBeGreaterThan(0);
  });
});
