/**
 * Triage on the evaluation corpus (test/corpus). CI pins the emergency figures on the held-out
 * split, which no rule was written from; the other figures are printed by `npm run eval:triage`.
 */
import { describe, expect, it } from "vitest";
import { createTriage, isEmergency, triage } from "../../src/core/triage.js";
import { VOCABULARY } from "../../src/core/triage-vocabulary.js";
import { normalizeTokens } from "../../src/core/normalize-text.js";
import { compileRules, findMatch, TokenIndex } from "../../src/core/triage-matcher.js";
import { isHeldOut, loadCorpus, splitCorpus } from "../corpus/corpus.js";
import { evaluate } from "../corpus/evaluate.js";

describe("triage on the evaluation corpus", () => {
  const rows = loadCorpus();
  const { training, heldOut } = splitCorpus(rows);

  it("has at least 500 messages, 150 emergencies, a source for each, and a fixed split of about 40 %", () => {
    expect(rows.length).toBeGreaterThanOrEqual(500);
    expect(rows.filter((r) => r.emergency).length).toBeGreaterThanOrEqual(150);
    expect(rows.every((r) => r.source.length > 0 && r.main.every((k) => r.kinds.includes(k)))).toBe(true);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    // About 40 % of the rows the split was fixed on are held out; rows added later ("n...") all train.
    const fixedFirst = rows.filter((r) => r.id.startsWith("t"));
    const heldOutShare = fixedFirst.filter((r) => isHeldOut(r.id)).length / fixedFirst.length;
    expect(heldOutShare).toBeGreaterThan(0.3);
    expect(heldOutShare).toBeLessThan(0.5);
    expect(rows.filter((r) => r.id.startsWith("n") && isHeldOut(r.id)).map((r) => r.id)).toEqual([]);
    // The split depends on the id alone: these ids fell where they fall when the split was fixed.
    expect(["t0001", "t0002", "t0003", "t0004", "t0005"].map(isHeldOut)).toEqual(
      ["t0001", "t0002", "t0003", "t0004", "t0005"].map((id) => heldOut.some((r) => r.id === id)),
    );
    expect(training.length + heldOut.length).toBe(rows.length);
  });

  it("recognises emergencies on the held-out split and keeps false alarms at or below 10 %", () => {
    const e = evaluate(heldOut, triage);
    const missed = e.misses.filter((m) => m.problems.includes("EMERGENCY MISSED")).map((m) => m.row.id);
    // Target 98 %; reached so far: see README "Understanding messages". The floor stops regressions.
    expect(e.emergencyRecall, `missed: ${missed.join(", ")}`).toBeGreaterThanOrEqual(0.98);
    expect(e.falseAlarmRate).toBeLessThanOrEqual(0.1);
  });

  it("answers the receipt-time emergency check as full triage does, the model's emergencies included", () => {
    const urgent = (t: { urgency: string }) => t.urgency === "EMERGENCY";
    const disagree = rows.filter((r) => isEmergency(r.text) !== urgent(triage(r.text))).map((r) => r.id);
    expect(disagree).toEqual([]);
    // The shortcut skips the model; these rows are emergencies only because the model said so.
    const rulesAlone = createTriage(null);
    const raisedByModel = rows.filter((r) => urgent(triage(r.text)) && !urgent(rulesAlone(r.text)));
    expect(raisedByModel.length).toBeGreaterThan(0);
    expect(raisedByModel.every((r) => isEmergency(r.text))).toBe(true);
  });

  it("finds every vocabulary entry's tag in its own example message", () => {
    const silent = VOCABULARY.filter((entry) => {
      const [rule] = compileRules({ [entry.tag]: [entry.rule] } as Record<string, [typeof entry.rule]>);
      return findMatch(rule!, new TokenIndex(normalizeTokens(entry.example))) === null;
    });
    expect(silent.map((e) => `${e.tag}: ${e.example}`)).toEqual([]);
  });
});
