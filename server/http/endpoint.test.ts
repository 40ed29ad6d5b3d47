import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AppContext } from "../app-context";
import { createChannel, updateChannel } from "../channels/service";
import { DomainError } from "../errors";
import { runEndpoint } from "./endpoint";
import { getConversationMessages } from "./endpoints/get-conversation-messages";
import { postMessage } from "./endpoints/post-message";
import type { RestDeps } from "./rest-deps";
import { createTestApp } from "./testing/test-app";

let app: AppContext;
let key: string;
let channelId: string;
let calls: string[];

const deps: RestDeps = {
  handleInboundMessage: async (_app, _channel, input) => {
    calls.push(input.text);
    if (input.conversationId === "missing") throw new DomainError("not_found", "No such conversation.");
    return {
      conversationId: "conv-1",
      replies: [{ text: `echo ${input.text}`, scriptKey: "greeting.welcome" }],
      status: "bot",
      understanding: { intent: { name: "greeting", confidence: 0.9 }, ranking: [], emotion: { label: "neutral", score: 0.5 }, entities: [], locale: "en" },
    };
  },
  listMessages: async (_app, _channelId, conversationId) => (conversationId === "conv-1" ? { messages: [], nextCursor: null } : null),
  recordExternalEvent: async () => undefined,
  understand: async () => ({}),
  experiments: null,
};

const send = (body: unknown, headers: Record<string, string> = { Authorization: `Bearer ${key}` }) =>
  runEndpoint(postMessage, app, deps, new Request("http://x/api/v1/messages", { method: "POST", headers, body: JSON.stringify(body) }));
const message = { messageId: "m-1", customer: { id: "c-1", locale: "en" }, text: "hello" };

beforeEach(async () => {
  app = await createTestApp();
  calls = [];
  const created = await createChannel(app.db, null, { name: "Web", kind: "web", rateLimitPerMinute: 5 });
  key = created.key;
  channelId = created.channel.id;
});
afterEach(() => app.db.destroy());

describe("POST /api/v1/messages", () => {
  it("strips fields outside the contract and replays a messageId without calling the runtime again", async () => {
    const first = await send(message);
    expect(first.status).toBe(200);
    const body = (await first.json()) as Record<string, unknown>;
    expect(body.understanding).toEqual({ intent: { name: "greeting", confidence: 0.9 }, emotion: { label: "neutral", score: 0.5 }, entities: [] });
    const replay = await send({ text: "hello", customer: { locale: "en", id: "c-1" }, messageId: "m-1" });
    expect(replay.status).toBe(200);
    expect(replay.headers.get("Idempotent-Replay")).toBe("true");
    expect(await replay.json()).toEqual(body);
    expect(calls).toEqual(["hello"]);
  });

  it("answers 409 when a messageId comes back with another body", async () => {
    await send(message);
    const conflict = await send({ ...message, text: "something else" });
    expect(conflict.status).toBe(409);
    expect(((await conflict.json()) as { error: { code: string } }).error.code).toBe("conflict");
  });

  it("maps 401, 403, 404 and 429 to the error shape", async () => {
    expect((await send(message, {})).status).toBe(401);
    expect((await send(message, { Authorization: "Bearer kf_wrong" })).status).toBe(401);
    expect((await send({ ...message, messageId: "m-404", conversationId: "missing" })).status).toBe(404);
    for (let i = 0; i < 5; i += 1) await send({ ...message, messageId: `burst-${i}` });
    const limited = await send({ ...message, messageId: "over" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    await updateChannel(app.db, null, { id: channelId, disabled: true });
    expect((await send(message)).status).toBe(403);
  });

  it("gives zod's issue paths on 400", async () => {
    const response = await send({ messageId: "", customer: { id: "c", tier: "gold" }, text: "hi" });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { issues: { path: unknown[] }[] } };
    expect(error.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining([["messageId"], ["customer", "tier"]]));
  });
});

describe("GET /api/v1/conversations/:id/messages", () => {
  it("is 404 for a conversation the runtime does not know on this channel", async () => {
    const get = (id: string) =>
      runEndpoint(getConversationMessages, app, deps, new Request(`http://x/api/v1/conversations/${id}/messages`, { headers: { Authorization: `Bearer ${key}` } }), { params: { id } });
    expect((await get("conv-1")).status).toBe(200);
    expect((await get("other")).status).toBe(404);
  });
});
