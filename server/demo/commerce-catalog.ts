// Fixed demo data: the customers the demo workspace knows and the products they bought.
export type Localized = { zh: string; en: string };

export type DemoCommerceCustomer = { id: string; name: string; tier: "vip" | "normal"; locale: "zh-CN" | "en" };

export const DEMO_COMMERCE_CUSTOMERS: readonly DemoCommerceCustomer[] = [
  { id: "cust-vip-001", name: "王丽", tier: "vip", locale: "zh-CN" },
  { id: "cust-vip-002", name: "Emily Chen", tier: "vip", locale: "en" },
  { id: "cust-001", name: "张伟", tier: "normal", locale: "zh-CN" },
  { id: "cust-002", name: "James Miller", tier: "normal", locale: "en" },
  { id: "cust-003", name: "李娜", tier: "normal", locale: "zh-CN" },
];

export type Product = { sku: string; name: Localized; price: number };

export const PRODUCTS: readonly Product[] = [
  { sku: "SKU-EARBUDS-01", name: { zh: "无线降噪耳机", en: "Wireless noise-cancelling earbuds" }, price: 899 },
  { sku: "SKU-KETTLE-02", name: { zh: "智能电热水壶", en: "Smart electric kettle" }, price: 259 },
  { sku: "SKU-JACKET-03", name: { zh: "男士羽绒服", en: "Men's down jacket" }, price: 1299 },
  { sku: "SKU-SERUM-04", name: { zh: "保湿精华液 30ml", en: "Hydrating serum 30 ml" }, price: 368 },
  { sku: "SKU-POWERBANK-05", name: { zh: "20000mAh 充电宝", en: "20,000 mAh power bank" }, price: 159 },
  { sku: "SKU-SNEAKER-06", name: { zh: "缓震跑步鞋", en: "Cushioned running shoes" }, price: 699 },
  { sku: "SKU-TEA-07", name: { zh: "西湖龙井礼盒", en: "West Lake Longjing tea gift box" }, price: 428 },
  { sku: "SKU-LAMP-08", name: { zh: "护眼台灯", en: "Eye-care desk lamp" }, price: 199 },
];

export const CITIES: readonly Localized[] = [
  { zh: "上海转运中心", en: "Shanghai sorting centre" },
  { zh: "广州白云分拨中心", en: "Guangzhou Baiyun hub" },
  { zh: "北京顺义集散中心", en: "Beijing Shunyi hub" },
  { zh: "杭州余杭营业部", en: "Hangzhou Yuhang depot" },
  { zh: "成都双流转运中心", en: "Chengdu Shuangliu hub" },
];

export const CARRIERS = {
  SF: { zh: "顺丰速运", en: "SF Express" },
  YT: { zh: "圆通速递", en: "YTO Express" },
  JD: { zh: "京东物流", en: "JD Logistics" },
} as const satisfies Record<string, Localized>;

export type CarrierCode = keyof typeof CARRIERS;
