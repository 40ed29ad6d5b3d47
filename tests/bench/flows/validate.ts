// Validator and interpreter speed on generated flows (the designer validates on every edit).
// Run: npx tsx tests/bench/flows/validate.ts
import { initialFlowState, step, validateFlow } from "../../../flows";
import { randomFlow } from "../../../flows/testing/random-flow";
import { understanding } from "../../../flows/testing/build-flow";

for (const size of [300, 2000]) {
  const flow = randomFlow(42, size, true);
  validateFlow(flow);
  const runs = size === 300 ? 200 : 30;
  const started = performance.now();
  for (let i = 0; i < runs; i++) validateFlow(flow);
  console.log(`validate ${size}-node flow (${flow.edges.length} edges): ${((performance.now() - started) / runs).toFixed(2)} ms`);
}

const flow = randomFlow(7, 60, true);
const context = { customer: { id: "c", tier: "vip" as const, locale: "zh-CN" as const, attributes: {} }, channel: "web" as const };
const event = { type: "start" as const, message: { text: "订单 2024110812345678", understanding: understanding("order_query") } };
const n = 100_000;
const started = performance.now();
for (let i = 0; i < n; i++) step(flow, initialFlowState(flow), event, context);
console.log(`interpreter: ${(n / ((performance.now() - started) / 1000)).toFixed(0)} start steps/s on a 60-node flow`);
