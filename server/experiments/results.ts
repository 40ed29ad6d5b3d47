import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { Database } from "../db/schema";
import type { Experiment } from "./catalog";
import { metricsOf, normalisedWeights, type MetricDefinition } from "./model";
import { adjustPValues, analyzeExperiment, type AnalysisResult, type VariationSummary } from "./stats";

export type Verdict = "winning" | "losing" | "inconclusive" | "not_enough_data";
export type Totals = { users: number; n: number; sum: number; sumSquares: number };

export type MetricResult = {
  metric: MetricDefinition;
  role: "goal" | "guardrail";
  analysis: AnalysisResult;
  /** Per variation (the control first): its totals, and for treatments the verdict and adjusted p-value. */
  rows: { key: string; name: string; totals: Totals; verdict: Verdict | null; adjustedPValue: number | null }[];
};

export type ExperimentResults = {
  phase: number;
  engine: "bayesian" | "frequentist";
  users: number[];
  srm: { pValue: number; warning: boolean };
  metrics: MetricResult[];
  guardrailsOk: boolean;
  timeline: { day: string; cumulative: Record<string, number | null>; daily: Record<string, number | null>; users: Record<string, number> }[];
};

const EMPTY: Totals = { users: 0, n: 0, sum: 0, sumSquares: 0 };

function add(a: Totals, b: Totals): Totals {
  return { users: a.users + b.users, n: a.n + b.n, sum: a.sum + b.sum, sumSquares: a.sumSquares + b.sumSquares };
}

function summary(name: string, metric: MetricDefinition, t: Totals): VariationSummary {
  return metric.type === "proportion" ? { name, users: t.users, sum: t.sum } : { name, users: t.users, n: t.n, sum: t.sum, sumSquares: t.sumSquares };
}

function verdictOf(experiment: Experiment, metric: MetricDefinition, control: Totals, row: Totals, result: AnalysisResult["variations"][number], adjustedP: number | null): Verdict {
  const min = experiment.analysis.minUsers;
  if (control.n < min || row.n < min || result.error) return "not_enough_data";
  const better = (result.expected ?? 0) > 0 !== metric.inverse;
  if (experiment.analysis.engine === "bayesian") {
    const ctw = result.chanceToWin ?? 0.5;
    return ctw >= 0.95 ? "winning" : ctw <= 0.05 ? "losing" : "inconclusive";
  }
  if (adjustedP === null || adjustedP >= experiment.analysis.alpha) return "inconclusive";
  return better ? "winning" : "losing";
}

/** Statistics of every metric from a variation × metric table of totals (what the totals rows add up to). */
export function analyseTotals(experiment: Experiment, byMetric: Map<string, Totals[]>): Pick<ExperimentResults, "users" | "srm" | "metrics" | "guardrailsOk" | "engine"> {
  const metrics = metricsOf(experiment);
  const weights = normalisedWeights(experiment.variations);
  const { analysis: settings } = experiment;
  const analysed = metrics.map((metric) => {
    const totals = byMetric.get(metric.key) ?? experiment.variations.map(() => EMPTY);
    const analysis = analyzeExperiment({
      engine: settings.engine,
      ...(settings.sequential && settings.engine === "frequentist" ? { sequential: { tuning: settings.sequentialTuning } } : {}),
      alternative: "two-sided",
      difference: "relative",
      alpha: settings.alpha,
      inverse: metric.inverse,
      metric: { type: metric.type },
      variations: experiment.variations.map((v, i) => summary(v.name, metric, totals[i] ?? EMPTY)),
      weights,
    });
    return { metric, totals, analysis };
  });
  // Multiple comparisons: for each treatment, adjust its p-values across the experiment's metrics.
  const adjusted = experiment.variations.map((_, i) => (i === 0 ? [] : adjustPValues(analysed.map((a) => a.analysis.variations[i].pValue ?? null), settings.correction)));
  const results: MetricResult[] = analysed.map(({ metric, totals, analysis }, m) => ({
    metric,
    role: m === 0 ? "goal" : "guardrail",
    analysis,
    rows: experiment.variations.map((v, i) => ({
      key: v.key,
      name: v.name,
      totals: totals[i] ?? EMPTY,
      adjustedPValue: i === 0 ? null : (adjusted[i][m] ?? null),
      verdict: i === 0 ? null : verdictOf(experiment, metric, totals[0] ?? EMPTY, totals[i] ?? EMPTY, analysis.variations[i], adjusted[i][m] ?? null),
    })),
  }));
  const users = experiment.variations.map((_, i) => (byMetric.get(experiment.goalMetric)?.[i] ?? EMPTY).users);
  return {
    engine: settings.engine,
    users,
    srm: results[0]?.analysis.srm ?? { pValue: 1, warning: false },
    metrics: results,
    guardrailsOk: results.filter((r) => r.role === "guardrail").every((r) => r.rows.every((row) => row.verdict !== "losing")),
  };
}

