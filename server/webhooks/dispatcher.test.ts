import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AppContext } from "../app-context";
import { createChannel } from "../channels/service";
import { createTestApp } from "../http/testing/test-app";
import { getDelivery } from "./deliveries";
import { retryDelayMs, WebhookDispatcher } from "./dispatcher";
import { verifyWebhookSignature } from "./sign";

let app: AppContext;
let dispatcher: WebhookDispatcher;
type Call = { url: string; headers: Headers; body: string };

function fakeFetch(statuses: number[], calls: Call[]): typeof fetch {
  return async (input, init) => {
    calls.push({ url: String(input), headers: new Headers(init?.headers), body: String(init?.body) });
    return new Response("", { status: statuses[calls.length - 1] ?? 200 });
  };
}

beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  dispatcher?.stop();
  await app.db.destroy();
});

describe("WebhookDispatcher", () => {
  it("signs the exact body with the channel secret and retries with backoff until a 2xx", async () => {
    const { channel, webhookSecret } = await createChannel(app.db, null, { name: "App", kind: "app", webhookUrl: "http://receiver.test/hook" });
    const calls: Call[] = [];
    dispatcher = new WebhookDispatcher(app.db, { fetch: fakeFetch([500, 503, 200], calls), baseDelayMs: 5, maxDelayMs: 20 });
    const delivery = await dispatcher.enqueue({ channelId: channel.id, eventType: "message.agent", data: { text: "您好，我是坐席小王" } });
    await dispatcher.idle();
    expect(calls).toHaveLength(3);
    for (const call of calls) {
      expect(verifyWebhookSignature(webhookSecret ?? "", call.body, call.headers.get("X-Kefu-Signature"))).toBe(true);
      expect(Number(call.headers.get("X-Kefu-Timestamp"))).toBeGreaterThan(1_700_000_000);
    }
    expect(JSON.parse(calls[0].body)).toMatchObject({ type: "message.agent", channelId: channel.id, data: { text: "您好，我是坐席小王" } });
    const stored = await getDelivery(app.db, delivery?.id ?? "");
    expect(stored).toMatchObject({ status: "delivered", attempts: 3, last_status_code: 200 });
  });

  it("gives up after maxAttempts and records the failure", async () => {
    const { channel } = await createChannel(app.db, null, { name: "App", kind: "app", webhookUrl: "http://receiver.test/hook" });
    const calls: Call[] = [];
    dispatcher = new WebhookDispatcher(app.db, { fetch: fakeFetch([500, 500, 500], calls), baseDelayMs: 1, maxAttempts: 3 });
    const delivery = await dispatcher.enqueue({ channelId: channel.id, eventType: "ping", data: {} });
    await dispatcher.idle();
    expect(await getDelivery(app.db, delivery?.id ?? "")).toMatchObject({ status: "failed", attempts: 3, last_error: "HTTP 500", next_attempt_at: null });
  });

  it("skips channels without a webhook and resumes pending deliveries after a restart", async () => {
    const plain = await createChannel(app.db, null, { name: "Plain", kind: "web" });
    dispatcher = new WebhookDispatcher(app.db, { fetch: fakeFetch([], []) });
    expect(await dispatcher.enqueue({ channelId: plain.channel.id, eventType: "ping", data: {} })).toBeNull();
    const { channel } = await createChannel(app.db, null, { name: "Hooked", kind: "app", webhookUrl: "http://receiver.test/hook" });
    const crashed = new WebhookDispatcher(app.db, { fetch: fakeFetch([], []) });
    const delivery = await crashed.enqueue({ channelId: channel.id, eventType: "ping", data: {} });
    crashed.stop();
    const calls: Call[] = [];
    dispatcher = new WebhookDispatcher(app.db, { fetch: fakeFetch([200], calls) });
    expect(await dispatcher.resume()).toBe(1);
    await dispatcher.idle();
    expect(calls).toHaveLength(1);
    expect((await getDelivery(app.db, delivery?.id ?? ""))?.status).toBe("delivered");
  });

  it("doubles the delay per retry up to the cap", () => {
    expect([1, 2, 3, 4, 8].map((retry) => retryDelayMs(retry, { baseDelayMs: 1000, maxDelayMs: 60_000 }))).toEqual([1000, 2000, 4000, 8000, 60_000]);
  });
});
