import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";

let seeded: TestServer;
let bare: TestServer;

beforeAll(async () => {
  [seeded, bare] = await Promise.all([startServer(), startServer({ SEED_DEMO: "false" })]);
});
afterAll(async () => {
  await Promise.all([seeded?.stop(), bare?.stop()]);
});

const get = (server: TestServer, path: string, headers: Record<string, string> = {}) => fetch(`${server.url}/demo/commerce${path}`, { headers });

describe("demo commerce backend (/demo/commerce)", () => {
  it("GET /orders/{id}: the contract's fields, or 404", async () => {
    const response = await get(seeded, "/orders/DD20241108001");
    expect(response.status).toBe(200);
    const order = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(order).sort()).toEqual(["customerId", "items", "orderId", "status", "tracking"]);
    expect(order).toMatchObject({ orderId: "DD20241108001", status: "delivered", tracking: { carrier: "YT", number: "YT1234567890123" } });
    for (const item of order.items as Record<string, unknown>[]) expect(Object.keys(item).sort()).toEqual(["name", "price", "quantity", "sku"]);
    const paid = (await (await get(seeded, "/orders/2024111009876543")).json()) as Record<string, unknown>;
    expect(paid.status).toBe("paid");
    expect(paid).not.toHaveProperty("tracking");
    expect((await get(seeded, "/orders/2099123112345678")).status).toBe(404);
  });

  it("GET /logistics/{trackingNumber}: status, location, eta and events", async () => {
    const response = await get(seeded, "/logistics/SF1234567890123", { "Accept-Language": "en-US,en;q=0.9" });
    const parcel = (await response.json()) as { status: string; location: string; eta: string; events: { time: string; description: string }[] };
    expect(parcel).toMatchObject({ status: "In transit", location: "Shanghai sorting centre", eta: "2024-11-11" });
    expect(parcel.events.length).toBeGreaterThanOrEqual(2);
    for (const event of parcel.events) expect(Number.isNaN(Date.parse(event.time))).toBe(false);
    const zh = (await (await get(seeded, "/logistics/JD0012345678901")).json()) as { status: string };
    expect(zh.status).toBe("已退回");
    expect((await get(seeded, "/logistics/YT0000000000000")).status).toBe(404);
  });

  it("POST /returns: a returnId, 400 for a bad body, 404 for an unknown order", async () => {
    const post = (body: unknown) =>
      fetch(`${seeded.url}/demo/commerce/returns`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const created = await post({ orderId: "2024110812345678", reason: "尺码不合适" });
    expect(created.status).toBe(200);
    expect(await created.json()).toEqual({ returnId: expect.stringMatching(/^RT\d+$/) });
    expect((await post({ orderId: "2024110812345678" })).status).toBe(400);
    expect((await post({ orderId: "DD29991231999", reason: "x" })).status).toBe(404);
  });

  it("is not mounted (404) when the workspace was not demo-seeded; the demo page neither", async () => {
    expect((await get(bare, "/orders/DD20241108001")).status).toBe(404);
    expect((await fetch(`${bare.url}/demo/widget`)).status).toBe(404);
    const page = await fetch(`${seeded.url}/demo/widget?lang=en`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/<script src="\/widget\/kefu-widget\.js" data-channel-key="kf_[^"]+" data-locale="en"/);
  });
});
