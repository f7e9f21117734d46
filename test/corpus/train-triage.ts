/**
 * `npm run train:triage`: trains the statistical second opinion of triage on the TRAINING split
 * of the corpus only (the held-out split is never read here) and writes
 * src/core/triage-model.json. Deterministic: the same corpus gives a byte-identical file.
 *
 * 1. The L2 penalty and the thresholds are chosen by 5-fold cross-validation on the training
 *    split: every training row is scored by a model that did not see it.
 *    - emergency: the lowest threshold whose false alarms on calm rows stay at or below 2 %
 *      (rules and model vote together, and false alarms are budgeted at 10 % in all);
 *    - a kind the rules missed is added from the probability where at least 80 % of such
 *      guesses are right, and names the main kind (when the rules found none) from the
 *      probability where at least 70 % of top guesses are right.
 * 2. The final model is trained on the whole training split; each regression keeps its
 *    strongest weights only, so the file stays small.
 *   --check   train and compare with the committed file instead of writing it (exit 1 if different)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CaseKind } from "../../src/core/case-kinds.js";
import { normalizeTokens } from "../../src/core/normalize-text.js";
import { triageFeatures } from "../../src/core/triage-features.js";
import { TriageModel, type ScorerData, type TriageModelData } from "../../src/core/triage-model.js";
import { loadCorpus, splitCorpus, type CorpusRow } from "./corpus.js";
import { trainLogistic, type SparseRow } from "./logistic.js";
import { foldOf, FOLDS, oofFigures, pickThresholds, type Scored } from "./train-folds.js";

export const MODEL_PATH = fileURLToPath(new URL("../../src/core/triage-model.json", import.meta.url));

/** Kinds never proposed by the model: "something else" is what is left when nothing is found. */
const UNMODELLED = new Set<CaseKind>(["LAINNYA", "INFO_LAINNYA"]);
const MIN_POSITIVES = 2;
const MIN_DOCUMENT_FREQUENCY = 2;
const STEPS = 300;
const L2_GRID = [1e-4, 3e-4, 1e-3];
/** Strongest weights kept per regression. */
const KEEP_EMERGENCY = 1500;
const KEEP_KIND = 300;

interface Example {
  row: CorpusRow;
  features: Map<string, number>;
}

function examples(rows: readonly CorpusRow[]): Example[] {
  return rows.map((row) => ({ row, features: triageFeatures(normalizeTokens(row.text)) }));
}

