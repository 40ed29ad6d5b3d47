import trainEn from "./data/emotion-train.en.json";
import trainZh from "./data/emotion-train.zh-CN.json";
import { tokenize } from "./segment";
import { EMOTION_LABELS, type EmotionLabel } from "./types";

export type EmotionExample = { text: string; label: EmotionLabel };
type Counts = { logPrior: Float64Array; logLikelihood: Map<string, Float64Array>; logUnseen: Float64Array };

/** Unigrams, bigrams and (for Chinese) character bigrams: enough for cues the lexicon misses. */
export function emotionFeatures(text: string): string[] {
  const tokens = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    out.push(tokens[i]);
    if (i > 0) out.push(`${tokens[i - 1]} ${tokens[i]}`);
  }
  return out;
}

/**
 * Multinomial naive Bayes over labelled sentences (data/emotion-train.*.json). Small and trained in
 * a few milliseconds, so it is rebuilt at first use rather than stored.
 */
export function trainEmotionCues(examples: readonly EmotionExample[], alpha = 0.5): Counts {
  const k = EMOTION_LABELS.length;
  const docCounts = new Float64Array(k);
  const featureCounts = new Map<string, Float64Array>();
  const totals = new Float64Array(k);
  for (const { text, label } of examples) {
    const c = EMOTION_LABELS.indexOf(label);
    docCounts[c] += 1;
    for (const f of new Set(emotionFeatures(text))) {
      let row = featureCounts.get(f);
      if (!row) featureCounts.set(f, (row = new Float64Array(k)));
      row[c] += 1;
      totals[c] += 1;
    }
  }
  const vocab = featureCounts.size + 1;
  const logUnseen = totals.map((t) => Math.log(alpha / (t + alpha * vocab)));
  const logLikelihood = new Map<string, Float64Array>();
  for (const [f, row] of featureCounts) logLikelihood.set(f, row.map((n, c) => Math.log((n + alpha) / (totals[c] + alpha * vocab))));
  const n = examples.length || 1;
  return { logPrior: docCounts.map((d) => Math.log((d + 1) / (n + k))), logLikelihood, logUnseen };
}

/** Posterior over EMOTION_LABELS; unknown features are skipped so short messages stay near the prior. */
export function scoreEmotionCues(model: Counts, text: string): Float64Array {
  const z = Float64Array.from(model.logPrior);
  for (const f of new Set(emotionFeatures(text))) {
    const row = model.logLikelihood.get(f);
    if (!row) continue;
    for (let c = 0; c < z.length; c += 1) z[c] += row[c] - model.logUnseen[c];
  }
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let c = 0; c < z.length; c += 1) sum += z[c] = Math.exp(z[c] - max);
  for (let c = 0; c < z.length; c += 1) z[c] /= sum;
  return z;
}

let builtin: Counts | null = null;

export function builtinEmotionCues(): Counts {
  builtin ??= trainEmotionCues([...(trainZh.examples as EmotionExample[]), ...(trainEn.examples as EmotionExample[])]);
  return builtin;
}
