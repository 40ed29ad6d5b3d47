import { studentT } from "./distributions";
import type { Moments } from "./moments";
import { variance } from "./statistics";

export type Alternative = "two-sided" | "greater" | "less";
/** An interval; a one-sided interval leaves its open end null. */
export type Interval = [number | null, number | null];
export type FrequentistResult = { expected: number; ci: Interval; pValue: number | null; error?: string };

export const UNINFORMATIVE_FREQUENTIST = (error: string): FrequentistResult => ({ expected: 0, ci: [0, 0], pValue: 1, error });

/** Welch–Satterthwaite degrees of freedom from the two arms' variances. */
export function welchDof(moments: Moments): number {
  const { control: a, treatment: b } = moments;
  const [va, vb] = [variance(a), variance(b)];
  return (vb / b.n + va / a.n) ** 2 / (vb ** 2 / (b.n ** 2 * (b.n - 1)) + va ** 2 / (a.n ** 2 * (a.n - 1)));
}

/** Welch t-test on the lift (relative with delta-method variance, or absolute). */
export function tTest(moments: Moments, options: { alpha: number; alternative: Alternative }): FrequentistResult {
  if (!moments.ok) return UNINFORMATIVE_FREQUENTIST(moments.error);
  const { estimate, standardError } = moments;
  const dof = welchDof(moments);
  const t = estimate / standardError;
  switch (options.alternative) {
    case "two-sided": {
      const half = studentT.quantile(1 - options.alpha / 2, dof) * standardError;
      return { expected: estimate, ci: [estimate - half, estimate + half], pValue: 2 * (1 - studentT.cdf(Math.abs(t), dof)) };
    }
    case "greater": {
      const half = studentT.quantile(1 - options.alpha, dof) * standardError;
      return { expected: estimate, ci: [estimate - half, null], pValue: 1 - studentT.cdf(t, dof) };
    }
    case "less": {
      const half = studentT.quantile(1 - options.alpha, dof) * standardError;
      return { expected: estimate, ci: [null, estimate + half], pValue: studentT.cdf(t, dof) };
    }
  }
}
