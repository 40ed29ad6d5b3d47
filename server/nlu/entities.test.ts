import { describe, expect, it } from "vitest";
import { extractEntities } from "./entities";

const ref = { referenceDate: "2024-11-10" };
const find = (text: string, type: string) => extractEntities(text, ref).filter((e) => e.type === type);

describe("extractEntities", () => {
  it("finds order numbers with offsets", () => {
    const text = "订单2024110812345678到哪了, also DD20241108001";
    const orders = find(text, "order_number");
    expect(orders.map((e) => e.value)).toEqual(["2024110812345678", "DD20241108001"]);
    for (const e of orders) expect(text.slice(e.start, e.end)).toBe(e.value);
  });

  it("finds tracking numbers and never reports them as phones or orders too", () => {
    const text = "运单SF1234567890123，JD0012345678901 and YT1234567890123";
    const all = extractEntities(text, ref);
    expect(all.map((e) => e.type)).toEqual(["tracking_number", "tracking_number", "tracking_number"]);
    expect(all[0]).toMatchObject({ value: "SF1234567890123", start: 2, end: 17 });
  });

  it("uses context for bare-digit tracking numbers", () => {
    expect(find("tracking number 773012345678901", "tracking_number")[0]).toMatchObject({ value: "773012345678901", start: 16 });
  });

  it("finds Chinese mobile, landline and international phones", () => {
    const text = "电话 +86 138-1234-5678 或 0571-88886666, abroad +1 415-555-0132";
    const phones = find(text, "phone");
    expect(phones.map((p) => p.normalized)).toEqual(["13812345678", "0571-88886666", "+14155550132"]);
    expect(text.slice(phones[0].start, phones[0].end)).toBe("+86 138-1234-5678");
  });

  it("finds e-mail addresses", () => {
    const [email] = find("发票发到 Bob.Li@Example.com 谢谢", "email");
    expect(email).toMatchObject({ value: "Bob.Li@Example.com", start: 5, end: 23, normalized: "bob.li@example.com" });
  });

  it("normalises amounts in yuan and dollars", () => {
    const amounts = find("退¥12.5，还有30块钱、12元、三十块, $20 and 20 dollars", "amount");
    expect(amounts.map((a) => [a.value, a.normalized])).toEqual([
      ["¥12.5", "12.5"],
      ["30块钱", "30"],
      ["12元", "12"],
      ["三十块", "30"],
      ["$20", "20"],
      ["20 dollars", "20"],
    ]);
  });

  it("normalises relative and absolute dates against the reference date", () => {
    const dates = find("昨天下单，前天付款，明天到，11月8号、11月8日、2024-11-08、11/8", "date");
    expect(dates.map((d) => d.normalized)).toEqual(["2024-11-09", "2024-11-08", "2024-11-11", "2024-11-08", "2024-11-08", "2024-11-08", "2024-11-08"]);
    const en = find("ordered yesterday, paid Nov 8, arrives tomorrow", "date");
    expect(en.map((d) => [d.value, d.normalized])).toEqual([
      ["yesterday", "2024-11-09"],
      ["Nov 8", "2024-11-08"],
      ["tomorrow", "2024-11-11"],
    ]);
  });

  it("puts a month/day without year in the past when it would be far in the future", () => {
    expect(extractEntities("12月25号买的", { referenceDate: "2025-01-05" })[0].normalized).toBe("2024-12-25");
  });

  it("keeps offsets valid for full-width characters", () => {
    const text = "单号ＳＦ１２３４５６７８９０１２３";
    const [e] = extractEntities(text, ref);
    expect(e).toMatchObject({ type: "tracking_number", start: 2, end: text.length, normalized: "SF1234567890123" });
  });

  it("does not invent entities in plain text", () => {
    expect(extractEntities("我打了12315投诉", ref)).toEqual([]);
  });
});
