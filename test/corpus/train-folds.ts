/**
 * Cross-validation helpers for train-triage.ts: a fixed fold per row id, the figures of
 * out-of-fold scores, and the thresholds chosen from them (the rules are in train-triage.ts's
 * header comment).
 */
import { isEmergencyKind } from "../../src/core/case-kinds.js";
import type { Opinion, TriageModelData } from "../../src/core/triage-model.js";
import { MIN_STORY_TOKENS } from "../../src/core/triage-second-opinion.js";
import type { CorpusRow } from "./corpus.js";
import { fnv1a } from "./corpus.js";

export const FOLDS = 5;

/** A fold from the row id alone, independent of the held-out hash. */
export function foldOf(id: string): number {
  return fnv1a(`fold:${id}`) % FOLDS;
}

export interface Scored {
  row: CorpusRow;
  opinion: Opinion;
}

const MAX_FALSE_ALARMS = 0.02;
const ADD_PRECISION = 0.8;
/** Of the emergencies the model raises, the share whose emergency kind must be right. */
const EMERGENCY_KIND_PRECISION = 0.6;
const MAIN_ACCURACY = 0.7;
const GRID = Array.from({ length: 95 }, (_, i) => (i + 5) / 100);

export function oofFigures(scored: readonly Scored[]): { logLoss: number; auc: number } {
  let loss = 0;
  for (const s of scored) {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, s.opinion.emergency));
    loss -= s.row.emergency ? Math.log(p) : Math.log(1 - p);
  }
  const pos = scored.filter((s) => s.row.emergency).map((s) => s.opinion.emergency);
  const neg = scored.filter((s) => !s.row.emergency).map((s) => s.opinion.emergency);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return { logLoss: loss / scored.length, auc: wins / (pos.length * neg.length) };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function pickThresholds(scored: readonly Scored[], print: boolean): TriageModelData["thresholds"] {
  // Thresholds are chosen on the messages the model judges at all.
  const judged = scored.filter((s) => s.opinion.tokens >= MIN_STORY_TOKENS);
  const calm = judged.filter((s) => !s.row.emergency);
  const urgent = judged.filter((s) => s.row.emergency);
  // The vote needs both: the message looks like an emergency, and like one emergency kind in particular.
  const topEmergency = (s: Scored) =>
    s.opinion.kinds.find((k) => isEmergencyKind(k.kind) && k.kind !== "BUNUH_DIRI") ?? { kind: "LAINNYA" as const, p: 0 };
  const votes = (s: Scored, te: number, tk: number) => s.opinion.emergency >= te && topEmergency(s).p >= tk;
  let emergency = 1;
  let emergencyKind = 1;
  let bestCaught = -1;
  for (const te of GRID) {
    for (const tk of GRID) {
      if (calm.filter((s) => votes(s, te, tk)).length / calm.length > MAX_FALSE_ALARMS) continue;
      const raised = urgent.filter((s) => votes(s, te, tk));
      if (
        raised.length > 0 &&
        raised.filter((s) => s.row.kinds.includes(topEmergency(s).kind)).length / raised.length < EMERGENCY_KIND_PRECISION
      )
        continue;
      if (raised.length > bestCaught) [bestCaught, emergency, emergencyKind] = [raised.length, te, tk];
    }
  }

  const pairs = judged.flatMap((s) => s.opinion.kinds.map((k) => ({ right: s.row.kinds.includes(k.kind), p: k.p })));
  const precisionFrom = (t: number) => {
    const taken = pairs.filter((x) => x.p >= t);
    return taken.length === 0 ? 1 : taken.filter((x) => x.right).length / taken.length;
  };
  const addKind = GRID.find((t) => precisionFrom(t) >= ADD_PRECISION) ?? 1;

  const tops = judged.map((s) => ({ right: s.row.main.includes(s.opinion.kinds[0]!.kind), p: s.opinion.kinds[0]!.p }));
  const accuracyFrom = (t: number) => {
    const taken = tops.filter((x) => x.p >= t);
    return taken.length === 0 ? 1 : taken.filter((x) => x.right).length / taken.length;
  };
  const mainKind = GRID.find((t) => accuracyFrom(t) >= MAIN_ACCURACY) ?? 1;

  if (print) {
    const caught = urgent.filter((s) => votes(s, emergency, emergencyKind)).length;
    const alarms = calm.filter((s) => votes(s, emergency, emergencyKind)).length;
    console.log(
      `model alone, out of fold (${judged.length} training rows of ${MIN_STORY_TOKENS} words or more, ${urgent.length} emergencies):`,
    );
    console.log(
      `  emergency from p >= ${emergency} and an emergency kind from p >= ${emergencyKind}: recall ` +
        `${pct(caught / urgent.length)}, false alarms ${pct(alarms / calm.length)}`,
    );
    const added = pairs.filter((x) => x.p >= addKind);
    console.log(`  kind added from p >= ${addKind}: ${added.length} guesses, ${pct(precisionFrom(addKind))} right`);
    const named = tops.filter((x) => x.p >= mainKind);
    console.log(
      `  main kind named from p >= ${mainKind}: ${named.length} rows, ${pct(accuracyFrom(mainKind))} right; top guess right on ` +
        `${pct(tops.filter((x) => x.right).length / tops.length)} of all rows`,
    );
  }
  return { emergency, emergencyKind, addKind, mainKind };
}
