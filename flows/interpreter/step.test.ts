import { describe, expect, it } from "vitest";
import { buildFlow, understanding } from "../testing/build-flow";
import { initialFlowState, STEP_LIMIT, step } from "./step";
import { flowStateSchema, type FlowEvent, type FlowState, type StepContext } from "./types";
import type { FlowDefinition } from "../schema/flow";

const context: StepContext = { customer: { id: "c1", name: "王丽", tier: "vip", locale: "zh-CN", attributes: { city: "杭州" } }, channel: "web" };
const start = { id: "s", type: "start", data: { intents: ["order_query"] } } as const;
const end = (id = "e", extra = {}) => ({ id, type: "end", data: { outcome: "resolved", ...extra } }) as const;
const msg = (text: string, intent = "other", extra = {}): FlowEvent => ({ type: "message", text, understanding: understanding(intent, 0.9, extra) });

function run(flow: FlowDefinition, events: FlowEvent[], state: FlowState = initialFlowState(flow)) {
  const results = [];
  for (const event of events) {
    const result = step(flow, state, event, context);
    results.push(result);
    state = result.state;
  }
  return { results, state, last: results[results.length - 1] };
}

const askOrder = { id: "q", type: "ask", data: { prompt: { scriptKey: "order.ask_number" }, reprompt: { scriptKey: "order.reprompt_number" }, variable: "orderId", validator: { kind: "order_number" }, maxRetries: 1 } } as const;

describe("ask", () => {
  const flow = buildFlow([start, askOrder, { id: "ok", type: "message", data: { reply: { text: "{{vars.orderId}}" } } }, end(), end("fail", { outcome: "abandoned" })], ["s>q", "q.success>ok", "ok>e", "q.retry_exhausted>fail"]);

  it("takes the order number from the message that started the flow", () => {
    const { last } = run(flow, [{ type: "start", message: { text: "订单2024110812345678到哪了", understanding: understanding("order_query", 0.9, { entities: [{ type: "order_number", value: "2024110812345678", start: 2, end: 18 }] }) } }]);
    expect(last.state.vars.orderId).toBe("2024110812345678");
    expect(last.effects.map((e) => e.type)).toEqual(["reply", "end"]);
    expect(last.trace.map((t) => t.nodeId)).toEqual(["s", "q", "ok", "e"]);
  });

  it("asks, re-prompts once, then leaves by retry_exhausted", () => {
    const { results } = run(flow, [{ type: "start" }, msg("不知道"), msg("还是不知道")]);
    expect(results[0].effects).toMatchObject([{ type: "reply", reply: { scriptKey: "order.ask_number" } }]);
    expect(results[0].state.awaiting).toEqual({ kind: "message", nodeId: "q" });
    expect(results[1].effects).toMatchObject([{ type: "reply", reply: { scriptKey: "order.reprompt_number" } }]);
    expect(results[1].state.retries).toEqual({ q: 1 });
    expect(results[2].state).toMatchObject({ status: "ended", outcome: "abandoned", retries: {} });
  });

  it("accepts a bare order number typed with full-width digits", () => {
    const { last } = run(flow, [{ type: "start" }, msg("ＤＤ２０２４１１０８００１")]);
    expect(last.state.vars.orderId).toBe("DD20241108001");
  });

  it("choice: 不是 picks no although it contains 是; the label lands in <variable>Text", () => {
    const choice = buildFlow(
      [start, { id: "c", type: "ask", data: { prompt: { text: "对吗？" }, variable: "ok", validator: { kind: "choice", options: [{ value: "yes", synonyms: ["是", "对"], label: { "zh-CN": "是" } }, { value: "no", synonyms: ["不是", "否"], label: { "zh-CN": "否" } }] } } }, end()],
      ["s>c", "c.success>e", "c.retry_exhausted>e"],
    );
    expect(run(choice, [{ type: "start" }, msg("不是")]).state.vars).toEqual({ ok: "no", okText: "否" });
    expect(run(choice, [{ type: "start" }, msg("是的")]).state.vars).toEqual({ ok: "yes", okText: "是" });
  });
});

