/**
 * Binary logistic regression over sparse features, trained by full-batch gradient descent with
 * Nesterov momentum and an L2 penalty. Deterministic: a fixed number of steps, a fixed order of
 * summation, no randomness, so the same rows give the same weights to the last bit.
 */
import { sigmoid } from "../../src/core/triage-model.js";

/** A message as sorted feature indexes and their values. */
export interface SparseRow {
  index: Int32Array;
  value: Float64Array;
}

export interface LogisticOptions {
  /** L2 penalty per row (larger: smaller weights, smoother probabilities). */
  l2: number;
  steps: number;
  /** Weight of each positive row relative to a negative one (rare kinds need more). */
  positiveWeight: number;
}

export interface LogisticModel {
  bias: number;
  weights: Float64Array;
}

export function score(model: LogisticModel, row: SparseRow): number {
  let z = model.bias;
  for (let k = 0; k < row.index.length; k++) z += model.weights[row.index[k]!]! * row.value[k]!;
  return sigmoid(z);
}

export function trainLogistic(
  rows: readonly SparseRow[],
  labels: readonly boolean[],
  features: number,
  options: LogisticOptions,
): LogisticModel {
  const rowWeight = labels.map((y) => (y ? options.positiveWeight : 1));
  const total = rowWeight.reduce((a, b) => a + b, 0);
  // Rows have unit length (plus the bias's constant 1), so the mean loss's curvature is at most 1/2.
  const rate = 1 / (0.5 + options.l2);
  let w = new Float64Array(features);
  let b = 0;
  let prevW = new Float64Array(features);
  let prevB = 0;
  const grad = new Float64Array(features);
  for (let step = 1; step <= options.steps; step++) {
    const momentum = (step - 1) / (step + 2);
    const lookW = new Float64Array(features);
    for (let j = 0; j < features; j++) lookW[j] = w[j]! + momentum * (w[j]! - prevW[j]!);
    const lookB = b + momentum * (b - prevB);
    grad.fill(0);
    let gradB = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const p = score({ bias: lookB, weights: lookW }, row);
      const err = (p - (labels[i] ? 1 : 0)) * rowWeight[i]!;
      gradB += err;
      for (let k = 0; k < row.index.length; k++) grad[row.index[k]!]! += err * row.value[k]!;
    }
    prevW = w;
    prevB = b;
    w = new Float64Array(features);
    for (let j = 0; j < features; j++) w[j] = lookW[j]! - rate * (grad[j]! / total + options.l2 * lookW[j]!);
    b = lookB - rate * (gradB / total);
  }
  return { bias: b, weights: w };
}
