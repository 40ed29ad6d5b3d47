import { z } from "zod";

/**
 * Experiment metrics, computed per exposed customer from the events after the exposure (within the
 * conversion window). Proportions count customers; means average over the customers that have a
 * value (a CSAT, a resolution) or over all customers (order value: 0 without a purchase).
 */
export type MetricDefinition = { key: string; type: "proportion" | "mean"; inverse: boolean; label: { "zh-CN": string; en: string } };

export const BUILT_IN_METRICS: readonly MetricDefinition[] = [
  { key: "resolved_by_bot", type: "proportion", inverse: false, label: { "zh-CN": "机器人独立解决率", en: "Resolved without a human" } },
  { key: "escalated", type: "proportion", inverse: true, label: { "zh-CN": "转人工率", en: "Escalated to a human" } },
  { key: "complaint", type: "proportion", inverse: true, label: { "zh-CN": "投诉率", en: "Complaint" } },
  { key: "csat_good", type: "proportion", inverse: false, label: { "zh-CN": "满意度 ≥ 4 占比", en: "CSAT ≥ 4" } },
  { key: "csat", type: "mean", inverse: false, label: { "zh-CN": "平均满意度", en: "CSAT score" } },
  { key: "turns_to_resolution", type: "mean", inverse: true, label: { "zh-CN": "解决所需轮次", en: "Turns to resolution" } },
  { key: "order_value", type: "mean", inverse: false, label: { "zh-CN": "人均订单金额", en: "Order value per customer" } },
];

const CONVERSION_PREFIX = "conversion:";

/** A built-in metric, or `conversion:<name>`: a customer sent the conversion event of that name. */
export function metricDefinition(key: string): MetricDefinition | null {
  const builtIn = BUILT_IN_METRICS.find((m) => m.key === key);
  if (builtIn) return builtIn;
  if (!key.startsWith(CONVERSION_PREFIX) || key.length === CONVERSION_PREFIX.length) return null;
  const name = key.slice(CONVERSION_PREFIX.length);
  return { key, type: "proportion", inverse: false, label: { "zh-CN": `转化：${name}`, en: `Conversion: ${name}` } };
}

export const metricKeySchema = z.string().min(1).max(120).refine((key) => metricDefinition(key) !== null, { message: "Unknown metric: use a built-in metric or conversion:<event name>" });

export const variationSchema = z
  .object({
    key: z.string().trim().min(1).max(40).regex(/^[a-z0-9_-]+$/i, "letters, digits, _ and - only"),
    name: z.string().trim().min(1).max(80),
    weight: z.number().finite().positive(),
    /** For script experiments: the text this variation says (template), or another script key. */
    text: z.string().trim().min(1).max(2000).optional(),
    scriptKey: z.string().trim().min(1).max(120).optional(),
  })
  .refine((v) => !(v.text && v.scriptKey), "a variation has either a text or a script key, not both");
export type Variation = z.infer<typeof variationSchema>;

export const analysisSettingsSchema = z.object({
  engine: z.enum(["bayesian", "frequentist"]).default("bayesian"),
  sequential: z.boolean().default(false),
  sequentialTuning: z.number().finite().positive().default(5000),
  correction: z.enum(["holm", "benjamini-hochberg", "none"]).default("holm"),
  alpha: z.number().finite().gt(0).lt(0.5).default(0.05),
  minUsers: z.number().int().min(1).max(100_000).default(50),
});
export type AnalysisSettings = z.infer<typeof analysisSettingsSchema>;

/** A GrowthBook condition over customer attributes: any JSON object (the SDK evaluates it). */
const conditionSchema = z.record(z.string(), z.unknown());

export const experimentInputSchema = z
  .object({
    key: z.string().trim().min(2).max(80).regex(/^[a-z0-9][a-z0-9._-]*$/, "lower-case letters, digits, dot, _ and -"),
    name: z.string().trim().min(1).max(120),
    hypothesis: z.string().trim().max(2000).default(""),
    targetType: z.enum(["script", "flow"]),
    targetScriptKey: z.string().trim().min(1).max(120).nullable().default(null),
    variations: z.array(variationSchema).min(2, "an experiment needs a control and at least one variation").max(6),
    coverage: z.number().finite().gt(0).max(1).default(1),
    condition: conditionSchema.default({}),
    goalMetric: metricKeySchema,
    guardrails: z.array(metricKeySchema).max(6).default([]),
    conversionWindowHours: z.number().int().min(1).max(24 * 30).default(72),
    analysis: analysisSettingsSchema.prefault({}),
  })
  .superRefine((input, ctx) => {
    if (input.targetType === "script" && !input.targetScriptKey) ctx.addIssue({ code: "custom", path: ["targetScriptKey"], message: "a script experiment needs the script key it tests" });
    const keys = new Set<string>();
    input.variations.forEach((v, i) => {
      if (keys.has(v.key)) ctx.addIssue({ code: "custom", path: ["variations", i, "key"], message: `variation key "${v.key}" is used twice` });
      keys.add(v.key);
      if (input.targetType === "script" && i > 0 && !v.text && !v.scriptKey) ctx.addIssue({ code: "custom", path: ["variations", i, "text"], message: "a treatment needs a text or another script key" });
    });
    if (input.guardrails.includes(input.goalMetric)) ctx.addIssue({ code: "custom", path: ["guardrails"], message: "the goal metric cannot also be a guardrail" });
  });
export type ExperimentInput = z.infer<typeof experimentInputSchema>;

export type ExperimentStatus = "draft" | "running" | "stopped";

/** The metrics an experiment reads: its goal first, then its guardrails. */
export function metricsOf(experiment: { goalMetric: string; guardrails: readonly string[] }): MetricDefinition[] {
  return [experiment.goalMetric, ...experiment.guardrails].map((key) => metricDefinition(key)).filter((m): m is MetricDefinition => m !== null);
}

/** Weights normalised to sum to 1 (GrowthBook's convention). */
export function normalisedWeights(variations: readonly { weight: number }[]): number[] {
  const total = variations.reduce((sum, v) => sum + v.weight, 0);
  return variations.map((v) => v.weight / total);
}
