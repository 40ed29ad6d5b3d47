import { describe, expect, it } from "vitest";
import { SCRIPT_EMOTIONS, SCRIPT_LOCALES, SCRIPT_TIERS, type ScriptContent, type ScriptVariant } from "./model";
import { buildCandidateOrder, RESOLUTION_PRECEDENCE, resolveScript } from "./resolve";

type Q = { tier: ScriptVariant["tier"]; emotion: ScriptVariant["emotion"]; locale: ScriptVariant["locale"] };
const v = (tier: Q["tier"], emotion: Q["emotion"], locale: Q["locale"], text = `${tier}-${emotion}-${locale}`): ScriptVariant => ({ tier, emotion, locale, text });
const script = (variants: ScriptVariant[]): ScriptContent => ({ description: "", tags: [], channels: [], variants });

// Independent definition: among compatible variants with text, the best by
// (locale exact, emotion exact, tier exact) compared lexicographically.
function score(x: Q, q: Q): number {
  return (x.locale === q.locale ? 4 : 0) + (x.emotion === q.emotion ? 2 : 0) + (x.tier === q.tier ? 1 : 0);
}
function compatible(x: Q, q: Q): boolean {
  return (x.tier === q.tier || x.tier === "any") && (x.emotion === q.emotion || x.emotion === "any") && (x.locale === q.locale || x.locale === "any");
}
function bruteForce(variants: ScriptVariant[], q: Q) {
  const fits = variants.filter((x) => compatible(x, q));
  const spoken = fits.filter((x) => x.text.trim() !== "");
  if (spoken.length === 0) return { ok: false as const, reason: fits.length > 0 ? "empty_text" : "no_variant_for_locale" };
  const best = spoken.reduce((a, b) => (score(b, q) > score(a, q) ? b : a));
  return { ok: true as const, best, exact: best.tier === q.tier && best.emotion === q.emotion && best.locale === q.locale };
}

const allQueries: Q[] = SCRIPT_TIERS.flatMap((tier) => SCRIPT_EMOTIONS.flatMap((emotion) => SCRIPT_LOCALES.map((locale) => ({ tier, emotion, locale }))));

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
function randomSet(rand: () => number): ScriptVariant[] {
  const out: ScriptVariant[] = [];
  for (const q of allQueries) if (rand() < 0.15) out.push(v(q.tier, q.emotion, q.locale, rand() < 0.1 ? "  " : undefined));
  return out;
}

const fixedSets: Record<string, ScriptVariant[]> = {
  empty: [],
  genericZhOnly: [v("any", "any", "zh-CN")],
  genericBoth: [v("any", "any", "zh-CN"), v("any", "any", "en")],
  anyLocaleOnly: [v("any", "any", "any")],
  demoLike: [v("any", "any", "zh-CN"), v("vip", "any", "zh-CN"), v("any", "angry", "zh-CN"), v("any", "anxious", "zh-CN"), v("vip", "angry", "zh-CN"), v("any", "any", "en"), v("vip", "any", "en"), v("any", "angry", "en")],
  tierVsEmotion: [v("vip", "any", "en"), v("any", "angry", "en"), v("normal", "sad", "any")],
  blankSpecific: [v("vip", "angry", "en", ""), v("any", "any", "en")],
  allBlank: [v("any", "any", "en", " "), v("vip", "angry", "any", "")],
  full: allQueries.map((q) => v(q.tier, q.emotion, q.locale)),
};
const rand = seeded(42);
for (let i = 0; i < 40; i += 1) fixedSets[`random${i}`] = randomSet(rand);

describe("resolveScript: every tier × emotion × locale against every variant set", () => {
  for (const [name, variants] of Object.entries(fixedSets)) {
    it(name, () => {
      for (const q of allQueries) {
        const got = resolveScript(script(variants), q);
        const want = bruteForce(variants, q);
        const label = `${name} ${q.tier}/${q.emotion}/${q.locale}`;
        if (!want.ok) {
          expect(got, label).toMatchObject({ ok: false, reason: want.reason });
          continue;
        }
        expect(got.ok, label).toBe(true);
        if (!got.ok) continue;
        expect(got.variant, label).toBe(want.best);
        expect(got.matched, label).toEqual({ tier: want.best.tier, emotion: want.best.emotion, locale: want.best.locale });
        expect(got.exact, label).toBe(want.exact);
        expect(variants[got.variantIndex], label).toBe(want.best);
        // The path lists compatible addresses from most to least specific, ending at the match.
        const path = got.fallbackPath.map((a) => a.split("/") as [Q["tier"], Q["emotion"], Q["locale"]]).map(([tier, emotion, locale]) => ({ tier, emotion, locale }));
        expect(path.every((p) => compatible(p, q)), label).toBe(true);
        const scores = path.map((p) => score(p, q));
        expect(scores.every((s, i) => i === 0 || s < scores[i - 1]), label).toBe(true);
        expect(scores[scores.length - 1], label).toBe(score(want.best, q));
        expect(new Set(got.fallbackPath).size, label).toBe(got.fallbackPath.length);
      }
    });
  }
});

describe("resolveScript: documented behaviour", () => {
  it("reports a missing script", () => {
    expect(resolveScript(undefined, { tier: "vip", emotion: "angry", locale: "en" })).toEqual({ ok: false, reason: "missing_script", tried: [] });
  });

  it("never answers in another language", () => {
    const r = resolveScript(script([v("any", "any", "zh-CN"), v("vip", "angry", "zh-CN")]), { tier: "vip", emotion: "angry", locale: "en" });
    expect(r).toEqual({ ok: false, reason: "no_variant_for_locale", tried: ["vip/angry/en", "any/angry/en", "vip/any/en", "any/any/en", "vip/angry/any", "any/angry/any", "vip/any/any", "any/any/any"] });
  });

  it("prefers the emotion variant over the tier variant", () => {
    const r = resolveScript(script(fixedSets.tierVsEmotion), { tier: "vip", emotion: "angry", locale: "en" });
    expect(r.ok && r.matched).toEqual({ tier: "any", emotion: "angry", locale: "en" });
    expect(r.ok && r.fallbackPath).toEqual(["vip/angry/en", "any/angry/en"]);
  });

  it("skips a blank variant and reports empty_text when only blanks fit", () => {
    const r = resolveScript(script(fixedSets.blankSpecific), { tier: "vip", emotion: "angry", locale: "en" });
    expect(r.ok && r.variant.text).toBe("any-any-en");
    expect(resolveScript(script(fixedSets.allBlank), { tier: "vip", emotion: "angry", locale: "en" })).toMatchObject({ ok: false, reason: "empty_text" });
  });

  it("builds the candidate order written in the doc comment", () => {
    const order = buildCandidateOrder({ tier: "vip", emotion: "angry", locale: "en" }).map((c) => `${c.tier},${c.emotion},${c.locale}`);
    expect(order).toEqual(["vip,angry,en", "any,angry,en", "vip,any,en", "any,any,en", "vip,angry,any", "any,angry,any", "vip,any,any", "any,any,any"]);
    expect(buildCandidateOrder({ tier: "any", emotion: "any", locale: "any" })).toEqual([{ tier: "any", emotion: "any", locale: "any" }]);
  });

  it("exports the precedence in both UI languages", () => {
    expect(RESOLUTION_PRECEDENCE["zh-CN"]).toMatch(/语言.*情绪.*等级/);
    expect(RESOLUTION_PRECEDENCE.en).toMatch(/locale.*emotion.*tier/);
  });
});
