import { describe, expect, it } from "vitest";
import { DEMO_COMMERCE_CUSTOMERS } from "./commerce-catalog";
import { buildDemoCommerceData, ORDER_STATUSES } from "./commerce-data";
import { handleDemoCommerce } from "./commerce-handler";

describe("demo commerce data", () => {
  it("is deterministic: 20 orders for the demo customers, every status, well-formed numbers", () => {
    const data = buildDemoCommerceData();
    expect([...buildDemoCommerceData().orders.keys()]).toEqual([...data.orders.keys()]);
    const orders = [...data.orders.values()];
    expect(orders).toHaveLength(20);
    expect(new Set(orders.map((order) => order.status))).toEqual(new Set(ORDER_STATUSES));
    const customers = new Set(DEMO_COMMERCE_CUSTOMERS.map((customer) => customer.id));
    for (const order of orders) {
      expect(order.orderId).toMatch(/^(\d{16}|DD\d{11})$/);
      expect(customers.has(order.customerId)).toBe(true);
      if (order.tracking) expect(order.tracking.number).toMatch(/^(SF|YT|JD)\d{13}$/);
      expect(Boolean(order.tracking)).toBe(order.status !== "paid" && order.status !== "cancelled");
    }
  });
});

describe("demo commerce handler", () => {
  const data = buildDemoCommerceData();
  const call = async (method: string, path: string, body?: unknown, lang = "zh-CN") => {
    const response = await handleDemoCommerce(data, new Map(), new Request(`http://x/demo/commerce/${path}`, {
      method,
      headers: { "Accept-Language": lang },
      body: body === undefined ? undefined : JSON.stringify(body),
    }), path);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("answers the contract's order and logistics shapes, in the caller's language", async () => {
    const order = await call("GET", "orders/2024110812345678");
    expect(order.body).toEqual({
      orderId: "2024110812345678",
      status: "shipped",
      customerId: "cust-vip-001",
      items: [{ sku: "SKU-EARBUDS-01", name: "无线降噪耳机", quantity: 1, price: 899 }],
      tracking: { carrier: "SF", number: "SF1234567890123" },
    });
    const zh = await call("GET", "logistics/SF1234567890123");
    expect(zh.body).toMatchObject({ status: "运输中", location: "上海转运中心", eta: "2024-11-11" });
    const en = await call("GET", "logistics/2024110812345678", undefined, "en-US");
    expect(en.body).toMatchObject({ status: "In transit", location: "Shanghai sorting centre" });
    expect((en.body.events as unknown[]).length).toBeGreaterThan(0);
  });

  it("404s unknown orders and parcels, 400s bad return bodies, 409s cancelled orders", async () => {
    expect((await call("GET", "orders/2099010100000000")).status).toBe(404);
    expect((await call("GET", "logistics/SF0000000000000")).status).toBe(404);
    expect((await call("POST", "returns", { orderId: "DD20241108001" })).status).toBe(400);
    expect((await call("POST", "returns", { orderId: "DD20241109002", reason: "x" })).status).toBe(409);
    const created = await call("POST", "returns", { orderId: "DD20241108001", reason: "质量问题" });
    expect(created.body.returnId).toMatch(/^RT\d+$/);
  });
});
