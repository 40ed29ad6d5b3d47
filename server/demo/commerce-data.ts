import { CARRIERS, CITIES, DEMO_COMMERCE_CUSTOMERS, PRODUCTS, type CarrierCode, type Localized } from "./commerce-catalog";

export const ORDER_STATUSES = ["paid", "shipped", "delivered", "cancelled", "returned"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type DemoOrder = {
  orderId: string;
  status: OrderStatus;
  customerId: string;
  items: { sku: string; quantity: number }[];
  tracking?: { carrier: CarrierCode; number: string };
  /** Day the order was placed (Asia/Shanghai), the origin of every logistics date. */
  placedOn: string;
};

export type DemoParcel = {
  trackingNumber: string;
  orderId: string;
  stage: "in_transit" | "out_for_delivery" | "delivered" | "returned";
  location: Localized;
  eta: string;
  placedOn: string;
};

/** Documented fixtures (README, tests, the demo page) come first; the rest are generated. */
const FIXED: DemoOrder[] = [
  { orderId: "2024110812345678", status: "shipped", customerId: "cust-vip-001", items: [{ sku: "SKU-EARBUDS-01", quantity: 1 }], tracking: { carrier: "SF", number: "SF1234567890123" }, placedOn: "2024-11-08" },
  { orderId: "DD20241108001", status: "delivered", customerId: "cust-001", items: [{ sku: "SKU-KETTLE-02", quantity: 1 }, { sku: "SKU-TEA-07", quantity: 2 }], tracking: { carrier: "YT", number: "YT1234567890123" }, placedOn: "2024-11-08" },
  { orderId: "2024111009876543", status: "paid", customerId: "cust-vip-002", items: [{ sku: "SKU-JACKET-03", quantity: 1 }], placedOn: "2024-11-10" },
  { orderId: "DD20241109002", status: "cancelled", customerId: "cust-002", items: [{ sku: "SKU-LAMP-08", quantity: 1 }], placedOn: "2024-11-09" },
  { orderId: "2024110500001111", status: "returned", customerId: "cust-003", items: [{ sku: "SKU-SNEAKER-06", quantity: 1 }], tracking: { carrier: "JD", number: "JD0012345678901" }, placedOn: "2024-11-05" },
];

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function digits(random: () => number, count: number): string {
  return Array.from({ length: count }, () => Math.floor(random() * 10)).join("");
}

function generated(count: number): DemoOrder[] {
  const random = mulberry32(20241108);
  const carriers = Object.keys(CARRIERS) as CarrierCode[];
  return Array.from({ length: count }, (_, index) => {
    const day = String(1 + (index % 20)).padStart(2, "0");
    const placedOn = `2024-11-${day}`;
    const orderId = index % 2 === 0 ? `202411${day}${digits(random, 8)}` : `DD202411${day}${String(100 + index).padStart(3, "0")}`;
    const status = ORDER_STATUSES[index % ORDER_STATUSES.length];
    const customer = DEMO_COMMERCE_CUSTOMERS[index % DEMO_COMMERCE_CUSTOMERS.length];
    const items = [{ sku: PRODUCTS[index % PRODUCTS.length].sku, quantity: 1 + (index % 3) }];
    const carrier = carriers[index % carriers.length];
    const tracking = status === "paid" || status === "cancelled" ? undefined : { carrier, number: `${carrier}${digits(random, 13)}` };
    return { orderId, status, customerId: customer.id, items, tracking, placedOn };
  });
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function parcelOf(order: DemoOrder, index: number): DemoParcel | null {
  if (!order.tracking) return null;
  const stage =
    order.status === "delivered" ? "delivered" : order.status === "returned" ? "returned" : index % 3 === 2 ? "out_for_delivery" : "in_transit";
  return {
    trackingNumber: order.tracking.number,
    orderId: order.orderId,
    stage,
    location: CITIES[index % CITIES.length],
    eta: addDays(order.placedOn, stage === "in_transit" ? 3 : 2),
    placedOn: order.placedOn,
  };
}

export type DemoCommerceData = { orders: Map<string, DemoOrder>; parcels: Map<string, DemoParcel> };

/** Deterministic: the same 20 orders (5 fixtures + 15 generated) on every start and machine. */
export function buildDemoCommerceData(): DemoCommerceData {
  const all = [...FIXED, ...generated(15)];
  const orders = new Map(all.map((order) => [order.orderId, order]));
  const parcels = new Map<string, DemoParcel>();
  all.forEach((order, index) => {
    const parcel = parcelOf(order, index);
    if (parcel) parcels.set(parcel.trackingNumber, parcel);
  });
  return { orders, parcels };
}
