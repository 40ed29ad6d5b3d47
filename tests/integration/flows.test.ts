import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsoleClient } from "../support/http";
import { startOrderSystem, type OrderSystem } from "../support/order-system";
import { keys, RestCustomer, texts } from "../support/rest-client";
import { DEMO_PASSWORD, startServer, type TestServer } from "../support/server";

let server: TestServer;
let orders: OrderSystem;
let ops: ConsoleClient;
let analyst: ConsoleClient;

beforeAll(async () => {
  orders = await startOrderSystem();
  server = await startServer({ CONNECTION_ORDERS_URL: orders.url });
  ops = new ConsoleClient(server.url);
  analyst = new ConsoleClient(server.url);
  await ops.signIn("ops@demo.local", DEMO_PASSWORD);
  await analyst.signIn("analyst@demo.local", DEMO_PASSWORD);
});
afterAll(async () => {
  await server?.stop();
  await orders?.stop();
});

type Json = Record<string, unknown>;
async function query<T = Json>(client: ConsoleClient, procedure: string, input?: unknown): Promise<T> {
  const response = await client.trpcQuery(procedure, input);
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!body.result) throw new Error(`${procedure} → ${response.status} ${JSON.stringify(body.error)}`);
  return body.result.data;
}
async function mutate(client: ConsoleClient, procedure: string, input: unknown): Promise<{ status: number; data: Json; error?: { message: string; data?: { code?: string } } }> {
  const response = await client.trpcMutation(procedure, input);
  const body = (await response.json()) as { result?: { data: Json }; error?: { message: string } };
  return { status: response.status, data: body.result?.data ?? {}, error: body.error };
}
const db = () => new Database(server.databaseFile, { readonly: true });

describe("flows: templates, drafts, publishing", () => {
  it("a new installation lists the six template flows, each published as version 1 to every channel", async () => {
    const flows = await query<{ id: string; publishedVersion: number; hasDraftChanges: boolean; deployments: { channelScope: string }[] }[]>(ops, "flows.list");
    expect(flows.map((f) => f.id).sort()).toEqual(["complaint", "human-agent", "logistics", "main", "order", "refund"]);
    for (const flow of flows) expect(flow).toMatchObject({ publishedVersion: 1, hasDraftChanges: false, deployments: [{ channelScope: "*" }] });
  });

  it("edits the complaint draft, refuses a stale save and a publish with errors, publishes, and the runtime speaks the new version", async () => {
    const flow = await query<{ draft: { nodes: Json[]; edges: Json[] }; draftRevision: number; problems: unknown[] }>(ops, "flows.get", { id: "complaint" });
    expect(flow.problems).toEqual([]);
    const broken = { ...flow.draft, edges: [...flow.draft.edges, { id: "bad", source: "empathy", target: "nowhere", handle: "next" }] };
    const saved = await mutate(ops, "flows.saveDraft", { id: "complaint", draft: broken, baseRevision: flow.draftRevision });
    expect(saved.data).toEqual({ revision: flow.draftRevision + 1 });
    const stale = await mutate(ops, "flows.saveDraft", { id: "complaint", draft: broken, baseRevision: flow.draftRevision });
    expect(stale.status).toBe(409);
    const refused = await mutate(ops, "flows.publish", { id: "complaint", note: "broken", channelScope: "*", baseRevision: flow.draftRevision + 1 });
    expect(refused.status).toBe(400);
    expect(refused.error?.message).toMatch(/error/);

    const nodes = flow.draft.nodes.map((node) => (node.id === "empathy" ? { ...node, data: { reply: { text: "我们非常重视您的反馈，{{customer.name}}。" } } } : node));
    await mutate(ops, "flows.saveDraft", { id: "complaint", draft: { ...flow.draft, nodes }, baseRevision: flow.draftRevision + 1 });
    const published = await mutate(ops, "flows.publish", { id: "complaint", note: "Warmer first line", channelScope: "*", baseRevision: flow.draftRevision + 2 });
    expect(published.data).toMatchObject({ version: 2 });

    const customer = new RestCustomer(server.url, { id: "flows-complaint-1", name: "李娜", locale: "zh-CN" });
    const answer = await customer.say("我要投诉");
    expect(answer.replies[0].text).toBe("我们非常重视您的反馈，李娜。");
    const audit = db().prepare("select action from audit_log where entity_type = 'flow' and entity_id = 'complaint'").all() as { action: string }[];
    expect(audit.map((a) => a.action)).toContain("flow.publish");
  });

  it("pilots a version on one channel, promotes it to all, and rolls back", async () => {
    const admin = new ConsoleClient(server.url);
    await admin.signIn("admin@demo.local", DEMO_PASSWORD);
    const created = (await mutate(admin, "channels.create", { name: "Pilot app", kind: "app" })).data as { channel: { id: string }; key: string };
    const pilot = { id: created.channel.id, key: created.key };
    const flow = await query<{ draft: { nodes: Json[] }; draftRevision: number; versions: { id: string; version: number }[] }>(ops, "flows.get", { id: "human-agent" });
    const nodes = flow.draft.nodes.map((node) => (node.id === "to_human" ? { ...node, data: { ...(node.data as Json), notice: { text: "PILOT: a colleague is coming." } } } : node));
    await mutate(ops, "flows.saveDraft", { id: "human-agent", draft: { ...flow.draft, nodes }, baseRevision: flow.draftRevision });
    const v2 = await mutate(ops, "flows.publish", { id: "human-agent", note: "pilot wording", channelScope: pilot.id, baseRevision: flow.draftRevision + 1 });
    expect(v2.error).toBeUndefined();
    expect(v2.data).toMatchObject({ version: 2 });

    const onPilot = await new RestCustomer(server.url, { id: "pilot-1", locale: "en" }, pilot.key).say("I want to talk to a human agent");
    const elsewhere = await new RestCustomer(server.url, { id: "pilot-2", locale: "en" }).say("I want to talk to a human agent");
    expect(texts(onPilot)).toBe("PILOT: a colleague is coming.");
    expect(keys(elsewhere)).toEqual(["handoff.notice"]);

    await mutate(ops, "flows.deploy", { id: "human-agent", versionId: v2.data.versionId, channelScope: "*" });
    expect(texts(await new RestCustomer(server.url, { id: "pilot-3", locale: "en" }).say("I want to talk to a human agent"))).toBe("PILOT: a colleague is coming.");
    const v1 = flow.versions.find((v) => v.version === 1);
    await mutate(ops, "flows.deploy", { id: "human-agent", versionId: v1?.id, channelScope: "*" });
    expect(keys(await new RestCustomer(server.url, { id: "pilot-4", locale: "en" }, pilot.key).say("I want to talk to a human agent"))).toEqual(["handoff.notice"]);
  });

  it("creates from a template, duplicates, imports valid JSON, rejects invalid JSON, exports", async () => {
    const created = await mutate(ops, "flows.create", { name: "VIP returns", templateId: "refund" });
    expect(created.data.id).toBe("vip-returns");
    const copy = await mutate(ops, "flows.duplicate", { id: "vip-returns", name: "VIP returns" });
    expect(copy.data.id).toBe("vip-returns-2");
    const exported = await ops.request("/flows/vip-returns/export.json");
    expect(exported.headers.get("content-disposition")).toContain("vip-returns.json");
    const json = (await exported.json()) as Json;
    const imported = await mutate(ops, "flows.importJson", { json });
    expect(imported.data.id).toBe("vip-returns-3");
    const invalid = await mutate(ops, "flows.importJson", { json: { ...json, nodes: [{ id: "x", type: "teleport" }] } });
    expect(invalid.status).toBe(400);
    const count = db().prepare("select count(*) as n from flows").get() as { n: number };
    expect(count.n).toBe(9);
  });
});

