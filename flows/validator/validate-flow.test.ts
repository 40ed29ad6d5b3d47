import { describe, expect, it } from "vitest";
import { buildFlow } from "../testing/build-flow";
import { FLOW_TEMPLATES } from "../templates";
import { hasErrors, validateFlow } from "./validate-flow";
import type { ProblemCode } from "./problems";

const start = { id: "s", type: "start", data: { intents: ["order_query"] } } as const;
const end = { id: "e", type: "end", data: { outcome: "resolved" } } as const;
const say = (id: string, text: string) => ({ id, type: "message", data: { reply: { text } } }) as const;
const codes = (problems: ReturnType<typeof validateFlow>) => problems.map((p) => `${p.nodeId}:${p.code}`);
const has = (problems: ReturnType<typeof validateFlow>, code: ProblemCode) => problems.some((p) => p.code === code);

describe("validateFlow", () => {
  it("finds nothing wrong in a small complete flow", () => {
    expect(validateFlow(buildFlow([start, say("m", "hi"), end], ["s>m", "m>e"]))).toEqual([]);
  });

  it("dangling_edge: an edge to a node that does not exist", () => {
    const flow = buildFlow([start, say("m", "hi"), end], ["s>m", "m>e", "m>ghost"]);
    expect(codes(validateFlow(flow))).toContain("m:dangling_edge");
  });

  it("unknown_handle and duplicate_handle", () => {
    const flow = buildFlow([start, say("m", "hi"), end, { ...end, id: "e2" }], ["s>m", "m>e", "m>e2", "m.success>e"]);
    const problems = validateFlow(flow);
    expect(codes(problems)).toEqual(expect.arrayContaining(["m:unknown_handle", "m:duplicate_handle"]));
  });

  it("missing_handle: an api call without its timeout edge; dead_end: a node with no edge at all", () => {
    const api = { id: "api", type: "api_call", data: { connection: "orders", method: "GET", path: "/x" } } as const;
    const flow = buildFlow([start, api, end, say("lost", "…")], ["s>api", "api.success>e", "api.error>e", "api.timeout>lost"]);
    const complete = validateFlow(flow);
    expect(codes(complete)).toEqual(["lost:dead_end"]);
    const partial = buildFlow([start, api, end], ["s>api", "api.success>e", "api.error>e"]);
    expect(codes(validateFlow(partial))).toEqual(["api:missing_handle"]);
  });

  it("unreachable_node is a warning", () => {
    const problems = validateFlow(buildFlow([start, end, say("orphan", "x"), { ...end, id: "e2" }], ["s>e", "orphan>e2"]));
    expect(problems.filter((p) => p.code === "unreachable_node").map((p) => [p.nodeId, p.severity])).toEqual([
      ["orphan", "warning"],
      ["e2", "warning"],
    ]);
    expect(hasErrors(problems)).toBe(false);
  });

  it("loop_without_wait: a cycle of messages; a cycle through an ask is fine", () => {
    const loop = buildFlow([start, say("a", "1"), say("b", "2")], ["s>a", "a>b", "b>a"]);
    expect(codes(validateFlow(loop))).toContain("a:loop_without_wait");
    const ask = { id: "q", type: "ask", data: { prompt: { text: "order?" }, variable: "orderId", validator: { kind: "order_number" } } } as const;
    const waits = buildFlow([start, say("a", "1"), ask, end], ["s>a", "a>q", "q.success>e", "q.retry_exhausted>a"]);
    expect(has(validateFlow(waits), "loop_without_wait")).toBe(false);
  });

  it("unknown script keys, connections, experiments, variations, skill groups and intents against the catalog", () => {
    const flow = buildFlow(
      [
        { id: "s", type: "start", data: { intents: ["made_up_intent"] } },
        { id: "m", type: "message", data: { reply: { scriptKey: "nope.missing" } } },
        { id: "api", type: "api_call", data: { connection: "crm", method: "GET", path: "/x" } },
        { id: "x", type: "experiment_split", data: { experimentKey: "exp_a", variations: ["control", "bold"] } },
        { id: "y", type: "experiment_split", data: { experimentKey: "exp_missing", variations: ["a", "b"] } },
        { id: "h", type: "handoff", data: { skillGroup: "vip_desk" } },
      ],
      ["s>m", "m>api", "api.success>x", "api.error>h", "api.timeout>h", "x.control>y", "x.bold>h", "y.a>h", "y.b>h"],
    );
    const problems = validateFlow(flow, {
      scriptKeys: new Set(["greeting.welcome"]),
      connections: new Set(["orders"]),
      experiments: new Map([["exp_a", ["control", "friendly"]]]),
      skillGroups: new Set(["junior", "expert"]),
      intents: new Set(["order_query"]),
    });
    expect(codes(problems)).toEqual(["s:unknown_intent", "m:unknown_script_key", "api:unknown_connection", "x:unknown_variation", "y:unknown_experiment", "h:unknown_skill_group"]);
    expect(problems.find((p) => p.code === "unknown_intent")?.severity).toBe("warning");
    expect(validateFlow(flow)).toEqual([]);
  });

  it("no_start_trigger: a start with no intents that is not the catch-all", () => {
    const flow = buildFlow([{ id: "s", type: "start", data: {} }, end], ["s>e"]);
    expect(codes(validateFlow(flow))).toEqual(["s:no_start_trigger"]);
    const catchAll = buildFlow([{ id: "s", type: "start", data: { catchAll: true } }, end], ["s>e"]);
    expect(validateFlow(catchAll)).toEqual([]);
  });

  it("variable_read_before_set: error when no path sets it, warning when only some do, fine when all do", () => {
    const ask = { id: "q", type: "ask", data: { prompt: { text: "order?" }, variable: "orderId", validator: { kind: "order_number" } } } as const;
    const never = buildFlow([start, say("m", "订单 {{vars.orderId}}"), end], ["s>m", "m>e"]);
    expect(validateFlow(never).map((p) => [p.code, p.severity])).toEqual([["variable_read_before_set", "error"]]);
    const some = buildFlow([start, ask, say("m", "订单 {{vars.orderId}}"), end], ["s>q", "q.success>m", "q.retry_exhausted>m", "m>e"]);
    expect(validateFlow(some).map((p) => [p.code, p.severity])).toEqual([["variable_read_before_set", "warning"]]);
    const all = buildFlow([start, ask, say("m", "订单 {{vars.orderId}}"), end], ["s>q", "q.success>m", "q.retry_exhausted>e", "m>e"]);
    expect(validateFlow(all)).toEqual([]);
    const declared = buildFlow([start, say("m", "{{vars.greeting}}"), end], ["s>m", "m>e"], { variables: [{ name: "greeting", initial: "hi" }] });
    expect(validateFlow(declared)).toEqual([]);
    const condition = buildFlow(
      [start, { id: "c", type: "condition", data: { branches: [{ id: "big", condition: { "vars.amount": { $gt: 100 } } }] } }, end, { ...end, id: "e2" }],
      ["s>c", "c.big>e", "c.else>e2"],
    );
    expect(codes(validateFlow(condition))).toEqual(["c:variable_read_before_set"]);
  });

  it("invalid_condition: unknown operators and malformed lists; unknown roots warn", () => {
    const flow = buildFlow(
      [
        start,
        { id: "c", type: "condition", data: { branches: [{ id: "a", condition: { "customer.tier": { $bogus: 1 } } }, { id: "b", condition: { $or: { "customer.tier": "vip" } } }, { id: "d", condition: { "profile.age": 3 } }] } },
        end,
      ],
      ["s>c", "c.a>e", "c.b>e", "c.d>e", "c.else>e"],
    );
    const problems = validateFlow(flow).filter((p) => p.code === "invalid_condition");
    expect(problems.map((p) => p.severity)).toEqual(["error", "error", "warning"]);
    expect(problems[0].message).toContain("$bogus");
  });

  it("invalid_template: broken tags and unknown formatters", () => {
    const flow = buildFlow([start, say("m", "{{ a b }} and {{customer.name | shout}}"), end], ["s>m", "m>e"]);
    expect(validateFlow(flow).map((p) => p.code)).toEqual(["invalid_template", "invalid_template"]);
  });

  it("the shipped templates have no problems", () => {
    for (const template of FLOW_TEMPLATES) expect(validateFlow(template), template.id).toEqual([]);
  });
});