describe("condition and intent_switch", () => {
  it("branches on customer tier and variables with GrowthBook operators, else otherwise", () => {
    const flow = buildFlow(
      [
        start,
        { id: "set", type: "set_variable", data: { assignments: [{ variable: "amount", value: "{{customer.attributes.city}}" }] } },
        { id: "c", type: "condition", data: { branches: [{ id: "vip_hz", condition: { "customer.tier": "vip", "vars.amount": { $in: ["杭州", "上海"] } } }, { id: "big", condition: { "vars.amount": { $gt: 100 } } }] } },
        end("e1"),
        end("e2"),
        end("e3"),
      ],
      ["s>set", "set>c", "c.vip_hz>e1", "c.big>e2", "c.else>e3"],
    );
    expect(run(flow, [{ type: "start" }]).last.trace.map((t) => t.nodeId)).toEqual(["s", "set", "c", "e1"]);
  });

  it("switches on the latest intent with a minimum confidence, and can wait for the next message", () => {
    const flow = buildFlow(
      [start, { id: "w", type: "intent_switch", data: { waitForMessage: true, cases: [{ intent: "greeting" }, { intent: "complaint", minConfidence: 0.95 }] } }, end("hi"), end("angry"), end("other")],
      ["s>w", "w.greeting>hi", "w.complaint>angry", "w.else>other"],
    );
    expect(run(flow, [{ type: "start" }, msg("你好", "greeting")]).state.nodeId).toBe("hi");
    expect(run(flow, [{ type: "start" }, msg("投诉", "complaint")]).state.nodeId).toBe("other");
  });
});

describe("effects with results", () => {
  const api = { id: "api", type: "api_call", data: { connection: "orders", method: "GET", path: "/orders/{{vars.id}}", mapping: [{ from: "status", to: "status" }, { from: "items.0.name", to: "item" }, { from: "$status", to: "http" }] } } as const;
  const flow = buildFlow(
    [start, { id: "set", type: "set_variable", data: { assignments: [{ variable: "id", value: "a/b c" }] } }, api, end("ok"), end("nf"), end("err"), end("slow")],
    ["s>set", "set>api", "api.success>ok", "api.not_found>nf", "api.error>err", "api.timeout>slow"],
  );
  const started = () => run(flow, [{ type: "start" }]).last;

  it("api_call: URL-encodes path variables and maps fields (and $status) on success", () => {
    const first = started();
    expect(first.effects).toMatchObject([{ type: "call_api", path: "/orders/a%2Fb%20c", effectId: "api#1" }]);
    const done = step(flow, first.state, { type: "effect_result", effectId: "api#1", result: { kind: "api_response", status: 200, body: { status: "shipped", items: [{ name: "耳机" }] } } }, context);
    expect(done.state.vars).toMatchObject({ status: "shipped", item: "耳机", http: 200 });
    expect(done.state.nodeId).toBe("ok");
  });

  it.each([
    [{ kind: "api_response", status: 404, body: null }, "nf"],
    [{ kind: "api_response", status: 500, body: { error: "x" } }, "err"],
    [{ kind: "api_failure", reason: "malformed_response", message: "not JSON" }, "err"],
    [{ kind: "api_failure", reason: "timeout", message: "5 s" }, "slow"],
  ] as const)("api_call result %o → %s", (result, target) => {
    const first = started();
    expect(step(flow, first.state, { type: "effect_result", effectId: "api#1", result }, context).state.nodeId).toBe(target);
  });

  it("rejects a result for an effect that is not awaited, changing nothing", () => {
    const first = started();
    const wrong = step(flow, first.state, { type: "effect_result", effectId: "other#9", result: { kind: "ticket_created", ticketId: "T" } }, context);
    expect(wrong.error?.code).toBe("unexpected_event");
    expect(wrong.state).toEqual(first.state);
    expect(step(flow, first.state, msg("hi"), context).error?.code).toBe("unexpected_event");
  });

  it("experiment_split: the assigned variation's edge; unknown or null → the first (control)", () => {
    const split = buildFlow([start, { id: "x", type: "experiment_split", data: { experimentKey: "tone", variations: ["control", "warm"] } }, end("c"), end("w")], ["s>x", "x.control>c", "x.warm>w"]);
    const first = run(split, [{ type: "start" }]).last;
    expect(first.effects).toMatchObject([{ type: "assign_experiment", experimentKey: "tone", variations: ["control", "warm"] }]);
    const assign = (variation: string | null) => step(split, first.state, { type: "effect_result", effectId: "x#1", result: { kind: "experiment_assignment", variation } }, context).state.nodeId;
    expect([assign("warm"), assign(null), assign("ghost")]).toEqual(["w", "c", "c"]);
  });

  it("kb_answer: says the answer on a hit, takes miss otherwise", () => {
    const kb = buildFlow([start, { id: "k", type: "kb_answer", data: {} }, end("hit"), end("miss")], ["s>k", "k.hit>hit", "k.miss>miss"]);
    const first = run(kb, [{ type: "start", message: { text: "运费险怎么赔", understanding: understanding() } }]).last;
    expect(first.effects).toMatchObject([{ type: "search_kb", query: "运费险怎么赔" }]);
    const hit = step(kb, first.state, { type: "effect_result", effectId: "k#1", result: { kind: "kb_result", hit: true, answer: "签收后7天内…" } }, context);
    expect(hit.effects[0]).toMatchObject({ type: "reply_text", text: "签收后7天内…" });
    expect(step(kb, first.state, { type: "effect_result", effectId: "k#1", result: { kind: "kb_result", hit: false } }, context).state.nodeId).toBe("miss");
  });

  it("create_ticket stores the id; a failure takes error when connected, else next", () => {
    const ticket = { id: "t", type: "create_ticket", data: { ticketType: "complaint", title: "投诉 {{customer.name}}", fields: [{ name: "city", value: "{{customer.attributes.city}}" }] } } as const;
    const flow2 = buildFlow([start, ticket, end("n")], ["s>t", "t>n"]);
    const first = run(flow2, [{ type: "start" }]).last;
    expect(first.effects).toMatchObject([{ type: "create_ticket", title: "投诉 王丽", fields: { city: "杭州" } }]);
    expect(step(flow2, first.state, { type: "effect_result", effectId: "t#1", result: { kind: "ticket_created", ticketId: "TK-1" } }, context).state.vars.ticketId).toBe("TK-1");
    expect(step(flow2, first.state, { type: "effect_result", effectId: "t#1", result: { kind: "ticket_failed", message: "db" } }, context).state.nodeId).toBe("n");
  });
});

