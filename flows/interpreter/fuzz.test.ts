import { describe, expect, it } from "vitest";
import { seededRandom, randomFlow } from "../testing/random-flow";
import { understanding } from "../testing/build-flow";
import { validateFlow } from "../validator";
import { initialFlowState, step } from "./step";
import { flowStateSchema, type FlowEvent, type FlowState, type StepContext } from "./types";

const context: StepContext = { customer: { id: "c", tier: "normal", locale: "zh-CN", attributes: {} }, channel: "app" };
const TEXTS = ["你好", "2024110812345678", "SF1234567890123", "是", "不是", "3", "五星", "", "{{vars.x}}", "<script>alert(1)</script>", "x".repeat(500)];
const INTENTS = ["greeting", "order_query", "complaint", "other"];

/** The event the state asks for (sometimes a wrong one on purpose), with random content. */
function nextEvent(random: () => number, state: FlowState): FlowEvent {
  const message: FlowEvent = { type: "message", text: TEXTS[Math.floor(random() * TEXTS.length)], understanding: understanding(INTENTS[Math.floor(random() * INTENTS.length)], random()) };
  if (state.awaiting?.kind === "effect" && random() < 0.9) {
    const results = [
      { kind: "api_response", status: [200, 404, 500][Math.floor(random() * 3)], body: random() < 0.5 ? { status: "shipped" } : null },
      { kind: "api_failure", reason: "timeout", message: "slow" },
      { kind: "experiment_assignment", variation: random() < 0.5 ? "warm" : null },
      { kind: "kb_result", hit: random() < 0.5, answer: "答案" },
      { kind: "ticket_created", ticketId: "TK-1" },
    ] as const;
    return { type: "effect_result", effectId: random() < 0.95 ? state.awaiting.effectId : "bogus#1", result: results[Math.floor(random() * results.length)] };
  }
  return message;
}

describe("interpreter and validator under random graphs and inputs", () => {
  it("never throw; step always returns a parseable state or a typed error", () => {
    let steps = 0;
    let errors = 0;
    for (let seed = 1; seed <= 1500; seed++) {
      const flow = randomFlow(seed, 3 + (seed % 25), seed % 3 !== 0);
      expect(() => validateFlow(flow)).not.toThrow();
      const random = seededRandom(seed * 7919);
      let state = initialFlowState(flow);
      let event: FlowEvent = { type: "start", message: { text: "我的订单 2024110812345678", understanding: understanding("order_query") } };
      for (let i = 0; i < 12; i++) {
        const result = step(flow, state, event, context);
        steps++;
        expect(flowStateSchema.safeParse(JSON.parse(JSON.stringify(result.state))).success).toBe(true);
        if (result.error) {
          errors++;
          expect(["step_limit", "unknown_node", "missing_edge", "unexpected_event", "invalid_state"]).toContain(result.error.code);
        }
        state = result.state;
        if (state.status !== "waiting") break;
        event = nextEvent(random, state);
      }
    }
    expect(steps).toBeGreaterThan(3000);
    expect(errors).toBeGreaterThan(0);
  });

  it("valid random flows have no graph errors from the validator", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const problems = validateFlow(randomFlow(seed, 20, true)).filter((p) => ["dangling_edge", "missing_handle", "dead_end", "unknown_handle", "duplicate_handle"].includes(p.code));
      expect(problems, `seed ${seed}`).toEqual([]);
    }
  });
});
