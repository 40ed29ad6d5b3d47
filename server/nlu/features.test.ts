import { describe, expect, it } from "vitest";
import { featureGroupWeight, intentFeatures } from "./features";
import { canonicalToken, hanConcepts, latinConcepts } from "./intent-concepts";
import { stem } from "./stem";

describe("intent features", () => {
  it("gives an unseen English synonym the concept of its common synonyms", () => {
    expect(intentFeatures("please void my order")).toContain("k cancel");
    expect(intentFeatures("cancel my order")).toContain("k cancel");
    expect(intentFeatures("what's the weather")).not.toContain("k cancel");
    expect(latinConcepts(stem("refunded"))).toContain("refund");
  });

  it("finds Chinese concepts inside a segmented run, whatever jieba's word boundaries", () => {
    expect(intentFeatures("帮我把这单撤单吧")).toContain("k cancel");
    expect(intentFeatures("我的快递到哪了")).toContain("k ship");
    expect(hanConcepts("发票")).toEqual(["invoice"]);
    expect(hanConcepts("订单号")).toBeUndefined();
  });

  it("folds chat spellings onto the training vocabulary", () => {
    expect(canonicalToken(stem("plz"))).toBe(stem("please"));
    expect(intentFeatures("thx u")).toEqual(intentFeatures("thanks you"));
  });

  it("marks English character grams as their own, down-weighted group", () => {
    const features = intentFeatures("recieve");
    expect(features).toContain("l <rec");
    expect(featureGroupWeight("l <rec")).toBeLessThan(featureGroupWeight("w recieve"));
    expect(intentFeatures("退货")).toContain("c 退");
  });
});
