import { describe, expect, it } from "vitest";
import { diffScriptContent, diffText } from "./diff";
import type { ScriptContent } from "./model";

const base: ScriptContent = {
  description: "退款确认",
  tags: ["refund", "demo"],
  channels: ["web", "app"],
  variants: [
    { tier: "any", emotion: "any", locale: "zh-CN", text: "您好，请确认退款。", quickReplies: ["是", "否"] },
    { tier: "any", emotion: "any", locale: "en", text: "Please confirm the refund." },
    { tier: "vip", emotion: "any", locale: "en", text: "Dear member, please confirm." },
  ],
};

describe("diffScriptContent", () => {
  it("finds no change in a copy with variants reordered", () => {
    const d = diffScriptContent(base, { ...base, variants: [...base.variants].reverse() });
    expect(d).toMatchObject({ changed: false, description: null, tags: null, channels: null, variants: [], summary: { added: 0, removed: 0, changed: 0 } });
  });

  it("reports metadata, added, removed and changed variants", () => {
    const after: ScriptContent = {
      description: "退款前确认",
      tags: ["refund", "v2"],
      channels: ["web", "app", "email"],
      variants: [
        { tier: "any", emotion: "any", locale: "zh-CN", text: "您好，请再次确认退款。", quickReplies: ["是", "否", "转人工"] },
        { tier: "any", emotion: "any", locale: "en", text: "Please confirm your refund request.", rich: { kind: "link", label: "Details", url: "https://shop.example.com/r" } },
        { tier: "any", emotion: "angry", locale: "zh-CN", text: "非常抱歉给您带来不便。" },
      ],
    };
    const d = diffScriptContent(base, after);
    expect(d.changed).toBe(true);
    expect(d.summary).toEqual({ added: 1, removed: 1, changed: 2 });
    expect(d.tags).toEqual({ added: ["v2"], removed: ["demo"] });
    expect(d.channels).toEqual({ added: ["email"], removed: [] });
    expect(d.description?.parts).toEqual([
      { op: "equal", value: "退款" },
      { op: "insert", value: "前" },
      { op: "equal", value: "确认" },
    ]);
    expect(d.variants.map((v) => `${v.change} ${v.address}`)).toEqual(["changed any/any/zh-CN", "changed any/any/en", "added any/angry/zh-CN", "removed vip/any/en"]);
    const zh = d.variants[0];
    expect(zh.change === "changed" && zh.quickReplies).toEqual({ added: ["转人工"], removed: [] });
    expect(zh.change === "changed" && zh.text?.filter((p) => p.op !== "equal")).toEqual([{ op: "insert", value: "再次" }]);
    const en = d.variants[1];
    expect(en.change === "changed" && en.rich).toEqual({ before: null, after: { kind: "link", label: "Details", url: "https://shop.example.com/r" } });
    expect(en.change === "changed" && en.quickReplies).toBeNull();
  });
});

describe("diffText", () => {
  it("diffs English by words and Chinese by characters", () => {
    expect(diffText("hello big world", "hello small world")).toEqual([
      { op: "equal", value: "hello " },
      { op: "delete", value: "big" },
      { op: "insert", value: "small" },
      { op: "equal", value: " world" },
    ]);
    expect(diffText("已加急", "已为您加急").filter((p) => p.op === "insert")).toEqual([{ op: "insert", value: "为您" }]);
  });
});
