import { z } from "zod";
import { bayesianTest, FLAT_PRIOR } from "./bayesian";
import { tTest, type Alternative, type Interval } from "./frequentist";
import { effectMoments, type Difference } from "./moments";
import { sequentialTest } from "./sequential";
import { SRM_WARNING_P, srmPValue } from "./srm";
import { unadjustedMean, variance, type BaseStat, type Stat } from "./statistics";

const finite = z.number().finite();
const count = finite.nonnegative();

const variationSchema = z.object({
  name: z.string().min(1).max(200),
  users: count,
  n: count.optional(),
  sum: finite,
  sumSquares: finite.optional(),
  denominatorSum: finite.optional(),
  denominatorSumSquares: finite.optional(),
  mainDenominatorSumProduct: finite.optional(),
  covariateSum: finite.optional(),
  covariateSumSquares: finite.optional(),
  mainCovariateSumProduct: finite.optional(),
});
export type VariationSummary = z.infer<typeof variationSchema>;
export type MetricType = "proportion" | "mean" | "ratio";

/** The body of `POST /api/v1/experiments/analyze`; the first variation is the control. */
export const analysisRequestSchema = z
  .object({
    engine: z.enum(["bayesian", "frequentist"]),
    sequential: z.object({ tuning: finite.positive() }).optional(),
    alternative: z.enum(["two-sided", "greater", "less"]).default("two-sided"),
    difference: z.enum(["relative", "absolute"]).default("relative"),
    alpha: finite.gt(0).lt(1).default(0.05),
    prior: z.object({ mean: finite, variance: finite.positive(), proper: z.boolean() }).optional(),
    inverse: z.boolean().default(false),
    metric: z.object({ type: z.enum(["proportion", "mean", "ratio"]) }),
    variations: z.array(variationSchema).min(2, "at least a control and one treatment").max(20),
    weights: z.array(finite.nonnegative()).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.weights && body.weights.length !== body.variations.length) ctx.addIssue({ code: "custom", path: ["weights"], message: `expected ${body.variations.length} weights, one per variation` });
    if (body.weights && !body.weights.some((w) => w > 0)) ctx.addIssue({ code: "custom", path: ["weights"], message: "at least one weight must be positive" });
    body.variations.forEach((v, i) => {
      const need = (field: keyof VariationSummary, why: string) => {
        if (v[field] === undefined) ctx.addIssue({ code: "custom", path: ["variations", i, field], message: `required ${why}` });
      };
      if (body.metric.type !== "proportion") need("sumSquares", `for ${body.metric.type} metrics`);
      if (body.metric.type === "ratio") {
        need("denominatorSum", "for ratio metrics");
        need("denominatorSumSquares", "for ratio metrics");
        need("mainDenominatorSumProduct", "for ratio metrics");
        if (v.covariateSum !== undefined) ctx.addIssue({ code: "custom", path: ["variations", i, "covariateSum"], message: "CUPED is available for proportion and mean metrics, not ratio metrics" });
      }
      if (v.covariateSum !== undefined) {
        need("mainCovariateSumProduct", "when covariateSum is given (CUPED)");
        if (body.metric.type === "mean") need("covariateSumSquares", "for CUPED on mean metrics");
      }
      if (body.metric.type === "proportion" && v.sum > (v.n ?? v.users)) ctx.addIssue({ code: "custom", path: ["variations", i, "sum"], message: "a proportion's conversions cannot exceed n" });
      if (body.metric.type === "proportion" && v.sum < 0) ctx.addIssue({ code: "custom", path: ["variations", i, "sum"], message: "conversions cannot be negative" });
    });
  });
export type AnalysisRequest = z.infer<typeof analysisRequestSchema>;

export type VariationResult = {
  name: string;
  users: number;
  mean: number;
  variance: number;
  expected?: number;
  ci?: Interval;
  chanceToWin?: number;
  risk?: [number, number];
  pValue?: number | null;
  error?: string;
};
export type AnalysisResult = { srm: { pValue: number; warning: boolean }; variations: VariationResult[] };

function base(type: "proportion" | "mean", n: number, sum: number, sumSquares: number | undefined): BaseStat {
  return type === "proportion" ? { kind: "proportion", n, sum } : { kind: "mean", n, sum, sumSquares: sumSquares ?? 0 };
}

/** Builds the statistic gbstats would: `n` (default `users`) counts rows, `users` counts units. */
export function statisticOf(type: MetricType, v: VariationSummary): Stat {
  const n = v.n ?? v.users;
  if (type === "ratio") {
    return {
      kind: "ratio",
      n: v.users,
      numerator: base("mean", n, v.sum, v.sumSquares),
      denominator: base("mean", n, v.denominatorSum ?? 0, v.denominatorSumSquares),
      sumOfProducts: v.mainDenominatorSumProduct ?? 0,
    };
  }
  const post = base(type, n, v.sum, v.sumSquares);
  if (v.covariateSum === undefined) return post;
  return { kind: "adjusted", n: v.users, post, pre: base(type, n, v.covariateSum, v.covariateSumSquares), sumOfProducts: v.mainCovariateSumProduct ?? 0, theta: null };
}

/** Compares every treatment with the control under the chosen engine, plus the SRM check. */
export function analyzeExperiment(request: AnalysisRequest): AnalysisResult {
  const [control, ...treatments] = request.variations;
  const controlStat = statisticOf(request.metric.type, control);
  const difference: Difference = request.difference;
  const alternative: Alternative = request.alternative;
  let controlAsTested: Stat = controlStat;
  const results: VariationResult[] = treatments.map((variation) => {
    const moments = effectMoments(controlStat, statisticOf(request.metric.type, variation), difference);
    controlAsTested = moments.control;
    const summary = { name: variation.name, users: variation.users, mean: unadjustedMean(moments.treatment), variance: variance(moments.treatment) };
    if (request.engine === "bayesian") {
      const r = bayesianTest(moments, { alpha: request.alpha, difference, prior: request.prior ?? FLAT_PRIOR, inverse: request.inverse });
      return { ...summary, ...r };
    }
    const options = { alpha: request.alpha, alternative };
    const r = request.sequential ? sequentialTest(moments, { ...options, tuning: request.sequential.tuning }) : tTest(moments, options);
    return { ...summary, ...r };
  });
  const users = request.variations.map((v) => v.users);
  const pValue = srmPValue(users, request.weights ?? users.map(() => 1));
  return {
    srm: { pValue, warning: pValue < SRM_WARNING_P },
    variations: [{ name: control.name, users: control.users, mean: unadjustedMean(controlAsTested), variance: variance(controlAsTested) }, ...results],
  };
}

