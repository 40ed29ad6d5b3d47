import { describe, expect, it } from "vitest";
import { exportScriptsCsv, parseScriptsCsv, planImport } from "./csv";
import type { ScriptContent } from "./model";

const scripts = new Map<string, ScriptContent>([
  [
    "refund.confirm_item",
    {
      description: "确认要退的商品, \"quoted\"",
      tags: ["refund", "退款"],
      channels: ["web", "app"],
      variants: [
        { tier: "any", emotion: "any", locale: "zh-CN", text: "您要退的是「{{vars.itemName}}」吗？\n订单号：{{vars.orderId}}", quickReplies: ["是", "否"] },
        { tier: "vip", emotion: "angry", locale: "en", text: "=SUM(A1) is not a formula, 'quoted', \"double\"", rich: { kind: "link", label: "Details", url: "https://shop.example.com/r?a=1,b=2" } },
        { tier: "any", emotion: "any", locale: "any", text: "'+already quoted" },
      ],
    },
  ],
  ["end.goodbye", { description: "", tags: [], channels: [], variants: [] }],
]);

const HEADER = "key,description,tags,channels,tier,emotion,locale,text,quick_replies,rich_kind,rich_label,rich_url";

describe("CSV round trip", () => {
  it("export → import gives the same scripts", () => {
    const csv = exportScriptsCsv(scripts);
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(csv).toContain("'=SUM(A1)");
    const parsed = parseScriptsCsv(csv);
    expect(parsed.ok && Object.fromEntries(parsed.scripts)).toEqual(Object.fromEntries(scripts));
    expect(parsed.ok && planImport(scripts, parsed.scripts)).toEqual({ create: [], update: [], unchanged: ["end.goodbye", "refund.confirm_item"] });
  });

  it("reads LF files without BOM, blank lines, blank repeated script columns and any column order", () => {
    const csv = ["locale,tier,emotion,key,text,tags", "zh-CN,any,any,greeting.welcome,您好，\"欢迎\"光临,greet|demo", "", "en,any,any,greeting.welcome,Hello,", ""].join("\n");
    const parsed = parseScriptsCsv(csv);
    expect(parsed.ok && parsed.scripts.get("greeting.welcome")).toEqual({
      description: "",
      tags: ["greet", "demo"],
      channels: [],
      variants: [
        { tier: "any", emotion: "any", locale: "zh-CN", text: '您好，"欢迎"光临' },
        { tier: "any", emotion: "any", locale: "en", text: "Hello" },
      ],
    });
  });
});

describe("CSV import errors carry file line numbers", () => {
  const body = (...rows: string[]) => `\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`;
  const errorsOf = (csv: string) => {
    const r = parseScriptsCsv(csv);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors.map((e) => `${e.line}:${e.column ?? ""}:${e.message}`);
  };

  it("reports bad tier, missing key, empty text, bad url and duplicate variant, counting multi-line cells", () => {
    const errors = errorsOf(
      body(
        'order.status,,,web,any,any,zh-CN,"第一行\r\n第二行\r\n第三行",,,,', // lines 2-4
        "order.status,,,,gold,any,en,Hi,,,,", // line 5
        ",,,,any,any,en,Hi,,,,", // line 6
        "", // line 7 blank
        "order.status,,,,any,any,en,   ,,,,", // line 8
        "order.status,,,,vip,any,en,Hi,,link,Go,javascript:alert(1)", // line 9
        'order.status,,,,any,any,zh-CN,"again\nand again",,,,', // line 10-11
        "order.status,,,,any,sad,en,Hi,,,,", // line 12
      ),
    );
    expect(errors).toEqual([
      expect.stringMatching(/^5:tier:invalid tier "gold"/),
      "6:key:missing key",
      "8:text:empty text",
      expect.stringMatching(/^9:rich_url:/),
      "10:tier:duplicate variant any/any/zh-CN of order.status (first on line 2)",
    ]);
  });

  it("rejects unknown, duplicated and missing columns on line 1", () => {
    expect(errorsOf("key,tier,emotion,locale,text,colour\r\na.b,any,any,en,x,red")).toEqual([expect.stringMatching(/^1:colour:unknown column "colour"/)]);
    expect(errorsOf("key,tier,emotion,locale,text,text\r\n")).toEqual([expect.stringMatching(/^1:text:column "text" appears twice/)]);
    expect(errorsOf("key,tier,emotion,text\r\n")).toEqual(['1:locale:missing column "locale"']);
    expect(errorsOf("")).toEqual(["1::the file is empty"]);
  });

  it("rejects wrong field counts, bad keys, conflicting metadata, bad channels and long quick replies", () => {
    const errors = errorsOf(
      body(
        "a.b,desc,,web,any,any,en,x,,,", // 2: 11 fields
        "Refund.Ask,,,,any,any,en,x,,,,", // 3
        "a.b,desc,,web,any,any,en,x,,,,", // 4 ok
        "a.b,other,,,any,any,zh-CN,x,,,,", // 5 conflicting description
        "c.d,,,fax,any,any,en,x,,,,", // 6
        `c.e,,,,any,any,en,x,${"长".repeat(41)},,,`, // 7
      ),
    );
    expect(errors).toEqual([
      "2::expected 12 fields, found 11",
      expect.stringMatching(/^3:key:invalid key "Refund.Ask"/),
      "5:description:description differs from line 4 of the same key",
      expect.stringMatching(/^6:channels:/),
      expect.stringMatching(/^7:quick_replies:/),
    ]);
  });
});

describe("planImport", () => {
  it("splits keys into create, update (with diff) and unchanged", () => {
    const existing = new Map<string, ScriptContent>([
      ["a.b", { description: "", tags: [], channels: [], variants: [{ tier: "any", emotion: "any", locale: "en", text: "Hi" }] }],
      ["a.c", { description: "", tags: [], channels: [], variants: [{ tier: "any", emotion: "any", locale: "en", text: "Hi" }] }],
      ["z.z", { description: "kept", tags: [], channels: [], variants: [] }],
    ]);
    const incoming = new Map<string, ScriptContent>([
      ["a.c", { description: "", tags: [], channels: [], variants: [{ tier: "any", emotion: "any", locale: "en", text: "Hello" }] }],
      ["a.b", existing.get("a.b") as ScriptContent],
      ["n.new", { description: "", tags: [], channels: [], variants: [] }],
    ]);
    const plan = planImport(existing, incoming);
    expect(plan.create).toEqual(["n.new"]);
    expect(plan.unchanged).toEqual(["a.b"]);
    expect(plan.update.map((u) => [u.key, u.diff.summary])).toEqual([["a.c", { added: 0, removed: 0, changed: 1 }]]);
  });
});
