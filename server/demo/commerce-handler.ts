import { z } from "zod";
import { PRODUCTS, type Localized } from "./commerce-catalog";
import type { DemoCommerceData, DemoOrder, DemoParcel } from "./commerce-data";

export type Lang = "zh" | "en";

const STAGES: Record<DemoParcel["stage"], Localized> = {
  in_transit: { zh: "运输中", en: "In transit" },
  out_for_delivery: { zh: "派送中", en: "Out for delivery" },
  delivered: { zh: "已签收", en: "Delivered" },
  returned: { zh: "已退回", en: "Returned to sender" },
};

const returnSchema = z.object({ orderId: z.string().min(1).max(40), reason: z.string().min(1).max(500) });

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

function fail(status: number, code: string, message: string): Response {
  return json({ error: { code, message } }, status);
}

/** `?lang=en` or an English Accept-Language gets English names and statuses; Chinese otherwise. */
export function requestLang(request: Request): Lang {
  const url = new URL(request.url);
  const wanted = url.searchParams.get("lang") ?? request.headers.get("accept-language") ?? "";
  return /^en\b/i.test(wanted.trim()) ? "en" : "zh";
}

export function renderOrder(order: DemoOrder, lang: Lang) {
  return {
    orderId: order.orderId,
    status: order.status,
    customerId: order.customerId,
    items: order.items.map((item) => {
      const product = PRODUCTS.find((candidate) => candidate.sku === item.sku);
      return { sku: item.sku, name: product?.name[lang] ?? item.sku, quantity: item.quantity, price: product?.price ?? 0 };
    }),
    ...(order.tracking ? { tracking: { carrier: order.tracking.carrier, number: order.tracking.number } } : {}),
  };
}

export function renderLogistics(parcel: DemoParcel, lang: Lang) {
  const day = (offset: number, time: string) =>
    `${new Date(Date.parse(`${parcel.placedOn}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10)}T${time}+08:00`;
  const events = [
    { time: day(0, "18:20:00"), description: lang === "zh" ? "快递员已揽收" : "Picked up by the courier" },
    { time: day(1, "09:45:00"), description: lang === "zh" ? `到达 ${parcel.location.zh}` : `Arrived at ${parcel.location.en}` },
  ];
  if (parcel.stage === "out_for_delivery") events.push({ time: day(2, "08:30:00"), description: lang === "zh" ? "快递员正在派送" : "Out for delivery" });
  if (parcel.stage === "delivered") events.push({ time: day(2, "15:10:00"), description: lang === "zh" ? "已签收，签收人：本人" : "Delivered, signed by the recipient" });
  if (parcel.stage === "returned") events.push({ time: day(3, "11:00:00"), description: lang === "zh" ? "退件已由商家签收" : "Return received by the merchant" });
  return { status: STAGES[parcel.stage][lang], location: parcel.location[lang], eta: parcel.eta, events: events.reverse() };
}

/**
 * The demo order system (contracts.md): GET /orders/{id}, GET /logistics/{trackingNumber} (an order
 * number works too, through its tracking), POST /returns. `returns` holds return ids per process.
 */
export async function handleDemoCommerce(
  data: DemoCommerceData,
  returns: Map<string, string>,
  request: Request,
  path: string,
): Promise<Response> {
  const lang = requestLang(request);
  const [resource, id, ...rest] = path.replace(/^\/+|\/+$/g, "").split("/").map(decodeURIComponent);
  if (rest.length > 0) return fail(404, "not_found", "Unknown path.");
  if (request.method === "GET" && resource === "orders" && id) {
    const order = data.orders.get(id);
    return order ? json(renderOrder(order, lang)) : fail(404, "not_found", `Order ${id} not found.`);
  }
  if (request.method === "GET" && resource === "logistics" && id) {
    const parcel = data.parcels.get(id.toUpperCase()) ?? findParcelByOrder(data, id);
    return parcel ? json(renderLogistics(parcel, lang)) : fail(404, "not_found", `No shipment for ${id}.`);
  }
  if (request.method === "POST" && resource === "returns" && !id) return createReturn(data, returns, request);
  return fail(404, "not_found", "Unknown path.");
}

function findParcelByOrder(data: DemoCommerceData, orderId: string): DemoParcel | undefined {
  const number = data.orders.get(orderId)?.tracking?.number;
  return number ? data.parcels.get(number) : undefined;
}

async function createReturn(data: DemoCommerceData, returns: Map<string, string>, request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return fail(400, "invalid", "The body is not valid JSON.");
  }
  const parsed = returnSchema.safeParse(body);
  if (!parsed.success) return fail(400, "invalid", parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
  const order = data.orders.get(parsed.data.orderId);
  if (!order) return fail(404, "not_found", `Order ${parsed.data.orderId} not found.`);
  if (order.status === "cancelled" || order.status === "returned") {
    return fail(409, "conflict", `Order ${order.orderId} is ${order.status} and cannot be returned.`);
  }
  const existing = returns.get(order.orderId);
  if (existing) return json({ returnId: existing });
  const returnId = `RT${order.orderId.replace(/\D/g, "").slice(-8)}${String(returns.size + 1).padStart(3, "0")}`;
  returns.set(order.orderId, returnId);
  return json({ returnId });
}