/** Results of the current phase, read from the running totals (never from the exposures). */
export async function experimentResults(db: Kysely<Database>, experiment: Experiment): Promise<ExperimentResults> {
  const rows = await db
    .selectFrom("experiment_totals")
    .select(["variation", "metric", "day", "users", "n", "sum", "sum_squares"])
    .where("experiment_key", "=", experiment.key)
    .where("phase", "=", experiment.phase)
    .orderBy("day")
    .execute();
  const count = experiment.variations.length;
  const byMetric = new Map<string, Totals[]>();
  const days = new Map<string, Totals[]>();
  for (const row of rows) {
    if (row.variation >= count) continue;
    const t: Totals = { users: row.users, n: row.n, sum: row.sum, sumSquares: row.sum_squares };
    const list = byMetric.get(row.metric) ?? Array.from({ length: count }, () => EMPTY);
    list[row.variation] = add(list[row.variation], t);
    byMetric.set(row.metric, list);
    if (row.metric === experiment.goalMetric) {
      const day = days.get(row.day) ?? Array.from({ length: count }, () => EMPTY);
      day[row.variation] = add(day[row.variation], t);
      days.set(row.day, day);
    }
  }
  const running = experiment.variations.map(() => EMPTY);
  const rate = (t: Totals) => (t.n > 0 ? t.sum / t.n : null);
  const timeline = [...days.entries()].map(([day, totals]) => {
    totals.forEach((t, i) => (running[i] = add(running[i], t)));
    return {
      day,
      cumulative: Object.fromEntries(experiment.variations.map((v, i) => [v.key, rate(running[i])])),
      daily: Object.fromEntries(experiment.variations.map((v, i) => [v.key, rate(totals[i])])),
      users: Object.fromEntries(experiment.variations.map((v, i) => [v.key, running[i].users])),
    };
  });
  return { phase: experiment.phase, ...analyseTotals(experiment, byMetric), timeline };
}

export type Breakdown = { dimension: "channel" | "tier" | "locale"; value: string; rows: { key: string; users: number; n: number; mean: number | null }[] }[];

/** The goal metric per channel, tier or locale (reads the exposures: for the analyst's drill-down). */
export async function experimentBreakdown(db: Kysely<Database>, experiment: Experiment, dimension: "channel" | "tier" | "locale"): Promise<Breakdown> {
  const column = dimension === "channel" ? "channel_kind" : dimension;
  const path = `$."${experiment.goalMetric.replace(/"/g, "")}"`;
  const rows = await db
    .selectFrom("experiment_exposures")
    .select((eb) => [
      eb.ref(column).as("value"),
      "variation",
      eb.fn.countAll<number>().as("users"),
      sql<number>`count(json_extract(values_json, ${path}))`.as("n"),
      sql<number | null>`avg(json_extract(values_json, ${path}))`.as("mean"),
    ])
    .where("experiment_key", "=", experiment.key)
    .where("phase", "=", experiment.phase)
    .groupBy([column, "variation"])
    .execute();
  const groups = new Map<string, Breakdown[number]>();
  for (const row of rows) {
    const value = String(row.value);
    const group = groups.get(value) ?? { dimension, value, rows: experiment.variations.map((v) => ({ key: v.key, users: 0, n: 0, mean: null })) };
    if (row.variation < group.rows.length) group.rows[row.variation] = { key: experiment.variations[row.variation].key, users: Number(row.users), n: Number(row.n), mean: row.mean === null ? null : Number(row.mean) };
    groups.set(value, group);
  }
  return [...groups.values()].sort((a, b) => a.value.localeCompare(b.value));
}
