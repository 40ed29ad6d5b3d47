import { describe, expect, it } from "vitest";
import { detectLocale, segment, tokenize } from "./segment";
import { stem } from "./stem";

describe("segment", () => {
  it("keeps customer-service words whole", () => {
    expect(segment("我要退货，客服说尺码不对")).toEqual(expect.arrayContaining(["退货", "客服", "尺码"]));
    const words = segment("转人工！七天无理由退款，运费险和价保怎么算，能以旧换新吗，帮我催发货");
    for (const w of ["转人工", "七天无理由", "运费险", "价保", "以旧换新", "催发货"]) expect(words).toContain(w);
  });

  it("segments into real words, not single characters", () => {
    const words = segment("我的快递到哪了");
    expect(words).toContain("快递");
    expect(words.length).toBeLessThan([..."我的快递到哪了"].length);
  });

  it("handles mixed Chinese and English text", () => {
    expect(segment("hello 客服 我的iPhone坏了")).toEqual(expect.arrayContaining(["hello", "客服", "iphone"]));
  });

  it("lower-cases, stems and undoes contractions in English", () => {
    expect(tokenize("I can't find my Parcels, SHIPPING cancelled!")).toEqual(["i", "can", "not", "find", "my", "parcel", "ship", "cancel", "!"]);
    expect(stem("charged")).toBe(stem("charging"));
    expect(stem("deliveries")).toBe("delivery");
  });

  it("collapses long order and tracking codes to one placeholder", () => {
    expect(tokenize("order 2024110812345678")).toEqual(["order", "<code>"]);
    expect(tokenize("运单SF1234567890123")).toContain("<code>");
  });

  it("detects the locale from the text", () => {
    expect(detectLocale("我的包裹到哪了?")).toBe("zh-CN");
    expect(detectLocale("hello 客服")).toBe("zh-CN");
    expect(detectLocale("where's my parcel lol")).toBe("en");
    expect(detectLocale("please refund my order asap 退款")).toBe("en");
  });
});
