import { z } from "zod";

const rate = z.number().min(0).max(1);

/** What the console's Evaluation view shows; stored as nlu_models.metrics_json and parsed on read. */
export const nluMetricsSchema = z.object({
  folds: z.number().int().min(0),
  overall: z.object({ accuracy: rate, n: z.number().int().min(0) }),
  locales: z.array(z.object({ locale: z.enum(["zh-CN", "en"]), accuracy: rate, n: z.number().int().min(0) })),
  perIntent: z.array(
    z.object({ intent: z.string(), precision: rate, recall: rate, f1: rate, support: z.number().int().min(0) }),
  ),
  /** Rows are the true intent, columns the predicted one, in `labels` order. */
  confusion: z.object({ labels: z.array(z.string()), matrix: z.array(z.array(z.number().int().min(0))) }),
});
export type NluMetrics = z.infer<typeof nluMetricsSchema>;

export const EMPTY_METRICS: NluMetrics = {
  folds: 0,
  overall: { accuracy: 0, n: 0 },
  locales: [],
  perIntent: [],
  confusion: { labels: [], matrix: [] },
};

export function parseMetrics(json: string | undefined): NluMetrics {
  if (!json) return EMPTY_METRICS;
  try {
    const parsed = nluMetricsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : EMPTY_METRICS;
  } catch {
    return EMPTY_METRICS;
  }
}

/** The headline numbers a retrain job and the models list show. */
export function accuracySummary(metrics: NluMetrics): { overall: number; byLocale: Record<string, number> } {
  return {
    overall: metrics.overall.accuracy,
    byLocale: Object.fromEntries(metrics.locales.map((row) => [row.locale, row.accuracy])),
  };
}

type Prediction = { intent: string; locale: "zh-CN" | "en"; predicted: string };

/** Accuracy per locale, per-intent precision/recall/F1 and the confusion matrix of out-of-fold predictions. */
export function metricsFromPredictions(predictions: readonly Prediction[], folds: number): NluMetrics {
  const labels = [...new Set(predictions.flatMap((p) => [p.intent, p.predicted]))].sort();
  const at = new Map(labels.map((label, i) => [label, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  for (const p of predictions) matrix[at.get(p.intent) ?? 0][at.get(p.predicted) ?? 0] += 1;
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  const perIntent = labels
    .map((intent, i) => {
      const tp = matrix[i][i];
      const support = matrix[i].reduce((a, b) => a + b, 0);
      const precision = ratio(tp, matrix.reduce((a, row) => a + row[i], 0));
      const recall = ratio(tp, support);
      return { intent, precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
    })
    .filter((row) => row.support > 0);
  const accuracyOf = (list: readonly Prediction[]) => ratio(list.filter((p) => p.predicted === p.intent).length, list.length);
  const locales = (["zh-CN", "en"] as const)
    .map((locale) => predictions.filter((p) => p.locale === locale))
    .filter((list) => list.length > 0)
    .map((list) => ({ locale: list[0].locale, accuracy: accuracyOf(list), n: list.length }));
  return { folds, overall: { accuracy: accuracyOf(predictions), n: predictions.length }, locales, perIntent, confusion: { labels, matrix } };
}
