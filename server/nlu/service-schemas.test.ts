import { describe, expect, it } from "vitest";
import { addPhrasesSchema, createIntentSchema } from "./service-schemas";
import { DEFAULT_NLU_SETTINGS, parseNluSettings } from "./service-settings";

describe("phrase batches", () => {
  it("splits lines, trims, collapses spaces, drops blanks and in-batch duplicates", () => {
    const parsed = addPhrasesSchema.parse({ intent: "gift_wrap", locale: "zh-CN", text: " 礼品包装 \r\n\n能  包装吗\n礼品包装\n" });
    expect(parsed.text).toEqual(["礼品包装", "能 包装吗"]);
  });

  it("rejects an empty batch and over-long phrases", () => {
    expect(addPhrasesSchema.safeParse({ intent: "a_b", locale: "en", text: "\n \n" }).success).toBe(false);
    expect(addPhrasesSchema.safeParse({ intent: "a_b", locale: "en", text: "x".repeat(201) }).success).toBe(false);
    expect(addPhrasesSchema.safeParse({ intent: "a_b", locale: "fr", text: "hi" }).success).toBe(false);
  });
});

describe("intent names", () => {
  it("accepts snake_case only", () => {
    const ok = (name: string) => createIntentSchema.safeParse({ name, labelZh: "x", labelEn: "x" }).success;
    expect(ok("change_address")).toBe(true);
    expect(ok("order2_status")).toBe(true);
    for (const bad of ["Change", "change-address", "_x", "x__y", "x_", "1abc", "a"]) expect(ok(bad)).toBe(false);
  });
});

describe("stored NLU settings", () => {
  it("falls back to defaults for missing or invalid values", () => {
    expect(parseNluSettings(null)).toEqual(DEFAULT_NLU_SETTINGS);
    expect(parseNluSettings("not json")).toEqual(DEFAULT_NLU_SETTINGS);
    expect(parseNluSettings('{"confidenceThreshold":2}')).toEqual(DEFAULT_NLU_SETTINGS);
    expect(parseNluSettings('{"kbThreshold":0.5}')).toEqual({ ...DEFAULT_NLU_SETTINGS, kbThreshold: 0.5 });
  });
});