describe("terminal nodes", () => {
  it("handoff says the notice and hands off with priority", () => {
    const flow = buildFlow([start, { id: "h", type: "handoff", data: { skillGroup: "expert", priority: "high", notice: { scriptKey: "handoff.expert" }, note: "VIP {{customer.name}}" } }], ["s>h"]);
    const { last } = run(flow, [{ type: "start" }]);
    expect(last.effects).toMatchObject([{ type: "reply" }, { type: "handoff", skillGroup: "expert", priority: "high", note: "VIP 王丽" }]);
    expect(last.state).toMatchObject({ status: "handed_off", outcome: "escalated" });
  });

  it.each([
    ["5", 5, false],
    ["五星", 5, false],
    ["★★★", 3, false],
    ["我还有个问题", null, true],
  ])("end with CSAT: %s → rating %s", (text, score, unconsumed) => {
    const flow = buildFlow([start, end("e", { csat: true })], ["s>e"]);
    const { last } = run(flow, [{ type: "start" }, msg(text)]);
    expect(last.effects.filter((e) => e.type === "record_csat")).toEqual(score === null ? [] : [{ type: "record_csat", nodeId: "e", score }]);
    expect(last.unconsumedMessage).toBe(unconsumed);
    expect(last.state.status).toBe("ended");
  });

  it("recommend offers list items as quick replies, or takes empty", () => {
    const rec = { id: "r", type: "recommend", data: { intro: { text: "为您推荐" }, itemsVariable: "items", titleField: "name", max: 2 } } as const;
    const set = (value: string) => ({ id: "set", type: "set_variable", data: { assignments: [{ variable: "items", value }] } }) as const;
    const flow = buildFlow([start, set("{{vars.list}}"), rec, end("n"), end("none")], ["s>set", "set>r", "r>n", "r.empty>none"], { variables: [{ name: "list" }] });
    const withItems = step(flow, { ...initialFlowState(flow), vars: { list: [{ name: "耳机" }, { name: "水壶" }, { name: "茶" }] } }, { type: "start" }, context);
    expect(withItems.effects[0]).toMatchObject({ type: "reply", reply: { text: "为您推荐", quickReplies: ["耳机", "水壶"] } });
    expect(step(flow, initialFlowState(flow), { type: "start" }, context).state.nodeId).toBe("none");
  });
});

describe("interpreter guarantees", () => {
  it("stops a loop that never waits at the step limit with a typed error", () => {
    const flow = buildFlow([start, { id: "a", type: "set_variable", data: { assignments: [{ variable: "x", value: "1" }] } }, { id: "b", type: "set_variable", data: { assignments: [{ variable: "y", value: "2" }] } }], ["s>a", "a>b", "b>a"]);
    const result = step(flow, initialFlowState(flow), { type: "start" }, context);
    expect(result.error?.code).toBe("step_limit");
    expect(result.state.status).toBe("failed");
    expect(result.trace.length).toBeLessThanOrEqual(STEP_LIMIT);
  });

  it("reports a missing edge instead of throwing", () => {
    const flow = buildFlow([start, { id: "m", type: "message", data: { reply: { text: "hi" } } }], ["s>m"]);
    expect(step(flow, initialFlowState(flow), { type: "start" }, context).error).toMatchObject({ code: "missing_edge", nodeId: "m" });
  });

  it("is deterministic and its state survives a JSON round trip", () => {
    const flow = buildFlow([start, askOrder, end(), end("fail")], ["s>q", "q.success>e", "q.retry_exhausted>fail"]);
    const a = step(flow, initialFlowState(flow), { type: "start" }, context);
    const b = step(flow, initialFlowState(flow), { type: "start" }, context);
    expect(a).toEqual(b);
    const restored = flowStateSchema.parse(JSON.parse(JSON.stringify(a.state)));
    expect(step(flow, restored, msg("2024110812345678"), context).state.vars.orderId).toBe("2024110812345678");
  });
});
