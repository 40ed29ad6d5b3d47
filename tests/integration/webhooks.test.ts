import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsoleClient } from "../support/http";
import { DEMO_PASSWORD, startServer, type TestServer } from "../support/server";

type Received = { headers: http.IncomingHttpHeaders; body: string };

let server: TestServer;
let receiver: http.Server;
let receiverUrl: string;
const received: Received[] = [];
let failuresLeft = 0;

async function data<T>(response: Response): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status}: ${text}`);
  return (JSON.parse(text) as { result: { data: T } }).result.data;
}

beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      const fail = failuresLeft > 0;
      failuresLeft -= 1;
      response.writeHead(fail ? 500 : 204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/kefu-hook`;
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
  await new Promise((resolve) => receiver.close(resolve));
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("outbound webhooks", () => {
  it("POSTs a body signed with HMAC-SHA256 of the channel's secret, retrying after a failure", async () => {
    const admin = new ConsoleClient(server.url);
    expect((await admin.signIn("admin@demo.local", DEMO_PASSWORD)).status).toBe(302);
    const { channel, webhookSecret } = await data<{ channel: { id: string }; webhookSecret: string }>(
      await admin.trpcMutation("channels.create", { name: "Mobile app", kind: "app", webhookUrl: receiverUrl }),
    );
    expect(webhookSecret).toBeTruthy();
    failuresLeft = 1;
    await data(await admin.trpcMutation("channels.testWebhook", { id: channel.id }));

    const deliveries = await until(
      async () => data<{ status: string; attempts: number; last_status_code: number | null }[]>(await admin.trpcQuery("channels.deliveries", { id: channel.id })),
      (rows) => rows[0]?.status === "delivered",
    );
    expect(deliveries[0]).toMatchObject({ status: "delivered", attempts: 2, last_status_code: 204 });
    expect(received).toHaveLength(2);
    for (const request of received) {
      const expected = `sha256=${createHmac("sha256", webhookSecret).update(request.body, "utf8").digest("hex")}`;
      const given = String(request.headers["x-kefu-signature"]);
      expect(given.length).toBe(expected.length);
      expect(timingSafeEqual(Buffer.from(given), Buffer.from(expected))).toBe(true);
      expect(Math.abs(Number(request.headers["x-kefu-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
      expect(request.headers["content-type"]).toContain("application/json");
    }
    expect(received[0].body).toBe(received[1].body);
    expect(JSON.parse(received[0].body)).toMatchObject({ type: "ping", channelId: channel.id });
    const wrongSecret = `sha256=${createHmac("sha256", "not-the-secret").update(received[0].body).digest("hex")}`;
    expect(received[0].headers["x-kefu-signature"]).not.toBe(wrongSecret);
  });
});
