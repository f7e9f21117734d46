/**
 * The statistical second opinion of triage: logistic regressions over the features of
 * triage-features.ts, one for "is this an emergency" and one per case kind, trained on the
 * training split of the evaluation corpus by `npm run train:triage` (test/corpus/train-triage.ts)
 * and kept as data in triage-model.json. Pure: reading a message is arithmetic on that data.
 */
import type { CaseKind } from "./case-kinds.js";
import { triageFeatures } from "./triage-features.js";
import MODEL_DATA from "./triage-model.json" with { type: "json" };

/** One logistic regression, its weights sparse: feature indexes and their weights. */
export interface ScorerData {
  bias: number;
  index: number[];
  weight: number[];
}

export interface TriageModelData {
  about: string;
  features: string[];
  emergency: ScorerData;
  kinds: Partial<Record<CaseKind, ScorerData>>;
  /** Chosen by cross-validation on the training split (see train-triage.ts). */
  thresholds: {
    /** Emergency probability from which the model raises an emergency. */
    emergency: number;
    /** ...and the probability the most likely emergency kind needs for that vote. */
    emergencyKind: number;
    /** Probability from which a kind the rules did not find is added. */
    addKind: number;
    /** Probability from which the model names the main kind when the rules found none. */
    mainKind: number;
  };
}

export interface Opinion {
  /** Words read. */
  tokens: number;
  emergency: number;
  /** Every kind the model knows with its probability, most likely first. */
  kinds: { kind: CaseKind; p: number }[];
}

export class TriageModel {
  private readonly featureIndex = new Map<string, number>();
  private readonly kinds: CaseKind[];
  /** Row-major: for each feature, the weight of the emergency model then of each kind model. */
  private readonly matrix: Float64Array;
  private readonly bias: Float64Array;

  constructor(readonly data: TriageModelData) {
    for (const [i, f] of data.features.entries()) this.featureIndex.set(f, i);
    this.kinds = (Object.keys(data.kinds) as CaseKind[]).sort();
    const scorers = [data.emergency, ...this.kinds.map((k) => data.kinds[k]!)];
    const width = scorers.length;
    this.matrix = new Float64Array(data.features.length * width);
    this.bias = Float64Array.from(scorers.map((s) => s.bias));
    for (const [m, s] of scorers.entries()) {
      for (const [k, j] of s.index.entries()) this.matrix[j * width + m] = s.weight[k]!;
    }
  }

  get thresholds(): TriageModelData["thresholds"] {
    return this.data.thresholds;
  }

  judge(tokens: readonly string[]): Opinion {
    const width = this.kinds.length + 1;
    const z = Float64Array.from(this.bias);
    for (const [name, value] of triageFeatures(tokens)) {
      const j = this.featureIndex.get(name);
      if (j === undefined) continue;
      const base = j * width;
      for (let m = 0; m < width; m++) z[m]! += this.matrix[base + m]! * value;
    }
    const kinds = this.kinds.map((kind, m) => ({ kind, p: sigmoid(z[m + 1]!) })).sort((a, b) => b.p - a.p || a.kind.localeCompare(b.kind));
    return { tokens: tokens.length, emergency: sigmoid(z[0]!), kinds };
  }
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The model trained on the corpus, as committed. */
export const TRIAGE_MODEL = new TriageModel(MODEL_DATA as TriageModelData);
