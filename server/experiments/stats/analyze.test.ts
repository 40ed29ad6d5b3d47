import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analysisRequestSchema, analyzeExperiment, type AnalysisResult } from "./analyze";

type Case = { name: string; request: unknown; expected: AnalysisResult };
const here = path.dirname(fileURLToPath(import.meta.url));
/** Answers computed by GrowthBook's gbstats itself (see reference/make-reference.py). */
const cases = JSON.parse(fs.readFileSync(path.join(here, "reference/gbstats-reference.json"), "utf8")) as Case[];

function close(actual: number | null | undefined, expected: number | null | undefined, label: string) {
  if (expected === null || expected === undefined) return expect(actual ?? null, label).toBeNull();
  expect(actual, label).toBeTypeOf("number");
  // Six decimals: one better than the five the product promises.
  expect(Math.abs((actual as number) - expected), `${label}: ${actual} vs ${expected}`).toBeLessThan(5e-7);
}

describe("analysis matches gbstats", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
    const actual = analyzeExperiment(analysisRequestSchema.parse(testCase.request));
    close(actual.srm.pValue, testCase.expected.srm.pValue, "srm");
    expect(actual.srm.warning).toBe(testCase.expected.srm.warning);
    expect(actual.variations).toHaveLength(testCase.expected.variations.length);
    testCase.expected.variations.forEach((want, i) => {
      const got = actual.variations[i];
      expect(got.name).toBe(want.name);
      expect(got.users).toBe(want.users);
      close(got.mean, want.mean, `${want.name}.mean`);
      close(got.variance, want.variance, `${want.name}.variance`);
      if (i === 0) return;
      close(got.expected, want.expected, `${want.name}.expected`);
      close(got.ci?.[0], want.ci?.[0], `${want.name}.ci[0]`);
      close(got.ci?.[1], want.ci?.[1], `${want.name}.ci[1]`);
      if (want.chanceToWin !== undefined) close(got.chanceToWin, want.chanceToWin, `${want.name}.chanceToWin`);
      if (want.risk) { close(got.risk?.[0], want.risk[0], `${want.name}.risk[0]`); close(got.risk?.[1], want.risk[1], `${want.name}.risk[1]`); }
      if (want.pValue !== undefined) close(got.pValue, want.pValue, `${want.name}.pValue`);
      expect(got.error).toBe(want.error);
    });
  });
});

describe("analysis request validation", () => {
  const ok = { engine: "frequentist", metric: { type: "mean" }, variations: [{ name: "a", users: 10, sum: 5, sumSquares: 9 }, { name: "b", users: 10, sum: 6, sumSquares: 9 }] };
  it("names the missing field", () => {
    const result = analysisRequestSchema.safeParse({ ...ok, variations: [{ name: "a", users: 10, sum: 5 }, ok.variations[1]] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["variations", 0, "sumSquares"]);
  });
  it("refuses weights that do not match the variations, and CUPED on ratios", () => {
    expect(analysisRequestSchema.safeParse({ ...ok, weights: [1] }).error?.issues[0].path).toEqual(["weights"]);
    const ratio = { name: "a", users: 10, sum: 5, sumSquares: 9, denominatorSum: 4, denominatorSumSquares: 4, mainDenominatorSumProduct: 5, covariateSum: 3, mainCovariateSumProduct: 2 };
    expect(analysisRequestSchema.safeParse({ ...ok, metric: { type: "ratio" }, variations: [ratio, ratio] }).error?.issues[0].message).toMatch(/CUPED/);
  });
  it("refuses more conversions than units and a single variation", () => {
    const prop = { engine: "bayesian", metric: { type: "proportion" }, variations: [{ name: "a", users: 10, sum: 11 }, { name: "b", users: 10, sum: 1 }] };
    expect(analysisRequestSchema.safeParse(prop).error?.issues[0].path).toEqual(["variations", 0, "sum"]);
    expect(analysisRequestSchema.safeParse({ ...prop, variations: [prop.variations[1]] }).success).toBe(false);
  });
  it("fills the documented defaults", () => {
    const parsed = analysisRequestSchema.parse(ok);
    expect(parsed).toMatchObject({ alternative: "two-sided", difference: "relative", alpha: 0.05, inverse: false });
  });
});
