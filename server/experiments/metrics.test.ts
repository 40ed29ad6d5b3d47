import { describe, expect, it } from "vitest";
import { totalsDelta, unitValues, type UnitEvent } from "./metrics";
import { metricDefinition, metricsOf } from "./model";

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 10, minutes)).toISOString();
const ev = (minutes: number, type: string, extra: Partial<UnitEvent> = {}): UnitEvent => ({ at: at(minutes), type, name: null, value: null, intent: null, ...extra });
const all = metricsOf({ goalMetric: "resolved_by_bot", guardrails: ["escalated", "complaint", "csat_good", "csat", "turns_to_resolution", "order_value", "conversion:purchase"] });

describe("metric values of one exposed customer", () => {
  it("counts what happened after the exposure and inside the window", () => {
    const events = [
      ev(0, "message_in"), // before the exposure at minute 1
      ev(2, "message_in"),
      ev(3, "message_in"),
      ev(4, "conversation_closed", { name: "resolved" }),
      ev(5, "csat", { value: 5 }),
      ev(6, "csat", { value: 3 }),
      ev(7, "conversion", { name: "purchase", value: 120 }),
      ev(8, "conversion", { name: "other", value: 30 }),
      { ...ev(0, "conversion", { name: "late", value: 999 }), at: new Date(Date.UTC(2026, 10, 25)).toISOString() }, // outside 72 h
    ];
    expect(unitValues(all, events, at(1), 72)).toEqual({
      resolved_by_bot: 1, escalated: 0, complaint: 0, csat_good: 1, csat: 4, turns_to_resolution: 2, order_value: 150, "conversion:purchase": 1,
    });
  });
  it("a hand-off means not resolved by the bot; a complaint intent counts; no rating leaves CSAT empty", () => {
    const events = [ev(2, "understanding", { intent: "complaint" }), ev(3, "handoff", { name: "expert" }), ev(9, "conversation_closed", { name: "resolved" })];
    expect(unitValues(all, events, at(1), 72)).toMatchObject({ resolved_by_bot: 0, escalated: 1, complaint: 1, csat_good: 0, csat: null, turns_to_resolution: 0, order_value: 0 });
  });
  it("a change of value moves n, sum and sum of squares", () => {
    expect(totalsDelta(null, 4)).toEqual({ n: 1, sum: 4, sumSquares: 16 });
    expect(totalsDelta(4, 5)).toEqual({ n: 0, sum: 1, sumSquares: 9 });
    expect(totalsDelta(0, 0)).toEqual({ n: 0, sum: 0, sumSquares: 0 });
  });
  it("knows the built-in metrics and conversion:<name>, nothing else", () => {
    expect(metricDefinition("escalated")?.inverse).toBe(true);
    expect(metricDefinition("conversion:signup")?.type).toBe("proportion");
    expect(metricDefinition("conversion:")).toBeNull();
    expect(metricDefinition("revenue")).toBeNull();
  });
});
