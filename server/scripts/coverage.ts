import { CUSTOMER_EMOTIONS, CUSTOMER_LOCALES, CUSTOMER_TIERS, type ScriptContent, type VariantAddress } from "./model";
import { resolveScript } from "./resolve";

type Tier = (typeof CUSTOMER_TIERS)[number];
type Emotion = (typeof CUSTOMER_EMOTIONS)[number];
type Locale = (typeof CUSTOMER_LOCALES)[number];

export type CoverageCell = {
  tier: Tier;
  emotion: Emotion;
  /** own: a variant written for exactly this cell; fallback: a less specific one answers; missing: nothing does. */
  source: "own" | "fallback" | "missing";
  /** The variant that answers (own or fallback), or null when missing. */
  answeredBy: { address: VariantAddress; variantIndex: number } | null;
  /** Candidates tried, in precedence order, up to the answer (all of them when missing). */
  path: string[];
};

export type LocaleCoverage = { locale: Locale; rows: { tier: Tier; cells: CoverageCell[] }[] };

export type ScriptCoverage = {
  locales: LocaleCoverage[];
  summary: { cells: number; own: number; fallback: number; missing: number };
};

/** The tier × emotion grid per locale, answered by the same resolution the runtime uses. */
export function computeCoverage(script: ScriptContent): ScriptCoverage {
  const summary = { cells: 0, own: 0, fallback: 0, missing: 0 };
  const locales = CUSTOMER_LOCALES.map((locale) => ({
    locale,
    rows: CUSTOMER_TIERS.map((tier) => ({
      tier,
      cells: CUSTOMER_EMOTIONS.map((emotion): CoverageCell => {
        const r = resolveScript(script, { tier, emotion, locale });
        const cell: CoverageCell = r.ok
          ? { tier, emotion, source: r.exact ? "own" : "fallback", answeredBy: { address: r.matched, variantIndex: r.variantIndex }, path: r.fallbackPath }
          : { tier, emotion, source: "missing", answeredBy: null, path: r.tried };
        summary.cells += 1;
        summary[cell.source] += 1;
        return cell;
      }),
    })),
  }));
  return { locales, summary };
}
