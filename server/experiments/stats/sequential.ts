import { UNINFORMATIVE_FREQUENTIST, type Alternative, type FrequentistResult, type Interval } from "./frequentist";
import type { Moments } from "./moments";

/**
 * Always-valid (sequential) intervals and p-values after Waudby-Smith et al. (arXiv 2103.06476),
 * as gbstats computes them: ρ from α and the tuning parameter (the sample size the test is tuned
 * for; default 5000), the half-width of eq. 9 (two-sided) or eq. 134 (one-sided).
 */
export function sequentialRho(alpha: number, tuning: number, twoSided: boolean): number {
  const a = twoSided ? alpha : 2 * alpha;
  return Math.sqrt((-2 * Math.log(a) + Math.log(-2 * Math.log(a) + 1)) / tuning);
}

function halfWidthTwoSided(s2: number, n: number, alpha: number, rho: number): number {
  const nr2 = n * rho ** 2 + 1;
  return Math.sqrt(s2) * Math.sqrt((2 * nr2 * Math.log(Math.sqrt(nr2) / alpha)) / (n * rho) ** 2);
}

function halfWidthOneSided(s2: number, n: number, alpha: number, rho: number): number {
  const nr2 = n * rho ** 2 + 1;
  return Math.sqrt(s2 * ((2 * nr2) / (n * rho) ** 2) * Math.log(1 + Math.sqrt(nr2) / (2 * alpha)));
}

function oneSidedInterval(estimate: number, half: number, alternative: "greater" | "less"): Interval {
  return alternative === "less" ? [null, estimate + half] : [estimate - half, null];
}

export function sequentialTest(moments: Moments, options: { alpha: number; alternative: Alternative; tuning: number }): FrequentistResult {
  if (!moments.ok) return UNINFORMATIVE_FREQUENTIST(moments.error);
  const { estimate, standardError, n } = moments;
  const s2 = standardError ** 2 * n;
  if (options.alternative === "two-sided") {
    const rho = sequentialRho(options.alpha, options.tuning, true);
    const half = halfWidthTwoSided(s2, n, options.alpha, rho);
    const st2 = (estimate ** 2 * n) / standardError ** 2;
    const tr2p1 = n * rho ** 2 + 1;
    const evalue = Math.exp((rho ** 2 * st2) / (2 * tr2p1)) / Math.sqrt(tr2p1);
    return { expected: estimate, ci: [estimate - half, estimate + half], pValue: Math.min(1 / evalue, 1) };
  }
  if (options.alpha >= 0.5) return { ...UNINFORMATIVE_FREQUENTIST("ALPHA_GREATER_THAN_0.5_FOR_SEQUENTIAL_ONE_SIDED_TEST") };
  const alternative = options.alternative;
  const rho = sequentialRho(options.alpha, options.tuning, false);
  const bound = (alpha: number) => {
    const interval = oneSidedInterval(estimate, halfWidthOneSided(s2, n, alpha, rho), alternative);
    return (alternative === "less" ? interval[1] : interval[0]) as number;
  };
  const result = (pValue: number | null, error?: string): FrequentistResult => ({
    expected: estimate,
    ci: oneSidedInterval(estimate, halfWidthOneSided(s2, n, options.alpha, rho), alternative),
    pValue,
    ...(error ? { error } : {}),
  });
  return result(...oneSidedPValue(bound, alternative));
}

/**
 * The smallest α whose one-sided interval excludes 0, by bisection over [1e-5, 0.4999] with ρ held
 * fixed (gbstats' procedure, including its clamping at both ends).
 */
function oneSidedPValue(bound: (alpha: number) => number, alternative: "greater" | "less"): [number | null, string?] {
  const tol = 1e-6;
  let low = 1e-5;
  let high = 0.4999;
  const excludesZero = (value: number) => (alternative === "less" ? value < 0 : value > 0);
  if (excludesZero(bound(low))) return [low];
  if (alternative === "less" ? bound(high) > 0 : bound(high) < 0) return [high];
  let alpha = 0.5 * (low + high);
  let diff = 0;
  for (let i = 0; i < 100; i++) {
    diff = bound(alpha);
    if (alternative === "less" ? diff > 0 : diff < 0) low = alpha;
    else high = alpha;
    alpha = 0.5 * (low + high);
    if (Math.abs(diff) < tol) break;
  }
  return Math.abs(diff) < tol ? [alpha] : [null, "NUMERICAL_PVALUE_NOT_CONVERGED"];
}
