import { describe, expect, it } from "vitest";
import { createUnderstander } from "./create-understander";
import { parseIntentModel } from "./intent-model";
import { trainIntentModel } from "./train-intent-model";
import { loadBuiltinTrainingData } from "./training-data";
import type { TrainingData } from "./types";

const data = loadBuiltinTrainingData();
const model = trainIntentModel(data);
const nlu = createUnderstander(model);

describe("intent understanding", () => {
  it("classifies clear Chinese and English messages", () => {
    expect(nlu.parse("我的包裹到哪了?").intent.name).toBe("logistics_query");
    expect(nlu.parse("快递咋还没到").intent.name).toBe("logistics_query");
    expect(nlu.parse("where's my parcel").intent.name).toBe("logistics_query");
    expect(nlu.parse("i want to return this, it doesn't fit").intent.name).toBe("return_refund");
    expect(nlu.parse("帮我开张发票").intent.name).toBe("invoice");
  });

  it("returns the full Understanding shape", () => {
    const u = nlu.parse("订单2024110812345678到哪一步了？急死了！！", { referenceDate: "2024-11-10" });
    expect(u.locale).toBe("zh-CN");
    expect(u.ranking).toHaveLength(5);
    expect(u.ranking[0].confidence).toBeGreaterThanOrEqual(u.ranking[1].confidence);
    expect(u.entities[0]).toMatchObject({ type: "order_number", value: "2024110812345678" });
    expect(u.emotion.label).toBe("anxious");
    expect(nlu.parse("hi", { locale: "zh-CN" }).locale).toBe("zh-CN");
  });

  it("applies the high-precision human_agent rules over the model", () => {
    for (const text of ["转人工", "我要人工客服", "can I talk to a human please", "get me a real person", "订单有问题，找人工"]) {
      const u = nlu.parse(text);
      expect(u.intent.name).toBe("human_agent");
      expect(u.intent.confidence).toBeGreaterThanOrEqual(0.97);
    }
  });

  it("falls back to other below the threshold", () => {
    const text = "怎么弄";
    const top = nlu.rankIntents(text)[0];
    const strict = createUnderstander(model, { threshold: Math.min(1, top.confidence + 0.01) });
    expect(strict.parse(text).intent.name).toBe("other");
    const lenient = createUnderstander(model, { threshold: 0 });
    expect(lenient.parse(text).intent.name).toBe(top.name);
    expect(nlu.parse("").intent.name).toBe("other");
  });

  it("round-trips the model through JSON with identical results", () => {
    const copy = createUnderstander(parseIntentModel(JSON.stringify(model)));
    for (const text of ["我要退货", "cancel my order", "有优惠券吗", "hello"]) expect(copy.parse(text)).toEqual(nlu.parse(text));
    expect(copy.modelVersion).toBe(model.version);
  });

  it("trains deterministically", () => {
    const small: TrainingData = data.filter((_, i) => i % 3 === 0);
    expect(JSON.stringify(trainIntentModel(small))).toBe(JSON.stringify(trainIntentModel(small)));
    expect(trainIntentModel(small).version).not.toBe(model.version);
  });

  it("learns an intent added in the console", () => {
    const extra: TrainingData = [...data, ...["我想预约安装", "能约个师傅上门安装吗", "安装预约", "帮我约安装时间", "book an installation", "schedule installation please", "when can the installer come", "i need someone to install it"].map((text) => ({ intent: "installation", locale: /[a-z]/.test(text) ? ("en" as const) : ("zh-CN" as const), text }))];
    const retrained = createUnderstander(trainIntentModel(extra));
    expect(retrained.parse("可以预约师傅上门安装吗").intent.name).toBe("installation");
  });

  it("rejects an inconsistent model", () => {
    expect(() => parseIntentModel({ ...model, bias: [1] })).toThrow(/inconsistent/);
  });
});
