import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsoleClient } from "../support/http";
import { DEMO_CHANNEL_KEY, DEMO_PASSWORD, startServer, type TestServer } from "../support/server";

let server: TestServer;
let ops: ConsoleClient;

type ErrorBody = { error: { code: string; message: string; issues?: { path: (string | number)[] }[] } };
type Created = { channel: { id: string; name: string }; key: string };

async function data<T>(response: Response): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status}: ${text}`);
  return (JSON.parse(text) as { result: { data: T } }).result.data;
}

function api(path: string, options: { key?: string | null; body?: unknown; raw?: BodyInit; method?: string } = {}) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  const key = options.key === undefined ? DEMO_CHANNEL_KEY : options.key;
  if (key) headers.Authorization = `Bearer ${key}`;
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return fetch(`${server.url}${path}`, { method: options.method ?? (body ? "POST" : "GET"), headers, body, duplex: "half" } as RequestInit);
}

const createChannel = (input: Record<string, unknown>) => ops.trpcMutation("channels.create", input).then((response) => data<Created>(response));
const message = (messageId: string, text = "你好") => ({ messageId, customer: { id: "cust-rest-1", locale: "zh-CN" }, text });

beforeAll(async () => {
  server = await startServer();
  ops = new ConsoleClient(server.url);
  expect((await ops.signIn("ops@demo.local", DEMO_PASSWORD)).status).toBe(302);
});
afterAll(() => server?.stop());

describe("REST v1 errors", () => {
  it("401 without a key or with an unknown key, in the error shape", async () => {
    for (const key of [null, "kf_not_a_real_key_at_all"]) {
      const response = await api("/api/v1/messages", { key, body: message("m-401") });
      expect(response.status).toBe(401);
      expect(((await response.json()) as ErrorBody).error.code).toBe("unauthorized");
    }
  });

  it("400 with zod's issue paths", async () => {
    const response = await api("/api/v1/messages", { body: { messageId: "m-400", customer: { id: "c", tier: "gold" }, text: 42 } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("invalid");
    expect(body.error.issues?.map((issue) => issue.path)).toEqual(expect.arrayContaining([["customer", "tier"], ["text"]]));
    const events = await api("/api/v1/events", { body: { customerId: "c", type: "csat", value: 9 } });
    expect(events.status).toBe(400);
    expect(((await events.json()) as ErrorBody).error.issues?.[0].path).toEqual(["value"]);
    expect((await api("/api/v1/messages", { raw: "{not json" })).status).toBe(400);
  });

  it("413 over 64 KiB, declared or streamed in chunks", async () => {
    const big = JSON.stringify({ ...message("m-413"), text: "长".repeat(23_000) });
    expect(Buffer.byteLength(big)).toBeGreaterThan(64 * 1024);
    const declared = await api("/api/v1/messages", { raw: big });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as ErrorBody).error.code).toBe("payload_too_large");
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(new TextEncoder().encode(big.slice(i * 7000, (i + 1) * 7000)));
        controller.enqueue(new TextEncoder().encode(big.slice(70_000)));
        controller.close();
      },
    });
    expect((await api("/api/v1/messages", { raw: stream })).status).toBe(413);
  });

  it("403 for a disabled channel, 401 for a rotated key", async () => {
    const { channel, key } = await createChannel({ name: "To disable", kind: "app" });
    expect((await api("/api/v1/nlu/parse", { key, body: { text: "hi" } })).status).toBe(200);
    await data(await ops.trpcMutation("channels.update", { id: channel.id, disabled: true }));
    const disabled = await api("/api/v1/nlu/parse", { key, body: { text: "hi" } });
    expect(disabled.status).toBe(403);
    expect(((await disabled.json()) as ErrorBody).error.code).toBe("forbidden");
    const other = await createChannel({ name: "To rotate", kind: "app" });
    const rotated = await data<{ key: string }>(await ops.trpcMutation("channels.rotateKey", { id: other.channel.id }));
    expect((await api("/api/v1/nlu/parse", { key: other.key, body: { text: "hi" } })).status).toBe(401);
    expect((await api("/api/v1/nlu/parse", { key: rotated.key, body: { text: "hi" } })).status).toBe(200);
  });

  it("429 with Retry-After once the key's bucket is empty", async () => {
    const { key } = await createChannel({ name: "Tiny limit", kind: "custom", rateLimitPerMinute: 3 });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 4; i += 1) {
      const response = await api("/api/v1/nlu/parse", { key, body: { text: "查物流" } });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get("Retry-After");
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });

  it("404 for an unknown conversation and an unknown endpoint", async () => {
    const conversation = await api("/api/v1/conversations/no-such-conversation/messages");
    expect(conversation.status).toBe(404);
    expect(((await conversation.json()) as ErrorBody).error.code).toBe("not_found");
    expect((await api("/api/v1/conversations/no-such-conversation/messages?after=abc")).status).toBe(404);
    expect((await api("/api/v1/nothing-here")).status).toBe(404);
  });

  it("only ops managers and admins may manage channels", async () => {
    const editor = new ConsoleClient(server.url);
    await editor.signIn("editor@demo.local", DEMO_PASSWORD);
    expect((await editor.trpcQuery("channels.list")).status).toBe(403);
    expect((await editor.request("/settings/channels")).status).toBe(403);
  });
});

describe("REST v1 messages", () => {
  it("replays a messageId with the same answer and 409s a changed body", async () => {
    const first = await api("/api/v1/messages", { body: message("m-replay-1", "我的快递到哪了？") });
    expect(first.status).toBe(200);
    const answer = (await first.json()) as { conversationId: string; replies: { text: string }[]; status: string };
    expect(answer.replies.length).toBeGreaterThan(0);
    const replay = await api("/api/v1/messages", { body: message("m-replay-1", "我的快递到哪了？") });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(answer);
    const page = (await (await api(`/api/v1/conversations/${answer.conversationId}/messages`)).json()) as { messages: { messageId?: string }[] };
    expect(page.messages.filter((entry) => entry.messageId === "m-replay-1")).toHaveLength(1);
    const conflict = await api("/api/v1/messages", { body: message("m-replay-1", "something else") });
    expect(conflict.status).toBe(409);
    expect(((await conflict.json()) as ErrorBody).error.code).toBe("conflict");
  });

  it("records an outside event and parses a text", async () => {
    expect(await (await api("/api/v1/events", { body: { customerId: "cust-rest-1", type: "conversion", name: "purchase", value: 899 } })).json()).toEqual({ ok: true });
    const parsed = (await (await api("/api/v1/nlu/parse", { body: { text: "顺丰单号 SF1234567890123 到哪了", locale: "zh-CN" } })).json()) as {
      intent: { name: string };
      entities: { type: string; value: string }[];
    };
    expect(parsed.intent.name).toBe("logistics_query");
    expect(parsed.entities).toContainEqual(expect.objectContaining({ type: "tracking_number", value: "SF1234567890123" }));
  });
});

describe("OpenAPI", () => {
  it("serves a valid JSON OpenAPI 3.1 document with the contract's paths, and answers CORS preflights", async () => {
    const response = await fetch(`${server.url}/api/v1/openapi.json`);
    expect(response.headers.get("content-type")).toContain("application/json");
    const document = JSON.parse(await response.text()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    for (const path of ["/api/v1/messages", "/api/v1/conversations/{id}/messages", "/api/v1/events", "/api/v1/nlu/parse"]) {
      expect(document.paths).toHaveProperty([path]);
    }
    const preflight = await fetch(`${server.url}/api/v1/messages`, { method: "OPTIONS" });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("Authorization");
  });
});
