import { adjustedCovariance, baseStats, mean, unadjustedMean, variance, varianceOfRatios, withTheta, type AdjustedStat, type Stat } from "./statistics";

export type Difference = "relative" | "absolute";

/** gbstats' error codes for an uninformative result. */
export const ZERO_VARIANCE = "ZERO_NEGATIVE_VARIANCE";
export const BASELINE_ZERO = "ZERO_NEGATIVE_BASELINE_VARIATION";

export type Moments =
  | { ok: true; estimate: number; standardError: number; control: Stat; treatment: Stat; n: number }
  | { ok: false; error: string; control: Stat; treatment: Stat; n: number };

/** Relative CUPED variance: the delta method over the adjusted treatment and control means. */
function relativeAdjustedVariance(a: AdjustedStat, b: AdjustedStat): number {
  const control = unadjustedMean(a);
  const denTreatment = b.n * control ** 2;
  const denControl = a.n * control ** 2;
  if (denTreatment === 0 || denControl === 0) return 0;
  const theta = a.theta ?? 0;
  const post = { a: baseStats(a.post), b: baseStats(b.post) };
  const numTreatment = post.b.variance + theta ** 2 * baseStats(b.pre).variance - 2 * theta * adjustedCovariance(b);
  const k = -post.b.mean;
  const numA = (post.a.variance * k ** 2) / post.a.mean ** 2;
  const numB = (2 * theta * adjustedCovariance(a) * k) / post.a.mean;
  const numC = theta ** 2 * baseStats(a.pre).variance;
  return numTreatment / denTreatment + (numA + numB + numC) / denControl;
}

function effectVariance(a: Stat, b: Stat, relative: boolean): number {
  if (relative && a.kind === "adjusted" && b.kind === "adjusted") return relativeAdjustedVariance(a, b);
  const [varA, varB] = [variance(a), variance(b)];
  if (relative) return varianceOfRatios(unadjustedMean(b), varB / b.n, unadjustedMean(a), varA / a.n, 0);
  return varB / b.n + varA / a.n;
}

/**
 * The lift of treatment over control and its standard error. Relative lift divides by |control mean|
 * (unadjusted); any zero variance or a zero control mean gives an uninformative result.
 */
export function effectMoments(controlInput: Stat, treatmentInput: Stat, difference: Difference): Moments {
  const [control, treatment] = withTheta(controlInput, treatmentInput);
  const n = control.n + treatment.n;
  const relative = difference === "relative";
  const v = effectVariance(control, treatment, relative);
  if (variance(control) <= 0 || variance(treatment) <= 0 || v <= 0) return { ok: false, error: ZERO_VARIANCE, control, treatment, n };
  if (mean(control) === 0 || unadjustedMean(control) === 0) return { ok: false, error: BASELINE_ZERO, control, treatment, n };
  const diff = mean(treatment) - mean(control);
  return { ok: true, estimate: relative ? diff / Math.abs(unadjustedMean(control)) : diff, standardError: Math.sqrt(v), control, treatment, n };
}
