import { featureGroupWeight, intentFeatures } from "./features";
import type { IntentModel } from "./intent-model";
import { fnv1a } from "./rng";
import { fitTemperature, logitsInto, trainSoftmax, type SoftmaxOptions } from "./softmax-regression";
import type { TrainingData } from "./types";
import { Vectorizer, type SparseRow } from "./vectorizer";

export type TrainOptions = Partial<SoftmaxOptions> & {
  /** Features seen in fewer examples are dropped (word unigrams are always kept). */
  minDf?: number;
  /** Folds used to fit the confidence temperature on out-of-fold logits; 0 skips calibration. */
  calibrationFolds?: number;
};

const DEFAULTS = { epochs: 20, learningRate: 1, l2: 2e-5, seed: 7, minDf: 2, calibrationFolds: 3 };
const DECIMALS = 1e4;

export function trainIntentModel(data: TrainingData, options: TrainOptions = {}): IntentModel {
  const opts = { ...DEFAULTS, ...options };
  const examples = data.filter((e) => e.text.trim().length > 0);
  if (examples.length === 0) throw new Error("Cannot train an intent model without training phrases.");
  const intents = [...new Set(examples.map((e) => e.intent))].sort();
  const labels = examples.map((e) => intents.indexOf(e.intent));
  const featureLists = examples.map((e) => intentFeatures(e.text));

  const df = new Map<string, number>();
  for (const list of featureLists) for (const f of new Set(list)) df.set(f, (df.get(f) ?? 0) + 1);
  const features = [...df.keys()].filter((f) => (df.get(f) ?? 0) >= opts.minDf || f.startsWith("w ")).sort();
  const index = new Map(features.map((f, j) => [f, j]));
  const n = examples.length;
  const idf = Float64Array.from(features, (f) => round((Math.log((1 + n) / (1 + (df.get(f) ?? 0))) + 1) * featureGroupWeight(f)));
  const vectorizer = new Vectorizer(index, idf);
  const rows = featureLists.map((list) => vectorizer.vectorize(list));

  const sgd: SoftmaxOptions = { epochs: opts.epochs, learningRate: opts.learningRate, l2: opts.l2, seed: opts.seed };
  const full = trainSoftmax(rows, labels, features.length, intents.length, sgd);
  const temperature = opts.calibrationFolds >= 2 ? calibrate(rows, labels, features.length, intents.length, sgd, opts.calibrationFolds) : 1;

  const perLocale: Record<string, number> = {};
  for (const e of examples) perLocale[e.locale] = (perLocale[e.locale] ?? 0) + 1;
  const weights = Array.from(full.weights, round);
  const bias = Array.from(full.bias, round);
  const fingerprint = fnv1a(JSON.stringify([intents, examples.length, bias, weights.length, sgd]) + examples.map((e) => `${e.intent}\t${e.text}`).join("\n"));
  return {
    kind: "kefu-intent-lr",
    version: `lr-${fingerprint}-${examples.length}`,
    intents,
    features,
    idf: Array.from(idf),
    weights,
    bias,
    temperature: Math.round(temperature * 1000) / 1000,
    trainedOn: { examples: examples.length, perLocale },
  };
}

function calibrate(rows: readonly SparseRow[], labels: readonly number[], features: number, classes: number, sgd: SoftmaxOptions, folds: number): number {
  const logits: Float64Array[] = [];
  const gold: number[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const trainIdx = rows.map((_, i) => i).filter((i) => i % folds !== fold);
    const model = trainSoftmax(trainIdx.map((i) => rows[i]), trainIdx.map((i) => labels[i]), features, classes, sgd);
    for (let i = fold; i < rows.length; i += folds) {
      const out = new Float64Array(classes);
      logitsInto(model.weights, model.bias, classes, rows[i].idx, rows[i].val, rows[i].idx.length, 1, out);
      logits.push(out);
      gold.push(labels[i]);
    }
  }
  return fitTemperature(logits, gold);
}

function round(x: number): number {
  return Math.round(x * DECIMALS) / DECIMALS;
}
