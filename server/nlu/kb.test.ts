import { describe, expect, it } from "vitest";
import { buildKbIndex, KB_HIT_THRESHOLD, searchKb } from "./kb";
import { loadDemoKbEntries } from "./kb-demo";

const index = buildKbIndex(loadDemoKbEntries());

describe("searchKb", () => {
  it("hits the right entry for a paraphrase, in each locale", () => {
    expect(searchKb(index, "七天无理由退货是怎么规定的", "zh-CN")).toMatchObject({ entryId: "kb-zh-seven-day-return", hit: true });
    expect(searchKb(index, "运费多少钱啊", "zh-CN")).toMatchObject({ entryId: "kb-zh-shipping-fee", hit: true });
    expect(searchKb(index, "do you take paypal", "en")).toMatchObject({ entryId: "kb-en-payment-methods", hit: true });
    expect(searchKb(index, "how long will my refund take", "en")?.answer).toMatch(/business days/);
  });

  it("misses unrelated questions", () => {
    const weather = searchKb(index, "今天天气怎么样", "zh-CN");
    expect(weather === null || (!weather.hit && weather.score < KB_HIT_THRESHOLD)).toBe(true);
    expect(searchKb(index, "tell me a joke", "en")).toBeNull();
  });

  it("only searches the requested locale", () => {
    expect(searchKb(index, "运费多少钱", "en")).toBeNull();
  });

  it("normalises scores to [0,1]", () => {
    const hit = searchKb(index, "支持哪些付款方式？", "zh-CN");
    expect(hit?.score).toBe(1);
  });
});
