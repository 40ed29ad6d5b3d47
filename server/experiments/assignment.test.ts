import { GrowthBookClient } from "@growthbook/growthbook";
import { describe, expect, it } from "vitest";
import { featureKeyOf, featuresPayload, type Experiment } from "./catalog";
import { analysisSettingsSchema } from "./model";
import { srmPValue } from "./stats";

function experiment(overrides: Partial<Experiment> = {}): Experiment {
  return {
    key: "refund-wording", name: "Refund wording", hypothesis: "", targetType: "script", targetScriptKey: "refund.confirm",
    variations: [{ key: "control", name: "Control", weight: 50 }, { key: "solution", name: "Solution", weight: 50, text: "我为您生成专属解决方案" }],
    coverage: 1, condition: {}, goalMetric: "resolved_by_bot", guardrails: [], conversionWindowHours: 72, analysis: analysisSettingsSchema.parse({}),
    status: "running", phase: 1, startedAt: null, stoppedAt: null, decision: null, ownerId: null, createdAt: "", updatedAt: "",
    ...overrides,
  };
}

function assign(client: GrowthBookClient, attributes: Record<string, unknown>, key = "refund-wording") {
  const tracked: string[] = [];
  const scoped = client.createScopedInstance({ attributes });
  scoped.setTrackingCallback((exp, result) => void tracked.push(`${exp.key}:${result.variationId}`));
  const result = scoped.evalFeature<number>(featureKeyOf(key));
  return { index: result.value ?? -1, inExperiment: result.experimentResult?.inExperiment ?? false, tracked };
}

describe("assignment through the GrowthBook SDK", () => {
  it("splits 100k customers by the weights within sampling error, and every customer keeps the variation", () => {
    const client = new GrowthBookClient().initSync({ payload: featuresPayload([experiment({ variations: [{ key: "a", name: "A", weight: 20 }, { key: "b", name: "B", weight: 30, text: "x" }, { key: "c", name: "C", weight: 50, text: "y" }] })]) });
    const counts = [0, 0, 0];
    const first = new Map<string, number>();
    for (let i = 0; i < 100_000; i++) {
      const id = `cust-${i}`;
      const { index } = assign(client, { id, channel: i % 2 ? "web" : "app" });
      counts[index] += 1;
      if (i < 1000) first.set(id, index);
    }
    // 3 standard errors of a binomial share at n = 100k is under 0.5 percentage points.
    expect(Math.abs(counts[0] / 1e5 - 0.2)).toBeLessThan(0.005);
    expect(Math.abs(counts[1] / 1e5 - 0.3)).toBeLessThan(0.005);
    expect(Math.abs(counts[2] / 1e5 - 0.5)).toBeLessThan(0.005);
    expect(srmPValue(counts, [0.2, 0.3, 0.5])).toBeGreaterThan(0.001);
    // Another conversation, another channel: same variation.
    for (const [id, index] of first) expect(assign(client, { id, channel: "email" }).index).toBe(index);
  });

  it("respects coverage and the targeting condition, and tracks only customers in the experiment", () => {
    const client = new GrowthBookClient().initSync({ payload: featuresPayload([experiment({ coverage: 0.5, condition: { tier: "vip" } })]) });
    const normal = assign(client, { id: "n-1", tier: "normal" });
    expect(normal.inExperiment).toBe(false);
    expect(normal.tracked).toEqual([]);
    let inside = 0;
    for (let i = 0; i < 10_000; i++) {
      const r = assign(client, { id: `vip-${i}`, tier: "vip" });
      if (r.inExperiment) {
        inside += 1;
        expect(r.tracked).toEqual([`refund-wording:${r.index}`]);
      } else expect(r.tracked).toEqual([]);
    }
    expect(Math.abs(inside / 10_000 - 0.5)).toBeLessThan(0.02);
  });

  it("leaves stopped and draft experiments out of the payload", () => {
    const payload = featuresPayload([experiment({ status: "stopped" }), experiment({ key: "draft-one", status: "draft" })]);
    expect(payload.features).toEqual({});
  });
});
