import { describe, expect, it } from "vitest";
import { lintScript } from "./lint";
import { draftScriptContentSchema, type ScriptContent, scriptContentSchema, scriptKeySchema, type ScriptVariant } from "./model";

const v = (text: string, extra: Partial<ScriptVariant> = {}): ScriptVariant => ({ tier: "any", emotion: "any", locale: "zh-CN", text, ...extra });
const content = (variants: ScriptVariant[], channels: ScriptContent["channels"] = ["web"]): ScriptContent => ({ description: "", tags: [], channels, variants });
const codes = (c: ScriptContent, o = {}) => lintScript(c, o).map((i) => `${i.variantIndex}:${i.code}`);

describe("lintScript", () => {
  it("accepts known roots and customer fields", () => {
    const text = '{{customer.name}} {{customer.attributes.city}} {{vars.orderId | upper}} {{order.status}} {{conversation.id}} {{understanding.intent.name}} {{customer.tier | default:"普通"}}';
    expect(lintScript(content([v(text)]))).toEqual([]);
  });

  it("flags unknown roots and customer fields", () => {
    const c = content([v("{{user.name}} {{customer.email}} {{customer.attributes}} {{vars}} {{customer.name.first}}")]);
    expect(lintScript(c).map((i) => i.params.path)).toEqual(["user.name", "customer.email", "customer.attributes", "vars", "customer.name.first"]);
    expect(lintScript(c).every((i) => i.code === "unknown_variable" && i.severity === "error")).toBe(true);
    expect(codes(content([v("{{shop.name}}")]), { knownRoots: ["shop"] })).toEqual([]);
  });

  it("measures length in characters against the strictest channel", () => {
    const zh = "好".repeat(201);
    expect(codes(content([v(zh)], ["web", "email"]))).toEqual([]);
    const issues = lintScript(content([v(zh)], ["web", "phone"]));
    expect(issues).toMatchObject([{ code: "too_long", severity: "warning", params: { length: 201, limit: 200, channel: "phone" } }]);
    expect(codes(content([v(zh)], []))).toEqual(["0:too_long"]);
    expect(codes(content([v(zh)], ["phone"]), { channelLimits: { phone: 300 } })).toEqual([]);
  });

  it("finds banned words case-insensitively in text, quick replies and rich labels", () => {
    const c = content([v("这是最便宜的"), v("ok", { locale: "en", quickReplies: ["Cheapest deal"] }), v("ok", { tier: "vip", rich: { kind: "link", label: "最便宜", url: "https://a.cn" } })]);
    expect(codes(c, { bannedWords: ["最便宜", "CHEAPEST", " "] })).toEqual(["0:banned_word", "1:banned_word", "2:banned_word"]);
  });

  it("reports empty text, duplicates, unknown formatters and invalid tags", () => {
    const c = content([v("  "), v("{{vars.a | shout}} {{{vars.b}}}", { locale: "en" }), v("x")]);
    expect(codes(c)).toEqual(["0:empty_text", "1:unknown_formatter", "1:invalid_tag", "2:duplicate_variant"]);
  });
});

describe("model schemas", () => {
  it("validate keys, urls, quick replies and unique variants", () => {
    expect(["refund.ask_order", "a.b.c.d.e.f", "csat.ask_1"].every((k) => scriptKeySchema.safeParse(k).success)).toBe(true);
    expect(["refund", "Refund.ask", "a.b.c.d.e.f.g", "a..b", "a.b-c", "a.b."].some((k) => scriptKeySchema.safeParse(k).success)).toBe(false);
    const ok = content([v("你好", { quickReplies: ["是", "否"], rich: { kind: "button", label: "查看", url: "http://shop.example.com" } })]);
    expect(scriptContentSchema.safeParse(ok).success).toBe(true);
    const bad = (variant: ScriptVariant) => scriptContentSchema.safeParse(content([variant])).success;
    expect(bad(v("x", { rich: { kind: "link", label: "x", url: "javascript:alert(1)" } }))).toBe(false);
    expect(bad(v("x", { quickReplies: Array.from({ length: 11 }, (_, i) => `q${i}`) }))).toBe(false);
    expect(bad(v("x", { quickReplies: ["a|b"] }))).toBe(false);
    expect(bad(v("   "))).toBe(false);
    expect(bad(v("x".repeat(2001)))).toBe(false);
    const dup = content([v("a"), v("b")]);
    const r = scriptContentSchema.safeParse(dup);
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join("."))).toEqual(["variants.1"]);
    expect(draftScriptContentSchema.safeParse(content([v(""), v("")])).success).toBe(true);
  });
});
