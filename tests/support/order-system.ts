import http from "node:http";
import type { AddressInfo } from "node:net";

export type OrderSystem = {
  url: string;
  /** Requests received, in order, with their parsed JSON bodies. */
  requests: { method: string; path: string; body: unknown; headers: http.IncomingHttpHeaders }[];
  stop: () => Promise<void>;
};

const ORDERS: Record<string, unknown> = {
  "2024110812345678": { orderId: "2024110812345678", status: "shipped", customerId: "c-1", items: [{ sku: "SKU-1", name: "无线降噪耳机", quantity: 1, price: 899 }], tracking: { carrier: "SF", number: "SF1234567890123" } },
  DD20241108001: { orderId: "DD20241108001", status: "delivered", customerId: "c-2", items: [{ sku: "SKU-2", name: "Smart kettle", quantity: 1, price: 259 }], tracking: { carrier: "YT", number: "YT1234567890123" } },
  "2024111009876543": { orderId: "2024111009876543", status: "paid", customerId: "c-3", items: [{ sku: "SKU-3", name: "Down jacket", quantity: 1, price: 1299 }] },
};

/**
 * A customer's order system played by a local HTTP server with the demo commerce contract. Special
 * order numbers misbehave: 1111111111 hangs, 5000000000 answers 500, 7777777777 answers broken JSON.
 */
export async function startOrderSystem(): Promise<OrderSystem> {
  const requests: OrderSystem["requests"] = [];
  const hanging: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      const path = req.url ?? "/";
      let body: unknown = null;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        body = raw;
      }
      requests.push({ method: req.method ?? "GET", path, body, headers: req.headers });
      const zh = !/^en/i.test(req.headers["accept-language"] ?? "");
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(JSON.stringify(payload));
      };
      const order = /^\/orders\/([^/?]+)$/.exec(path);
      if (order) {
        const id = decodeURIComponent(order[1]);
        if (id === "1111111111") return void hanging.push(res);
        if (id === "5000000000") return send(500, { error: "internal" });
        if (id === "7777777777") {
          res.writeHead(200, { "Content-Type": "application/json" });
          return void res.end('{"orderId": "7777777777", "status": ');
        }
        return ORDERS[id] ? send(200, ORDERS[id]) : send(404, { error: "not found" });
      }
      const parcel = /^\/logistics\/([^/?]+)$/.exec(path);
      if (parcel) {
        const number = decodeURIComponent(parcel[1]);
        if (!number.startsWith("SF") && !number.startsWith("YT")) return send(404, { error: "not found" });
        return send(200, { status: zh ? "运输中" : "In transit", location: zh ? "杭州转运中心" : "Hangzhou hub", eta: "2024-11-11", events: [{ time: "2024-11-09T09:45:00+08:00", description: "到达杭州" }] });
      }
      if (path === "/returns" && req.method === "POST") return send(201, { returnId: `RT-${String(requests.length).padStart(4, "0")}` });
      send(404, { error: "no route" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
