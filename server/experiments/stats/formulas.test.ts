import { describe, expect, it } from "vitest";
import { bayesianTest, FLAT_PRIOR, risk } from "./bayesian";
import { adjustPValues } from "./corrections";
import { tTest, welchDof } from "./frequentist";
import { effectMoments } from "./moments";
import { sequentialRho } from "./sequential";
import { srmPValue } from "./srm";
import { computeTheta, mean, variance, type AdjustedStat, type Stat } from "./statistics";

const prop = (n: number, sum: number): Stat => ({ kind: "proportion", n, sum });

describe("statistics (hand-checked)", () => {
  it("proportion variance is p(1 − p), sample mean variance is unbiased", () => {
    expect(variance(prop(100, 20))).toBeCloseTo(0.16, 12);
    // values 1, 2, 3, 4: mean 2.5, variance 5/3
    expect(variance({ kind: "mean", n: 4, sum: 10, sumSquares: 30 })).toBeCloseTo(5 / 3, 12);
    expect(variance({ kind: "mean", n: 1, sum: 3, sumSquares: 9 })).toBe(0);
  });
  it("ratio mean is Σm / Σd; its variance follows the delta method", () => {
    // units (m, d): (1, 1), (2, 2), (3, 3): m/d is always 1 → zero variance
    const ratio: Stat = { kind: "ratio", n: 3, numerator: { kind: "mean", n: 3, sum: 6, sumSquares: 14 }, denominator: { kind: "mean", n: 3, sum: 6, sumSquares: 14 }, sumOfProducts: 14 };
    expect(mean(ratio)).toBe(1);
    expect(variance(ratio)).toBeCloseTo(0, 12);
  });
  it("θ is Cov(post, pre) / Var(pre) over both arms", () => {
    // post = 2 × pre exactly: pre 1, 2, 3 (control) and 4 (treatment) → θ = 2
    const a: AdjustedStat = { kind: "adjusted", n: 3, post: { kind: "mean", n: 3, sum: 12, sumSquares: 56 }, pre: { kind: "mean", n: 3, sum: 6, sumSquares: 14 }, sumOfProducts: 28, theta: null };
    const b: AdjustedStat = { kind: "adjusted", n: 1, post: { kind: "mean", n: 1, sum: 8, sumSquares: 64 }, pre: { kind: "mean", n: 1, sum: 4, sumSquares: 16 }, sumOfProducts: 32, theta: null };
    expect(computeTheta(a, b)).toBeCloseTo(2, 12);
  });
});

describe("tests (hand-checked)", () => {
  it("relative lift divides by |control mean| and gives the delta-method standard error", () => {
    const m = effectMoments(prop(1000, 100), prop(1000, 120), "relative");
    if (!m.ok) throw new Error(m.error);
    expect(m.estimate).toBeCloseTo(0.2, 12);
    // Var = vB/nB / mA² + vA/nA × mB² / mA⁴ = 0.1056/1000/0.01 + 0.09/1000 × 0.0144/0.0001
    expect(m.standardError ** 2).toBeCloseTo(0.01056 + 0.01296, 12);
    expect(welchDof(m)).toBeCloseTo((0.09 / 1000 + 0.1056 / 1000) ** 2 / ((0.1056 ** 2) / (1000 ** 2 * 999) + (0.09 ** 2) / (1000 ** 2 * 999)), 9);
  });
  it("a zero-variance arm or a zero control mean is uninformative", () => {
    const result = tTest(effectMoments(prop(100, 0), prop(100, 5), "relative"), { alpha: 0.05, alternative: "two-sided" });
    expect(result).toEqual({ expected: 0, ci: [0, 0], pValue: 1, error: "ZERO_NEGATIVE_VARIANCE" });
    expect(bayesianTest(effectMoments(prop(100, 100), prop(100, 5), "absolute"), { alpha: 0.05, difference: "absolute", prior: FLAT_PRIOR, inverse: false }).chanceToWin).toBe(0.5);
  });
  it("risk is E[max(δ,0)] and E[max(−δ,0)]: symmetric at 0, analytic far from it", () => {
    const [a, b] = risk(0, 1);
    expect(a).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 12);
    expect(b).toBeCloseTo(a, 12);
    expect(risk(50, 1)).toEqual([50, 0]);
  });
  it("sequential ρ follows eq. 161 (α = 0.05, tuning 5000)", () => {
    const a = 0.05;
    expect(sequentialRho(a, 5000, true)).toBeCloseTo(Math.sqrt((-2 * Math.log(a) + Math.log(-2 * Math.log(a) + 1)) / 5000), 14);
    expect(sequentialRho(a, 5000, false)).toBeCloseTo(sequentialRho(2 * a, 5000, true), 14);
  });
});

describe("SRM and multiple comparisons (hand-checked)", () => {
  it("chi-square against the weights", () => {
    expect(srmPValue([500, 500], [1, 1])).toBe(1);
    // (550 − 500)²/500 × 2 = 10 on 1 dof → p = 0.0015654
    expect(srmPValue([550, 450], [1, 1])).toBeCloseTo(0.0015654, 6);
    expect(srmPValue([0, 0], [1, 1])).toBe(1);
    expect(srmPValue([600, 400], [0.6, 0.4])).toBe(1);
  });
  it("Holm and Benjamini–Hochberg", () => {
    expect(adjustPValues([0.01, 0.04, 0.03], "holm")).toEqual([0.03, 0.06, 0.06]);
    const bh = adjustPValues([0.01, 0.04, 0.03, null], "benjamini-hochberg");
    expect(bh[0]).toBeCloseTo(0.03, 12);
    expect(bh[1]).toBeCloseTo(0.04, 12);
    expect(bh[2]).toBeCloseTo(0.04, 12);
    expect(bh[3]).toBeNull();
  });
});
