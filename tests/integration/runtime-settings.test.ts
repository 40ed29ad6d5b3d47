import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsoleClient } from "../support/http";
import { startOrderSystem, type OrderSystem } from "../support/order-system";
import { keys, RestCustomer } from "../support/rest-client";
import { DEMO_PASSWORD, startServer, type TestServer } from "../support/server";

let server: TestServer;
let orders: OrderSystem;
let ops: ConsoleClient;
let analyst: ConsoleClient;

beforeAll(async () => {
  orders = await startOrderSystem();
  server = await startServer();
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
  return ((await (await client.trpcQuery(procedure, input)).json()) as { result: { data: T } }).result.data;
}
async function mutate<T = Json>(client: ConsoleClient, procedure: string, input: unknown) {
  const response = await client.trpcMutation(procedure, input);
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  return { status: response.status, data: body.result?.data as T, error: body.error };
}
const rows = <T>(sql: string) => new Database(server.databaseFile, { readonly: true }).prepare(sql).all() as T[];

describe("connections", () => {
  it("saves, lists without the secret, tests a real call, deletes; every change is audited", async () => {
    const saved = await mutate(ops, "connections.save", { name: "crm", description: "CRM", baseUrl: orders.url, headers: { "X-Tenant": "demo" }, secret: "s3cret-token" });
    expect(saved.status).toBe(200);
    const list = await query<{ name: string; hasSecret: boolean; baseUrl: string }[]>(ops, "connections.list");
    const crm = list.find((c) => c.name === "crm");
    expect(crm).toMatchObject({ hasSecret: true, baseUrl: orders.url });
    expect(JSON.stringify(list)).not.toContain("s3cret-token");
    const call = await mutate<{ result: { kind: string; status: number; body: { orderId: string } } }>(ops, "connections.test", { name: "crm", method: "GET", path: "/orders/2024110812345678" });
    expect(call.data.result).toMatchObject({ kind: "api_response", status: 200, body: { orderId: "2024110812345678" } });
    expect(orders.requests.at(-1)?.headers.authorization).toBe("Bearer s3cret-token");
    expect(orders.requests.at(-1)?.headers["x-tenant"]).toBe("demo");
    const demo = await mutate<{ result: { status: number } }>(ops, "connections.test", { name: "orders", method: "GET", path: "/orders/DD20241108001" });
    expect(demo.data.result.status).toBe(200);
    expect((await mutate(ops, "connections.save", { name: "bad name", baseUrl: "ftp://x" })).status).toBe(400);
    expect((await mutate(ops, "connections.delete", { name: "crm" })).status).toBe(200);
    const audit = rows<{ action: string; after_json: string | null }>("select action, after_json from audit_log where entity_type = 'connection' order by id");
    expect(audit.map((a) => a.action)).toEqual(["connection.create", "connection.delete"]);
    expect(audit.map((a) => a.after_json ?? "").join("")).not.toContain("s3cret-token");
    expect((await mutate(analyst, "connections.save", { name: "x", baseUrl: "https://x.example" })).status).toBe(403);
  });
});

describe("emotion policies and rules", () => {
  it("rejects invalid settings; a saved threshold changes what the runtime does at once", async () => {
    const settings = await query<Json & { emotionPolicies: Json[] }>(ops, "runtime.settings");
    expect((await mutate(ops, "runtime.saveSettings", { ...settings, triggerMinConfidence: 7 })).status).toBe(400);
    expect((await mutate(analyst, "runtime.saveSettings", settings)).status).toBe(403);

    const angry = "你们这是什么垃圾服务！！！气死我了，再不解决我就投诉到12315！！！";
    expect((await new RestCustomer(server.url, { id: "policy-1", locale: "zh-CN" }).say(angry)).status).toBe("queued");
    const relaxed = { ...settings, emotionPolicies: settings.emotionPolicies.map((p) => (p.id === "angry_escalate" ? { ...p, enabled: false } : p)), queuedNoticeSeconds: 1 };
    expect((await mutate(ops, "runtime.saveSettings", relaxed)).status).toBe(200);
    const calm = await new RestCustomer(server.url, { id: "policy-2", locale: "zh-CN" }).say(angry);
    expect(calm.replies.map((r) => r.scriptKey)).not.toContain("soothe.angry");
    expect(rows("select 1 from audit_log where action = 'runtime.settings.update'")).toHaveLength(1);
  });

  it("reminds a queued customer that a person is coming, at most once per interval", async () => {
    const c = new RestCustomer(server.url, { id: "queued-1", locale: "en" });
    expect((await c.say("I want to talk to a human agent")).status).toBe("queued");
    expect(keys(await c.say("hello?"))).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(keys(await c.say("anyone there?"))).toEqual(["handoff.notice"]);
  });
});
