import { createUnderstander, type Understander } from "./create-understander";
import { createRng, shuffleInPlace } from "./rng";
import { trainIntentModel, type TrainOptions } from "./train-intent-model";
import type { NluLocale, TrainingData, TrainingExample } from "./types";

export type IntentMetrics = { intent: string; precision: number; recall: number; f1: number; support: number };
export type Confusion = { labels: string[]; matrix: number[][] };
export type LocaleReport = { locale: NluLocale; n: number; accuracy: number; perIntent: IntentMetrics[]; confusion: Confusion };
export type EvaluationReport = { n: number; accuracy: number; locales: LocaleReport[] };
export type CrossValidationReport = EvaluationReport & { folds: number };
export type CrossValidationOptions = {
  folds?: number;
  seed?: number;
  threshold?: number;
  train?: TrainOptions;
  /** Called after each fold with the fraction done (for a progress bar). */
  onProgress?: (fraction: number) => void;
};
type Prediction = { example: TrainingExample; predicted: string };

/** Stratified k-fold cross-validation (per intent and locale), predicting exactly as `parse` does. */
export function crossValidate(data: TrainingData, options: CrossValidationOptions = {}): CrossValidationReport {
  const folds = options.folds ?? 5;
  const foldOf = assignFolds(data, folds, options.seed ?? 13);
  const predictions: Prediction[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const model = trainIntentModel(data.filter((_, i) => foldOf[i] !== fold), options.train);
    const understander = createUnderstander(model, { threshold: options.threshold });
    data.forEach((example, i) => {
      if (foldOf[i] === fold) predictions.push({ example, predicted: understander.classify(example.text).intent.name });
    });
    options.onProgress?.((fold + 1) / folds);
  }
  return { folds, ...report(predictions) };
}

/** Accuracy, per-intent precision/recall/F1 and confusion of a trained understander on labelled examples. */
export function evaluateExamples(understander: Understander, examples: TrainingData): EvaluationReport {
  return report(examples.map((example) => ({ example, predicted: understander.classify(example.text).intent.name })));
}

function assignFolds(data: TrainingData, folds: number, seed: number): number[] {
  const rng = createRng(seed);
  const groups = new Map<string, number[]>();
  data.forEach((e, i) => {
    const key = `${e.locale}\t${e.intent}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const foldOf = new Array<number>(data.length).fill(0);
  let offset = 0;
  for (const key of [...groups.keys()].sort()) {
    const members = shuffleInPlace(groups.get(key) ?? [], rng);
    members.forEach((i, position) => (foldOf[i] = (position + offset) % folds));
    offset += members.length;
  }
  return foldOf;
}

function report(predictions: Prediction[]): EvaluationReport {
  const locales = [...new Set(predictions.map((p) => p.example.locale))].sort() as NluLocale[];
  const ok = predictions.filter((p) => p.predicted === p.example.intent).length;
  return {
    n: predictions.length,
    accuracy: ratio(ok, predictions.length),
    locales: locales.map((locale) => localeReport(locale, predictions.filter((p) => p.example.locale === locale))),
  };
}

function localeReport(locale: NluLocale, predictions: Prediction[]): LocaleReport {
  const labels = [...new Set(predictions.flatMap((p) => [p.example.intent, p.predicted]))].sort();
  const at = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  for (const p of predictions) matrix[at.get(p.example.intent) ?? 0][at.get(p.predicted) ?? 0] += 1;
  const perIntent = labels.map((intent, i) => {
    const tp = matrix[i][i];
    const support = matrix[i].reduce((a, b) => a + b, 0);
    const predicted = matrix.reduce((a, row) => a + row[i], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    return { intent, precision, recall, f1: precision + recall ? round((2 * precision * recall) / (precision + recall)) : 0, support };
  });
  const correct = labels.reduce((a, _, i) => a + matrix[i][i], 0);
  return { locale, n: predictions.length, accuracy: ratio(correct, predictions.length), perIntent, confusion: { labels, matrix } };
}

function ratio(a: number, b: number): number {
  return b ? round(a / b) : 0;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