describe("simulator, analytics and roles", () => {
  it("simulates the logistics draft with a mocked API answer, without writing anything", async () => {
    const before = (db().prepare("select count(*) as n from messages").get() as { n: number }).n;
    const customer = { id: "sim", name: "Ada", tier: "vip", locale: "en" };
    const first = (await mutate(analyst, "flows.simulate", { id: "logistics", source: "draft", customer, channel: "web", state: null, text: "Where is my parcel?" })).data as { state: unknown; replies: { scriptKey: string }[]; trace: { nodeId: string }[] };
    expect(first.replies.map((r) => r.scriptKey)).toEqual(["logistics.ask_number"]);
    expect(first.trace.map((t) => t.nodeId)).toEqual(["start", "ask_number"]);
    const second = (await mutate(analyst, "flows.simulate", {
      id: "logistics",
      source: "draft",
      customer,
      channel: "web",
      state: first.state,
      text: "SF1234567890123",
      mocks: { get_logistics: { status: 200, body: { status: "Out for delivery", location: "Shanghai", eta: "2024-11-12" } } },
    })).data as { replies: { text: string; variant: string }[]; apiCalls: { nodeId: string; mocked?: boolean }[]; vars: Json };
    expect(second.replies[0].text).toContain("Out for delivery");
    expect(second.replies[0].variant).toBe("vip/any/en");
    expect(second.apiCalls).toMatchObject([{ nodeId: "get_logistics", mocked: true }]);
    expect(second.vars).toMatchObject({ trackingNumber: "SF1234567890123", location: "Shanghai" });
    expect((db().prepare("select count(*) as n from messages").get() as { n: number }).n).toBe(before);
  });

  it("counts conversations through nodes and edges, and where escalated ones stopped", async () => {
    const logistics = await query<{ versions: { id: string }[] }>(ops, "flows.get", { id: "logistics" });
    for (let i = 0; i < 3; i++) {
      const c = new RestCustomer(server.url, { id: `overlay-${i}`, locale: "zh-CN" });
      await c.say("我的快递到哪了？");
      if (i < 2) await c.say("SF1234567890123");
      else await c.say("5000000000");
    }
    const overlay = await query<{ conversations: number; nodes: Record<string, { entered: number; escalated: number }>; edges: Record<string, number> }>(ops, "flows.analytics", {
      id: "logistics",
      versionId: logistics.versions[0].id,
      from: "2000-01-01",
      to: "2100-01-01",
    });
    expect(overlay.conversations).toBe(3);
    expect(overlay.nodes.ask_number.entered).toBe(3);
    expect(overlay.nodes.status.entered).toBe(2);
    expect(overlay.edges["get_logistics.success-status"]).toBe(2);
    expect(overlay.nodes.to_human).toMatchObject({ entered: 1, escalated: 1 });
  });

  it("analysts read and simulate but cannot edit or publish", async () => {
    expect((await analyst.trpcQuery("flows.get", { id: "main" })).status).toBe(200);
    const flow = await query<{ draft: unknown; draftRevision: number }>(analyst, "flows.get", { id: "main" });
    expect((await mutate(analyst, "flows.saveDraft", { id: "main", draft: flow.draft, baseRevision: flow.draftRevision })).status).toBe(403);
    expect((await mutate(analyst, "flows.publish", { id: "main", note: "x", channelScope: "*", baseRevision: flow.draftRevision })).status).toBe(403);
  });
});
