import { normal } from "./distributions";
import type { Interval } from "./frequentist";
import type { Difference, Moments } from "./moments";
import { BASELINE_ZERO } from "./moments";
import { unadjustedMean } from "./statistics";

export type Prior = { mean: number; variance: number; proper: boolean };
export const FLAT_PRIOR: Prior = { mean: 0, variance: 1, proper: false };

export type BayesianResult = { expected: number; ci: Interval; chanceToWin: number; risk: [number, number]; error?: string };

export const UNINFORMATIVE_BAYESIAN = (error: string): BayesianResult => ({ expected: 0, ci: [0, 0], chanceToWin: 0.5, risk: [0, 0], error });

/**
 * Expected loss of choosing control (risk[0]) and of choosing treatment (risk[1]) under a
 * N(mu, sigma²) posterior of the lift: E[max(δ, 0)] and E[max(−δ, 0)].
 */
export function risk(mu: number, sigma: number): [number, number] {
  if (sigma > 0 && Math.abs(mu / sigma) > 37) return [Math.max(mu, 0), Math.max(-mu, 0)];
  const z = -mu / sigma;
  const pControlBetter = normal.cdf(z);
  const density = sigma * normal.pdf(z);
  return [mu * (1 - pControlBetter) + density, density - mu * pControlBetter];
}

/**
 * Gaussian posterior of the lift: a flat prior leaves the data's estimate; a proper prior (on the
 * relative scale, rescaled by |control mean| for absolute lifts) shrinks it by precision weighting.
 */
export function bayesianTest(moments: Moments, options: { alpha: number; difference: Difference; prior: Prior; inverse: boolean }): BayesianResult {
  if (!moments.ok) return UNINFORMATIVE_BAYESIAN(moments.error);
  let prior = options.prior;
  if (options.difference === "absolute" && prior.proper) {
    const base = unadjustedMean(moments.control);
    if (base === 0) return UNINFORMATIVE_BAYESIAN(BASELINE_ZERO);
    prior = { mean: prior.mean * Math.abs(base), variance: prior.variance * base ** 2, proper: true };
  }
  const dataVariance = moments.standardError ** 2;
  const precision = 1 / dataVariance + (prior.proper ? 1 / prior.variance : 0);
  const mu = prior.proper ? (moments.estimate / dataVariance + prior.mean / prior.variance) / precision : moments.estimate;
  const sigma = Math.sqrt(1 / precision);
  const ctw = normal.cdf(mu / sigma);
  const [riskControl, riskTreatment] = risk(mu, sigma);
  return {
    expected: mu,
    ci: [normal.quantile(options.alpha / 2, mu, sigma), normal.quantile(1 - options.alpha / 2, mu, sigma)],
    chanceToWin: options.inverse ? 1 - ctw : ctw,
    risk: options.inverse ? [riskTreatment, riskControl] : [riskControl, riskTreatment],
  };
}
