import { describe, expect, it } from "vitest";
import { listTemplateVariables, parseTemplate, renderTemplate, type TemplateContext } from "./render-template";

const ctx: TemplateContext = {
  customer: { id: "c1", name: "王小明", tier: "vip", locale: "zh-CN", attributes: { city: "上海" } },
  vars: { orderId: "2024110812345678", amount: 1234.5, count: 0, paid: true, flag: false, eta: "2024-11-08", items: [{ name: "耳机" }], tags: ["a", "b"] },
  conversation: { id: "conv1" },
};

describe("renderTemplate: paths", () => {
  it("fills nested paths with optional whitespace", () => {
    const r = renderTemplate("{{customer.name}}您好，订单{{ vars.orderId }}，城市{{  customer.attributes.city  }}，商品{{vars.items.0.name}}", ctx);
    expect(r.text).toBe("王小明您好，订单2024110812345678，城市上海，商品耳机");
    expect(r.missing).toEqual([]);
  });

  it("renders numbers, zero, booleans and arrays of primitives", () => {
    expect(renderTemplate("{{vars.amount}}|{{vars.count}}|{{vars.paid}}|{{vars.flag}}|{{vars.tags}}", ctx).text).toBe("1234.5|0|true|false|a, b");
  });

  it("renders missing variables as empty and reports each path once, in order", () => {
    const r = renderTemplate("{{vars.nope}}-{{customer.email}}-{{vars.nope}}-{{order.status}}", ctx);
    expect(r.text).toBe("---");
    expect(r.missing).toEqual(["vars.nope", "customer.email", "order.status"]);
  });

  it("treats objects as missing instead of printing [object Object]", () => {
    const r = renderTemplate("[{{customer.attributes}}]", ctx);
    expect(r.text).toBe("[]");
    expect(r.missing).toEqual(["customer.attributes"]);
  });

  it("reads order from the root, falling back to vars.order", () => {
    expect(renderTemplate("{{order.status}}", { vars: { order: { status: "shipped" } } }).text).toBe("shipped");
    expect(renderTemplate("{{order.status}}", { order: { status: "paid" }, vars: { order: { status: "shipped" } } }).text).toBe("paid");
  });

  it("never walks the prototype chain", () => {
    const paths = ["vars.__proto__", "vars.constructor", "vars.constructor.name", "customer.__proto__.toString", "vars.toString", "vars.hasOwnProperty", "vars.orderId.length", "customer.prototype"];
    for (const p of paths) {
      const r = renderTemplate(`<{{${p}}}>`, ctx);
      expect(r.text, p).toBe("<>");
      expect(r.missing, p).toEqual([p]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("executes nothing: expressions are invalid tags kept as literal text", () => {
    const tpl = "{{ vars.orderId + 1 }}{{ process.exit() }}{{ a b }}";
    const r = renderTemplate(tpl, ctx);
    expect(r.text).toBe(tpl);
    expect(r.invalidTags).toEqual(["{{ vars.orderId + 1 }}", "{{ process.exit() }}", "{{ a b }}"]);
  });

  it("does not support triple-brace raw output", () => {
    const r = renderTemplate("x{{{vars.orderId}}}y", ctx, { escape: "html" });
    expect(r.text).toBe("x{{{vars.orderId}}}y");
    expect(r.invalidTags).toEqual(["{{{vars.orderId}}}"]);
  });

  it("keeps unbalanced braces as text and still renders later tags", () => {
    expect(renderTemplate("a {{ b {{customer.name}} }} {{", ctx).text).toBe("a {{ b 王小明 }} {{");
  });
});

describe("renderTemplate: escaping", () => {
  const evil: TemplateContext = { customer: { name: `<script>alert("x")</script>` }, vars: { q: "Tom & 'Jerry'" } };

  it("escapes values in html mode", () => {
    expect(renderTemplate("Hi {{customer.name}}", evil, { escape: "html" }).text).toBe("Hi &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(renderTemplate("{{vars.q}}", evil, { escape: "html" }).text).toBe("Tom &amp; &#39;Jerry&#39;");
  });

  it("escapes the template text too in html mode (the whole output is text)", () => {
    expect(renderTemplate("<b>{{vars.q}}</b>", evil, { escape: "html" }).text).toBe("&lt;b&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;");
  });

  it("leaves text untouched by default and with escape none", () => {
    expect(renderTemplate("<{{customer.name}}>", evil).text).toBe(`<<script>alert("x")</script>>`);
    expect(renderTemplate("{{vars.q}}", evil, { escape: "none" }).text).toBe("Tom & 'Jerry'");
  });
});

describe("renderTemplate: formatters", () => {
  it("formats money by locale with two decimals, CNY by default", () => {
    expect(renderTemplate("{{vars.amount | money}}", ctx).text).toBe("¥1,234.50");
    expect(renderTemplate("{{vars.amount|money}}", ctx, { locale: "en" }).text).toBe("CN¥1,234.50");
    expect(renderTemplate('{{vars.amount | money:"USD"}}', ctx, { locale: "en" }).text).toBe("$1,234.50");
    expect(renderTemplate("{{vars.s | money}}", { vars: { s: "12" } }).text).toBe("¥12.00");
    expect(renderTemplate("{{vars.s | money}}", { vars: { s: "n/a" } }).text).toBe("n/a");
  });

  it("formats dates as YYYY-MM-DD or the locale's long form", () => {
    expect(renderTemplate("{{vars.eta | date}}", ctx).text).toBe("2024-11-08");
    expect(renderTemplate('{{vars.eta | date:"long"}}', ctx).text).toBe("2024年11月8日");
    expect(renderTemplate('{{vars.eta | date:"long"}}', ctx, { locale: "en" }).text).toBe("November 8, 2024");
    // 2024-11-08T20:00Z is already the 9th in Shanghai
    expect(renderTemplate("{{vars.t | date}}", { vars: { t: "2024-11-08T20:00:00Z" } }).text).toBe("2024-11-09");
    expect(renderTemplate("{{vars.t | date}}", { vars: { t: "2024-11-08T20:00:00Z" } }, { timeZone: "UTC" }).text).toBe("2024-11-08");
    expect(renderTemplate("{{vars.t | date}}", { vars: { t: "soon" } }).text).toBe("soon");
  });

  it("upper, lower, truncate and chains", () => {
    const c: TemplateContext = { vars: { s: "Hello World", zh: "非常理解您的焦急" } };
    expect(renderTemplate("{{vars.s|upper}} {{vars.s | lower}}", c).text).toBe("HELLO WORLD hello world");
    expect(renderTemplate("{{vars.zh | truncate:4}}|{{vars.s | truncate:20}}", c).text).toBe("非常理解…|Hello World");
    expect(renderTemplate("{{vars.s | truncate:5 | upper}}", c).text).toBe("HELLO…");
  });

  it("default fills missing or empty values and then nothing is reported", () => {
    const r = renderTemplate('{{customer.name | default:"顾客"}}/{{vars.e | default:"x|y \\"q\\""}}/{{vars.n | upper | default:"N"}}', { vars: { e: "" } });
    expect(r.text).toBe('顾客/x|y "q"/N');
    expect(r.missing).toEqual([]);
    expect(renderTemplate('{{customer.name | default:"顾客"}}', ctx).text).toBe("王小明");
    expect(renderTemplate('{{vars.count | default:"9"}}', ctx).text).toBe("0");
  });

  it("keeps a tag with an unknown formatter literal and reports it", () => {
    const r = renderTemplate("a {{ vars.orderId | shout }} b {{vars.amount | money}}", ctx);
    expect(r.text).toBe("a {{ vars.orderId | shout }} b ¥1,234.50");
    expect(r.unknownFormatters).toEqual(["shout"]);
    expect(r.missing).toEqual([]);
  });
});

describe("listTemplateVariables / parseTemplate", () => {
  it("lists distinct paths of valid tags in order", () => {
    expect(listTemplateVariables('{{customer.name}} {{ vars.orderId | upper }} {{customer.name}} {{{raw}}} {{ order.status | default:"?" }}')).toEqual([
      "customer.name",
      "vars.orderId",
      "order.status",
    ]);
    expect(listTemplateVariables("no tags")).toEqual([]);
  });

  it("parses formatter arguments", () => {
    const [token] = parseTemplate('{{ vars.a | money:"USD" | truncate:3 | upper }}');
    expect(token.kind === "tag" && token.tag.formatters).toEqual([{ name: "money", arg: "USD" }, { name: "truncate", arg: "3" }, { name: "upper" }]);
  });
});
