import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { ConsoleClient } from "../support/http";
import { RestCustomer } from "../support/rest-client";
import { DEMO_CHANNEL_KEY, DEMO_PASSWORD, startServer, type TestServer } from "../support/server";

let server: TestServer;
let analyst: ConsoleClient;

async function data<T>(response: Response): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status}: ${text}`);
  return (JSON.parse(text) as { result: { data: T } }).result.data;
}

type Results = { users: number[]; srm: { pValue: number }; metrics: { metric: { key: string }; rows: { key: string; totals: { users: number; n: number; sum: number }; verdict: string | null }[] }[] };
type Detail = { experiment: { status: string; phase: number }; results: Results | null };

beforeAll(async () => {
  server = await startServer();
  analyst = new ConsoleClient(server.url);
  expect((await analyst.signIn("analyst@demo.local", DEMO_PASSWORD)).status).toBe(302);
});
afterAll(() => server?.stop());

const analyze = (body: unknown, key: string | null = DEMO_CHANNEL_KEY) =>
  fetch(`${server.url}/api/v1/experiments/analyze`, { method: "POST", headers: { "Content-Type": "application/json", ...(key ? { Authorization: `Bearer ${key}` } : {}) }, body: JSON.stringify(body) });

describe("POST /api/v1/experiments/analyze", () => {
  const reference = JSON.parse(fs.readFileSync("server/experiments/stats/reference/gbstats-reference.json", "utf8")) as { name: string; request: unknown; expected: { variations: { expected?: number; ci?: (number | null)[]; pValue?: number }[] } }[];

  it("answers like gbstats over HTTP (sequential one-sided case)", async () => {
    const sample = reference.find((c) => c.name === "sequential greater");
    if (!sample) throw new Error("reference case missing");
    const response = await analyze(sample.request);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { variations: { expected: number; ci: (number | null)[]; pValue: number }[] };
    expect(body.variations[1].expected).toBeCloseTo(sample.expected.variations[1].expected ?? NaN, 6);
    expect(body.variations[1].ci[1]).toBeNull();
    expect(body.variations[1].pValue).toBeCloseTo(sample.expected.variations[1].pValue ?? NaN, 6);
  });

  it("400 names the field; 401 without a key; a console session works too", async () => {
    const bad = await analyze({ engine: "frequentist", metric: { type: "mean" }, variations: [{ name: "a", users: 10, sum: 1 }, { name: "b", users: 10, sum: 2, sumSquares: 4 }] });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { message: string; issues: { path: (string | number)[] }[] } };
    expect(body.error.message).toContain("variations.0.sumSquares");
    expect(body.error.issues[0].path).toEqual(["variations", 0, "sumSquares"]);
    expect((await analyze({ engine: "bayesian" }, null)).status).toBe(401);
    const viaSession = await fetch(`${server.url}/api/v1/experiments/analyze`, { method: "POST", headers: { "Content-Type": "application/json", Cookie: analyst.cookieHeader() }, body: JSON.stringify({ engine: "bayesian", metric: { type: "proportion" }, variations: [{ name: "a", users: 100, sum: 10 }, { name: "b", users: 100, sum: 15 }] }) });
    expect(viaSession.status).toBe(200);
  });
});

describe("experiments end to end through the runtime", () => {
  it("the demo experiment has results from its running totals", async () => {
    const detail = await data<Detail>(await analyst.trpcQuery("experiments.get", { key: "refund-confirm-wording" }));
    expect(detail.experiment.status).toBe("running");
    const results = detail.results as Results;
    expect(results.users.reduce((a, b) => a + b, 0)).toBe(800);
    expect(results.metrics.map((m) => m.metric.key)).toEqual(["resolved_by_bot", "escalated", "complaint", "csat"]);
    // The totals equal a recount from the exposure rows.
    const db = new Database(server.databaseFile, { readonly: true });
    const recount = db.prepare("SELECT variation, count(*) AS users, sum(json_extract(values_json, '$.resolved_by_bot')) AS resolved FROM experiment_exposures WHERE experiment_key = 'refund-confirm-wording' GROUP BY variation ORDER BY variation").all() as { users: number; resolved: number }[];
    db.close();
    const goal = results.metrics[0];
    expect(goal.rows.map((r) => [r.totals.users, r.totals.sum])).toEqual(recount.map((r) => [r.users, r.resolved]));
  });

  it("an analyst tests the greeting: sticky variations through the REST API, one exposure per customer, stop and roll out", async () => {
    const create = await analyst.trpcMutation("experiments.create", {
      key: "greeting-test", name: "Greeting test", targetType: "script", targetScriptKey: "greeting.welcome",
      variations: [{ key: "control", name: "Control", weight: 1 }, { key: "warm", name: "Warm", weight: 1, text: "您好 {{customer.name}}，今天想解决什么问题？" }],
      goalMetric: "escalated", guardrails: ["csat"],
    });
    expect(create.status).toBe(200);
    const invalid = await analyst.trpcMutation("experiments.create", { key: "x", name: "", targetType: "script", variations: [], goalMetric: "nope" });
    expect(invalid.status).toBe(400);
    await data(await analyst.trpcMutation("experiments.start", { key: "greeting-test" }));

    const seen = new Map<string, string>();
    for (let i = 0; i < 30; i++) {
      const customer = new RestCustomer(server.url, { id: `exp-cust-${i}`, locale: "zh-CN" });
      const first = await customer.say("你好");
      const variant = first.replies.find((r) => r.scriptKey === "greeting.welcome")?.variant ?? "";
      expect(variant).toMatch(/^experiment:greeting-test\/(control|warm)$/);
      seen.set(customer.customer.id, variant);
      if (variant.endsWith("warm")) expect(first.replies[0].text).toContain("今天想解决什么问题");
      // A new conversation on another day or channel: the same variation.
      const again = new RestCustomer(server.url, { id: `exp-cust-${i}`, locale: "zh-CN" });
      const second = await again.say("hello again", { conversationId: undefined });
      const variantAgain = second.replies.find((r) => r.scriptKey === "greeting.welcome")?.variant;
      if (variantAgain) expect(variantAgain).toBe(variant);
    }
    expect(new Set(seen.values()).size).toBe(2);

    const db = new Database(server.databaseFile, { readonly: true });
    const exposures = db.prepare("SELECT customer_id, count(*) AS c FROM experiment_exposures WHERE experiment_key = 'greeting-test' GROUP BY customer_id").all() as { c: number }[];
    db.close();
    expect(exposures).toHaveLength(30);
    expect(exposures.every((row) => row.c === 1)).toBe(true);

    const detail = await data<Detail>(await analyst.trpcQuery("experiments.get", { key: "greeting-test" }));
    expect((detail.results as Results).users.reduce((a, b) => a + b, 0)).toBe(30);

    // Changing the weights of a running experiment starts a new phase.
    const update = await data<{ phase: number; newPhase: boolean }>(await analyst.trpcMutation("experiments.update", { key: "greeting-test", experiment: {
      key: "greeting-test", name: "Greeting test", targetType: "script", targetScriptKey: "greeting.welcome",
      variations: [{ key: "control", name: "Control", weight: 1 }, { key: "warm", name: "Warm", weight: 3, text: "您好 {{customer.name}}，今天想解决什么问题？" }],
      goalMetric: "escalated", guardrails: ["csat"],
    } }));
    expect(update).toEqual({ phase: 2, newPhase: true });

    const rolled = await data<{ version: number }>(await analyst.trpcMutation("experiments.rollOut", { key: "greeting-test", variation: "warm" }));
    expect(rolled.version).toBeGreaterThan(1);
    const after = await new RestCustomer(server.url, { id: "exp-after", locale: "zh-CN" }).say("你好");
    const greeting = after.replies.find((r) => r.scriptKey === "greeting.welcome");
    expect(greeting?.text).toContain("今天想解决什么问题");
    expect(greeting?.variant).not.toMatch(/^experiment:/);
  });
});
