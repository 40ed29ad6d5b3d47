import chisquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";

/** Distribution functions from stdlib (a maintained numerical library), named as the formulas use them. */
export const normal = {
  cdf: (x: number, mu = 0, sigma = 1): number => normalCdf(x, mu, sigma),
  quantile: (p: number, mu = 0, sigma = 1): number => normalQuantile(p, mu, sigma),
  pdf: (x: number): number => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI),
};

export const studentT = {
  cdf: (x: number, dof: number): number => tCdf(x, dof),
  quantile: (p: number, dof: number): number => tQuantile(p, dof),
};

export const chiSquare = {
  /** Survival function P(X > x). */
  sf: (x: number, dof: number): number => 1 - chisquareCdf(x, dof),
};
