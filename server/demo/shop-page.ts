import { PRODUCTS } from "./commerce-catalog";

type ShopPageOptions = { channelKey: string; locale: "zh-CN" | "en"; customerId?: string; tier?: "vip" | "normal" };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char);

const COPY = {
  "zh-CN": {
    title: "Kefu 演示商城",
    tagline: "一个假的网店，右下角是 Kefu Studio 的网页客服挂件。",
    tryIt: "试试这些：",
    examples: ["我的快递到哪了？", "顺丰单号 SF1234567890123", "我要退货，订单号 DD20241108001", "转人工"],
    switchTo: "English",
    buy: "加入购物车",
  },
  en: {
    title: "Kefu Demo Shop",
    tagline: "A pretend online shop; the Kefu Studio chat widget sits in the bottom-right corner.",
    tryIt: "Try these:",
    examples: ["Where is my parcel?", "Tracking number SF1234567890123", "I want to return order DD20241108001", "I want a human agent"],
    switchTo: "中文",
    buy: "Add to cart",
  },
} as const;

/** The demo page: static HTML, no console code; the only script is the public widget tag. */
export function renderDemoShopPage(options: ShopPageOptions): string {
  const copy = COPY[options.locale];
  const lang = options.locale === "en" ? "en" : "zh";
  const other = options.locale === "en" ? "zh-CN" : "en";
  const products = PRODUCTS.slice(0, 6)
    .map(
      (product) => `<article class="card"><div class="img">${escapeHtml(product.name[lang].slice(0, 1))}</div>
<h3>${escapeHtml(product.name[lang])}</h3><p class="price">¥${product.price}</p><button type="button">${escapeHtml(copy.buy)}</button></article>`,
    )
    .join("\n");
  const attributes = [
    `src="/widget/kefu-widget.js"`,
    `data-channel-key="${escapeHtml(options.channelKey)}"`,
    `data-locale="${options.locale}"`,
    options.customerId ? `data-customer-id="${escapeHtml(options.customerId)}"` : "",
    options.tier ? `data-tier="${options.tier}"` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(copy.title)}</title>
<link rel="icon" href="/favicon.svg">
<style>
body{margin:0;font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#f1f5f9;color:#0f172a}
header{background:#fff;border-bottom:1px solid #e2e8f0;padding:16px 32px;display:flex;justify-content:space-between;align-items:center}
header h1{margin:0;font-size:20px}header a{color:#2563eb;font-size:14px}
main{max-width:1040px;margin:0 auto;padding:24px 32px 120px}
.hint{background:#fff;border:1px solid #e2e8f0;border-radius:10px;padding:14px 18px;margin-bottom:24px;font-size:14px}
.hint code{background:#eff6ff;color:#1d4ed8;padding:2px 6px;border-radius:6px;margin-right:6px;display:inline-block;margin-top:6px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:16px}
.card{background:#fff;border:1px solid #e2e8f0;border-radius:10px;padding:16px}
.img{height:120px;border-radius:8px;background:linear-gradient(135deg,#dbeafe,#fce7f3);display:flex;align-items:center;justify-content:center;font-size:40px;color:#1e3a8a}
.card h3{font-size:15px;margin:12px 0 4px}.price{color:#dc2626;font-weight:600;margin:0 0 10px}
.card button{border:1px solid #cbd5e1;background:#fff;border-radius:6px;padding:6px 12px;cursor:pointer}
</style>
</head>
<body>
<header><h1>${escapeHtml(copy.title)}</h1><a href="?lang=${other}">${escapeHtml(copy.switchTo)}</a></header>
<main>
<div class="hint"><p style="margin:0 0 4px">${escapeHtml(copy.tagline)}</p><strong>${escapeHtml(copy.tryIt)}</strong><br>${copy.examples
    .map((example) => `<code>${escapeHtml(example)}</code>`)
    .join("")}</div>
<div class="grid">
${products}
</div>
</main>
<script ${attributes}></script>
</body>
</html>`;
}
