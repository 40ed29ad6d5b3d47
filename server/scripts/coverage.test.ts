import { describe, expect, it } from "vitest";
import { computeCoverage } from "./coverage";
import type { ScriptContent } from "./model";

const content = (variants: ScriptContent["variants"]): ScriptContent => ({ description: "", tags: [], channels: ["web"], variants });

describe("computeCoverage", () => {
  it("shows own cells, fallbacks to the generic text, and a missing locale", () => {
    const c = computeCoverage(
      content([
        { tier: "any", emotion: "any", locale: "zh-CN", text: "您好" },
        { tier: "vip", emotion: "angry", locale: "zh-CN", text: "尊贵的会员，非常抱歉" },
      ]),
    );
    expect(c.summary).toEqual({ cells: 20, own: 1, fallback: 9, missing: 10 });
    const zh = c.locales.find((l) => l.locale === "zh-CN");
    const vipAngry = zh?.rows.find((r) => r.tier === "vip")?.cells.find((x) => x.emotion === "angry");
    expect(vipAngry).toMatchObject({ source: "own", answeredBy: { address: { tier: "vip", emotion: "angry", locale: "zh-CN" }, variantIndex: 1 } });
    const normalAngry = zh?.rows.find((r) => r.tier === "normal")?.cells.find((x) => x.emotion === "angry");
    expect(normalAngry).toMatchObject({ source: "fallback", answeredBy: { address: { tier: "any", emotion: "any", locale: "zh-CN" }, variantIndex: 0 } });
    expect(normalAngry?.path).toEqual(["normal/angry/zh-CN", "any/angry/zh-CN", "normal/any/zh-CN", "any/any/zh-CN"]);
    const en = c.locales.find((l) => l.locale === "en");
    expect(en?.rows.flatMap((r) => r.cells).every((x) => x.source === "missing" && x.answeredBy === null && x.path.length === 8)).toBe(true);
  });

  it("a language-neutral generic variant covers every cell as a fallback", () => {
    const c = computeCoverage(content([{ tier: "any", emotion: "any", locale: "any", text: "👍" }]));
    expect(c.summary).toEqual({ cells: 20, own: 0, fallback: 20, missing: 0 });
    expect(c.locales.map((l) => l.rows.map((r) => r.cells.length))).toEqual([[5, 5], [5, 5]]);
  });
});
