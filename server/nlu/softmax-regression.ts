import { createRng, shuffleInPlace } from "./rng";
import type { SparseRow } from "./vectorizer";

export type SoftmaxOptions = { epochs: number; learningRate: number; l2: number; seed: number };
/** Weights are feature-major (`w[j * classes + k]`) so one sparse row touches contiguous memory. */
export type SoftmaxWeights = { weights: Float64Array; bias: Float64Array; classes: number };

/**
 * Multinomial logistic regression by plain SGD with L2. The L2 shrink is applied lazily through a
 * global scale factor (w = scale · v), which keeps each step O(nnz · classes) instead of touching
 * every weight; deterministic for a given seed.
 */
export function trainSoftmax(rows: readonly SparseRow[], labels: readonly number[], features: number, classes: number, options: SoftmaxOptions): SoftmaxWeights {
  const v = new Float64Array(features * classes);
  const bias = new Float64Array(classes);
  const probs = new Float64Array(classes);
  const rng = createRng(options.seed);
  const order = rows.map((_, i) => i);
  let scale = 1;
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    shuffleInPlace(order, rng);
    for (const i of order) {
      const eta = options.learningRate / (1 + options.learningRate * options.l2 * step);
      step += 1;
      const { idx, val } = rows[i];
      logitsInto(v, bias, classes, idx, val, idx.length, scale, probs);
      softmaxInPlace(probs);
      probs[labels[i]] -= 1;
      scale *= 1 - eta * options.l2;
      const g = eta / scale;
      for (let n = 0; n < idx.length; n += 1) {
        const base = idx[n] * classes;
        const x = val[n] * g;
        for (let k = 0; k < classes; k += 1) v[base + k] -= probs[k] * x;
      }
      for (let k = 0; k < classes; k += 1) bias[k] -= eta * probs[k];
      if (scale < 1e-6) {
        for (let j = 0; j < v.length; j += 1) v[j] *= scale;
        scale = 1;
      }
    }
  }
  for (let j = 0; j < v.length; j += 1) v[j] *= scale;
  return { weights: v, bias, classes };
}

export function logitsInto(
  weights: Float64Array,
  bias: Float64Array,
  classes: number,
  idx: Int32Array,
  val: Float64Array,
  nnz: number,
  scale: number,
  out: Float64Array,
): void {
  for (let k = 0; k < classes; k += 1) out[k] = 0;
  for (let n = 0; n < nnz; n += 1) {
    const base = idx[n] * classes;
    const x = val[n];
    for (let k = 0; k < classes; k += 1) out[k] += weights[base + k] * x;
  }
  for (let k = 0; k < classes; k += 1) out[k] = out[k] * scale + bias[k];
}

export function softmaxInPlace(z: Float64Array, temperature = 1): void {
  let max = -Infinity;
  for (let k = 0; k < z.length; k += 1) if (z[k] > max) max = z[k];
  let sum = 0;
  for (let k = 0; k < z.length; k += 1) {
    z[k] = Math.exp((z[k] - max) / temperature);
    sum += z[k];
  }
  for (let k = 0; k < z.length; k += 1) z[k] /= sum;
}

/** Temperature minimising the negative log-likelihood of out-of-fold logits (golden-section search). */
export function fitTemperature(logits: readonly Float64Array[], labels: readonly number[]): number {
  const nll = (t: number) => {
    let total = 0;
    for (let i = 0; i < logits.length; i += 1) {
      const z = logits[i];
      let max = -Infinity;
      for (const x of z) if (x > max) max = x;
      let sum = 0;
      for (const x of z) sum += Math.exp((x - max) / t);
      total += Math.log(sum) - (z[labels[i]] - max) / t;
    }
    return total;
  };
  let lo = 0.05;
  let hi = 10;
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let iter = 0; iter < 60; iter += 1) {
    const a = hi - phi * (hi - lo);
    const b = lo + phi * (hi - lo);
    if (nll(a) < nll(b)) hi = b;
    else lo = a;
  }
  return (lo + hi) / 2;
}
