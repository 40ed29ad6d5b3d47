/**
 * Sufficient statistics of one variation, with the definitions of GrowthBook's gbstats:
 * a proportion's variance is p(1 − p); a sample mean's is the unbiased (n − 1) estimate; a ratio's
 * comes from the delta method; a CUPED statistic subtracts θ × the pre-exposure covariate.
 */

export type ProportionStat = { kind: "proportion"; n: number; sum: number };
export type SampleMeanStat = { kind: "mean"; n: number; sum: number; sumSquares: number };
export type BaseStat = ProportionStat | SampleMeanStat;
export type RatioStat = { kind: "ratio"; n: number; numerator: BaseStat; denominator: BaseStat; sumOfProducts: number };
/** `theta` null until it is estimated jointly over control and treatment. */
export type AdjustedStat = { kind: "adjusted"; n: number; post: BaseStat; pre: BaseStat; sumOfProducts: number; theta: number | null };
export type Stat = BaseStat | RatioStat | AdjustedStat;

function baseSumSquares(stat: BaseStat): number {
  return stat.kind === "proportion" ? stat.sum : stat.sumSquares;
}

function baseMean(stat: BaseStat): number {
  return stat.n === 0 ? 0 : stat.sum / stat.n;
}

function baseVariance(stat: BaseStat): number {
  if (stat.kind === "proportion") {
    const p = baseMean(stat);
    return p * (1 - p);
  }
  if (stat.n <= 1) return 0;
  return (stat.sumSquares - (stat.sum * stat.sum) / stat.n) / (stat.n - 1);
}

/** Covariance of two per-unit quantities from their sums and the sum of their products. */
export function covariance(n: number, a: BaseStat, b: BaseStat, sumOfProducts: number): number {
  if (n <= 1) return 0;
  if (a.kind === "proportion" && b.kind === "proportion") return sumOfProducts / n - (a.sum * b.sum) / (n * n);
  return (sumOfProducts - (a.sum * b.sum) / n) / (n - 1);
}

/** Var(M / D) by the delta method. */
export function varianceOfRatios(meanM: number, varM: number, meanD: number, varD: number, covMD: number): number {
  if (meanD === 0) return 0;
  return varM / meanD ** 2 + (varD * meanM ** 2) / meanD ** 4 - (2 * covMD * meanM) / meanD ** 3;
}

export function mean(stat: Stat): number {
  switch (stat.kind) {
    case "proportion":
    case "mean":
      return baseMean(stat);
    case "ratio":
      return stat.denominator.sum === 0 ? 0 : stat.numerator.sum / stat.denominator.sum;
    case "adjusted":
      return baseMean(stat.post) - (stat.theta ?? 0) * baseMean(stat.pre);
  }
}

/** The mean before any CUPED adjustment (what lifts are relative to). */
export function unadjustedMean(stat: Stat): number {
  return stat.kind === "adjusted" ? baseMean(stat.post) : mean(stat);
}

export function variance(stat: Stat): number {
  switch (stat.kind) {
    case "proportion":
    case "mean":
      return baseVariance(stat);
    case "ratio": {
      const dMean = baseMean(stat.denominator);
      if (dMean === 0 || stat.n <= 1) return 0;
      return varianceOfRatios(baseMean(stat.numerator), baseVariance(stat.numerator), dMean, baseVariance(stat.denominator), covariance(stat.n, stat.numerator, stat.denominator, stat.sumOfProducts));
    }
    case "adjusted": {
      if (stat.n <= 1) return 0;
      const theta = stat.theta ?? 0;
      return baseVariance(stat.post) + theta ** 2 * baseVariance(stat.pre) - 2 * theta * adjustedCovariance(stat);
    }
  }
}

export function adjustedCovariance(stat: AdjustedStat): number {
  return covariance(stat.n, stat.post, stat.pre, stat.sumOfProducts);
}

export function baseStats(stat: BaseStat) {
  return { mean: baseMean(stat), variance: baseVariance(stat) };
}

function joint(a: BaseStat, b: BaseStat, n: number): BaseStat {
  if (a.kind === "proportion" && b.kind === "proportion") return { kind: "proportion", n, sum: a.sum + b.sum };
  return { kind: "mean", n, sum: a.sum + b.sum, sumSquares: baseSumSquares(a) + baseSumSquares(b) };
}

/** θ = Cov(post, pre) / Var(pre), pooled over both arms; 0 when either pooled variance is 0. */
export function computeTheta(a: AdjustedStat, b: AdjustedStat): number {
  const n = a.n + b.n;
  const post = joint(a.post, b.post, n);
  const pre = joint(a.pre, b.pre, n);
  const preVariance = baseVariance(pre);
  if (preVariance === 0 || baseVariance(post) === 0) return 0;
  return covariance(n, post, pre, a.sumOfProducts + b.sumOfProducts) / preVariance;
}

/** Estimates θ for a CUPED pair; with θ = 0 the pair falls back to the unadjusted statistics. */
export function withTheta(a: Stat, b: Stat): [Stat, Stat] {
  if (a.kind !== "adjusted" || b.kind !== "adjusted" || (a.theta !== null && b.theta !== null)) return [a, b];
  const theta = computeTheta(a, b);
  if (theta === 0) return [a.post, b.post];
  return [{ ...a, theta }, { ...b, theta }];
}
