import type { FlowDefinition, FlowEdge } from "../schema/flow";
import { handlesOf } from "../schema/handles";
import type { FlowNode } from "../schema/nodes";

/** Small seeded PRNG (mulberry32): the same seed gives the same flows on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** One node of a random type with plausible data; `index` keeps ids unique. */
export function randomNode(random: () => number, index: number): FlowNode {
  const id = `n${index}`;
  const position = { x: (index % 12) * 280, y: Math.floor(index / 12) * 160 };
  const reply = random() < 0.5 ? { scriptKey: pick(random, ["greeting.welcome", "order.status", "csat.ask"]) } : { text: pick(random, ["好的 {{vars.orderId}}", "Hello {{customer.name}}", "稍等"]) };
  const kinds = ["message", "ask", "condition", "intent_switch", "api_call", "set_variable", "experiment_split", "kb_answer", "recommend", "handoff", "create_ticket", "end"] as const;
  switch (pick(random, kinds)) {
    case "message":
      return { id, type: "message", position, data: { reply } };
    case "ask":
      return { id, type: "ask", position, data: { prompt: reply, variable: pick(random, ["orderId", "phone", "choice"]), validator: pick(random, [{ kind: "order_number" }, { kind: "phone" }, { kind: "number", min: 1, max: 5 }, { kind: "choice", options: [{ value: "yes", synonyms: ["是", "yes"], label: {} }, { value: "no", synonyms: ["否", "no"], label: {} }] }, { kind: "regex", pattern: "(SF\\d{6,})", flags: "i" }] as const), maxRetries: Math.floor(random() * 3), useCurrentMessage: random() < 0.5 } };
    case "condition":
      return { id, type: "condition", position, data: { branches: [{ id: "vip", label: "", condition: { "customer.tier": "vip" } }, { id: "has_order", label: "", condition: { "vars.orderId": { $exists: true } } }] } };
    case "intent_switch":
      return { id, type: "intent_switch", position, data: { cases: [{ intent: "greeting", minConfidence: 0 }, { intent: "order_query", minConfidence: 0.5 }], waitForMessage: random() < 0.5 } };
    case "api_call":
      return { id, type: "api_call", position, data: { connection: "orders", method: pick(random, ["GET", "POST"] as const), path: "/orders/{{vars.orderId}}", timeoutMs: 3000, retries: 1, mapping: [{ from: "status", to: "orderStatus" }] } };
    case "set_variable":
      return { id, type: "set_variable", position, data: { assignments: [{ variable: "note", value: "{{vars.orderStatus | default:\"-\"}}" }] } };
    case "experiment_split":
      return { id, type: "experiment_split", position, data: { experimentKey: "tone", variations: ["control", "warm"] } };
    case "kb_answer":
      return { id, type: "kb_answer", position, data: { query: "" } };
    case "recommend":
      return { id, type: "recommend", position, data: { intro: reply, itemsVariable: "items", titleField: "name", max: 3 } };
    case "handoff":
      return { id, type: "handoff", position, data: { skillGroup: pick(random, ["junior", "expert"]), priority: "normal", note: "" } };
    case "create_ticket":
      return { id, type: "create_ticket", position, data: { ticketType: "complaint", title: "T {{vars.orderId}}", priority: "normal", fields: [], idVariable: "ticketId" } };
    case "end":
      return { id, type: "end", position, data: { outcome: pick(random, ["resolved", "escalated", "abandoned"] as const), csat: random() < 0.3 } };
  }
}

/**
 * A random flow: nodes of every type wired forwards (and sometimes backwards, making loops). With
 * `valid`, every required handle gets an edge; otherwise edges are dropped, duplicated and pointed
 * at nodes that do not exist, as a hand-edited import might be.
 */
export function randomFlow(seed: number, nodeCount: number, valid: boolean): FlowDefinition {
  const random = seededRandom(seed);
  const nodes: FlowNode[] = [{ id: "start", type: "start", position: { x: 0, y: 0 }, data: { intents: ["order_query"], channels: [], catchAll: false } }];
  for (let i = 1; i < nodeCount; i++) nodes.push(randomNode(random, i));
  const edges: FlowEdge[] = [];
  nodes.forEach((node, index) => {
    for (const handle of handlesOf(node).required) {
      if (!valid && random() < 0.15) continue;
      const forward = index + 1 + Math.floor(random() * 4);
      const targetIndex = random() < 0.15 && index > 1 ? Math.floor(random() * index) : Math.min(forward, nodes.length - 1);
      const target = !valid && random() < 0.05 ? "ghost" : nodes[targetIndex === index ? nodes.length - 1 : targetIndex].id;
      edges.push({ id: `${node.id}.${handle}-${target}-${edges.length}`, source: node.id, target, handle });
      if (!valid && random() < 0.05) edges.push({ id: `dup-${edges.length}`, source: node.id, target, handle });
    }
  });
  return { schemaVersion: 1, id: `random-${seed}`, name: `Random ${seed}`, description: "", variables: [], nodes, edges, metadata: { tags: [] } };
}