function vocabulary(train: readonly Example[]): string[] {
  const df = new Map<string, number>();
  for (const e of train) for (const f of e.features.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  return [...df]
    .filter(([, n]) => n >= MIN_DOCUMENT_FREQUENCY)
    .map(([f]) => f)
    .sort();
}

function sparse(e: Example, index: Map<string, number>): SparseRow {
  const pairs = [...e.features].flatMap(([f, v]) => (index.has(f) ? [[index.get(f)!, v] as const] : [])).sort((a, b) => a[0] - b[0]);
  return { index: Int32Array.from(pairs.map((p) => p[0])), value: Float64Array.from(pairs.map((p) => p[1])) };
}

function modelledKinds(train: readonly Example[]): CaseKind[] {
  const counts = new Map<CaseKind, number>();
  for (const e of train) for (const k of e.row.kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .filter(([k, n]) => n >= MIN_POSITIVES && !UNMODELLED.has(k))
    .map(([k]) => k)
    .sort();
}

/** The strongest `keep` weights, rounded: small weights cost file size and change little. */
function prune(weights: Float64Array, bias: number, keep: number): { bias: number; pairs: [number, number][] } {
  const order = [...weights.keys()].filter((j) => weights[j] !== 0).sort((a, b) => Math.abs(weights[b]!) - Math.abs(weights[a]!) || a - b);
  const pairs = order
    .slice(0, keep)
    .map((j) => [j, round(weights[j]!)] as [number, number])
    .filter(([, w]) => w !== 0);
  return { bias: round(bias), pairs: pairs.sort((a, b) => a[0] - b[0]) };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function buildModel(rows: readonly CorpusRow[], l2: number, thresholds: TriageModelData["thresholds"]): TriageModelData {
  const train = examples(rows);
  const features = vocabulary(train);
  const index = new Map(features.map((f, i) => [f, i]));
  const matrix = train.map((e) => sparse(e, index));
  const fitScorer = (labels: boolean[], keep: number) => {
    const positives = labels.filter(Boolean).length;
    const positiveWeight = Math.min(5, Math.max(1, Math.sqrt((labels.length - positives) / positives)));
    const m = trainLogistic(matrix, labels, features.length, { l2, steps: STEPS, positiveWeight });
    return prune(m.weights, m.bias, keep);
  };
  const emergency = fitScorer(
    train.map((e) => e.row.emergency),
    KEEP_EMERGENCY,
  );
  const kinds = modelledKinds(train).map(
    (k) =>
      [
        k,
        fitScorer(
          train.map((e) => e.row.kinds.includes(k)),
          KEEP_KIND,
        ),
      ] as const,
  );
  // Keep only the features some regression still uses, in name order.
  const used = [...new Set([emergency, ...kinds.map(([, s]) => s)].flatMap((s) => s.pairs.map(([j]) => j)))].sort((a, b) => a - b);
  const renumber = new Map(used.map((j, i) => [j, i]));
  const data = (s: ReturnType<typeof prune>): ScorerData => ({
    bias: s.bias,
    index: s.pairs.map(([j]) => renumber.get(j)!),
    weight: s.pairs.map(([, w]) => w),
  });
  return {
    about:
      "Statistical second opinion of triage (src/core/triage-model.ts). Generated by `npm run train:triage` from the training " +
      "split of test/corpus/triage-corpus.tsv; do not edit by hand.",
    features: used.map((j) => features[j]!),
    emergency: data(emergency),
    kinds: Object.fromEntries(kinds.map(([k, s]) => [k, data(s)])),
    thresholds,
  };
}

/** Every training row scored by a model trained on the other folds. */
function crossValidate(rows: readonly CorpusRow[], l2: number): Scored[] {
  const scored: Scored[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = new TriageModel(
      buildModel(
        rows.filter((r) => foldOf(r.id) !== fold),
        l2,
        { emergency: 1, emergencyKind: 1, addKind: 1, mainKind: 1 },
      ),
    );
    for (const row of rows.filter((r) => foldOf(r.id) === fold)) scored.push({ row, opinion: model.judge(normalizeTokens(row.text)) });
  }
  return scored;
}

function serialise(data: TriageModelData): string {
  return `${JSON.stringify(data)}\n`;
}

function main(): void {
  const { training } = splitCorpus(loadCorpus());
  let best: { l2: number; scored: Scored[]; logLoss: number } | null = null;
  for (const l2 of L2_GRID) {
    const scored = crossValidate(training, l2);
    const figures = oofFigures(scored);
    console.log(`l2 ${l2}: emergency log-loss ${figures.logLoss.toFixed(4)}, AUC ${figures.auc.toFixed(3)}`);
    if (!best || figures.logLoss < best.logLoss) best = { l2, scored, logLoss: figures.logLoss };
  }
  const thresholds = pickThresholds(best!.scored, true);
  console.log(`chosen: l2 ${best!.l2}, thresholds ${JSON.stringify(thresholds)}`);
  const text = serialise(buildModel(training, best!.l2, thresholds));
  if (process.argv.includes("--check")) {
    const same = readFileSync(MODEL_PATH, "utf8") === text;
    console.log(same ? "the committed model matches the corpus" : "the committed model differs: run npm run train:triage");
    process.exitCode = same ? 0 : 1;
    return;
  }
  writeFileSync(MODEL_PATH, text);
  console.log(`wrote ${MODEL_PATH} (${(text.length / 1024).toFixed(0)} KB)`);
}

main();
