import { describe, expect, it } from "vitest";
import { listTemplateVariables, renderTemplate } from "../../flows/render-template";
import { computeCoverage } from "./coverage";
import { DEMO_SCRIPTS, REFUND_CONFIRM_EXPERIMENT } from "./demo-scripts";
import { lintScript } from "./lint";
import { scriptContentSchema, scriptKeySchema } from "./model";
import { resolveScript } from "./resolve";

// The table of contracts.md: key → template variables it may use.
const CONTRACT: Record<string, string[]> = {
  "greeting.welcome": ["customer.name"],
  "fallback.not_understood": [],
  "common.anything_else": [],
  "soothe.angry": ["customer.name"],
  "soothe.anxious": ["customer.name"],
  "order.ask_number": [],
  "order.reprompt_number": [],
  "order.not_found": ["vars.orderId"],
  "order.status": ["vars.orderId", "vars.orderStatus", "vars.itemName"],
  "order.api_error": [],
  "refund.confirm_item": ["vars.itemName", "vars.orderId"],
  "refund.ask_reason": [],
  "refund.confirm": ["vars.orderId", "vars.reasonText"],
  "refund.created": ["vars.returnId"],
  "logistics.ask_number": [],
  "logistics.status": ["vars.logisticsStatus", "vars.location", "vars.eta"],
  "logistics.not_found": ["vars.trackingNumber"],
  "complaint.empathy": ["customer.name"],
  "complaint.ticket_created": ["vars.ticketId"],
  "handoff.notice": [],
  "handoff.expert": ["customer.name"],
  "csat.ask": [],
  "end.goodbye": ["customer.name"],
  "kb.no_answer": [],
};

const sample = {
  customer: { id: "c1", name: "王小明", tier: "vip", locale: "zh-CN" },
  vars: { orderId: "2024110812345678", orderStatus: "shipped", itemName: "蓝牙耳机", reasonText: "质量问题", returnId: "R1001", logisticsStatus: "运输中", location: "上海", eta: "2024-11-10", trackingNumber: "SF1234567890123", ticketId: "T42" },
};

const scriptsToCheck = [...DEMO_SCRIPTS, ["refund.confirm (treatment)", REFUND_CONFIRM_EXPERIMENT.treatment] as const];

describe("demo scripts", () => {
  it("seed exactly the contracts.md keys", () => {
    expect([...DEMO_SCRIPTS.keys()].sort()).toEqual(Object.keys(CONTRACT).sort());
    for (const key of DEMO_SCRIPTS.keys()) expect(scriptKeySchema.safeParse(key).success, key).toBe(true);
  });

  for (const [key, content] of scriptsToCheck) {
    it(`${key}: valid, lint-clean, generic/vip/angry/anxious text in zh-CN and en`, () => {
      expect(scriptContentSchema.safeParse(content).success).toBe(true);
      expect(lintScript(content)).toEqual([]);
      const has = (tier: string, emotion: string, locale: string) => content.variants.some((v) => v.tier === tier && v.emotion === emotion && v.locale === locale && v.text.trim() !== "");
      for (const locale of ["zh-CN", "en"]) {
        for (const [tier, emotion] of [["any", "any"], ["vip", "any"], ["any", "angry"], ["any", "anxious"]]) expect(has(tier, emotion, locale), `${tier}/${emotion}/${locale}`).toBe(true);
        if (/^(soothe|complaint|handoff)\./.test(key)) expect(has("vip", "angry", locale), `vip/angry/${locale}`).toBe(true);
      }
      expect(computeCoverage(content).summary.missing).toBe(0);
    });

    it(`${key}: uses only its contract variables and renders them all`, () => {
      const allowed = CONTRACT[key.split(" ")[0]];
      for (const v of content.variants) {
        for (const path of listTemplateVariables(v.text)) expect(allowed, `${v.locale} ${v.text}`).toContain(path);
        const r = renderTemplate(v.text, sample, { locale: v.locale });
        expect(r.missing).toEqual([]);
        expect(r.text).not.toContain("{{");
        if (v.locale === "en") expect(v.text).not.toMatch(/\p{Script=Han}/u);
      }
    });
  }

  it("offers quick replies where the flow expects a choice", () => {
    const qr = (key: string, locale: "zh-CN" | "en") => {
      const r = resolveScript(DEMO_SCRIPTS.get(key), { tier: "normal", emotion: "neutral", locale });
      return r.ok ? r.variant.quickReplies : undefined;
    };
    expect(qr("refund.confirm_item", "zh-CN")).toEqual(["是", "否"]);
    expect(qr("refund.confirm_item", "en")).toEqual(["Yes", "No"]);
    expect(qr("refund.ask_reason", "zh-CN")?.length).toBeGreaterThanOrEqual(3);
    expect(qr("csat.ask", "en")).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("speaks the soothing line to an anxious customer", () => {
    const r = resolveScript(DEMO_SCRIPTS.get("soothe.anxious"), { tier: "normal", emotion: "neutral", locale: "zh-CN" });
    expect(r.ok && renderTemplate(r.variant.text, sample).text).toBe("王小明，非常理解您的焦急，我已为您加急处理，请您放心。");
  });

  it("keeps the two refund.confirm wordings for the A/B test", () => {
    const zh = (c: typeof REFUND_CONFIRM_EXPERIMENT.control) => c.variants.filter((v) => v.locale === "zh-CN").map((v) => v.text);
    expect(zh(REFUND_CONFIRM_EXPERIMENT.control).every((t) => t.includes("点击链接立即解决"))).toBe(true);
    expect(zh(REFUND_CONFIRM_EXPERIMENT.treatment).every((t) => t.includes("我为您生成专属解决方案"))).toBe(true);
    expect(REFUND_CONFIRM_EXPERIMENT.control).toBe(DEMO_SCRIPTS.get("refund.confirm"));
  });
});
