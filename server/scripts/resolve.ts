import { type ScriptContent, type ScriptEmotion, type ScriptLocale, type ScriptTier, type ScriptVariant, type VariantAddress, variantAddress } from "./model";

/**
 * Resolution precedence (the runtime, the simulator, the preview and the coverage grid share it).
 *
 * Candidates are tried in this order for (tier T, emotion E, locale L):
 *   (T,E,L) (any,E,L) (T,any,L) (any,any,L)  then the same four with locale `any`.
 * 1. Locale is a hard constraint and comes first: a reply in the wrong language is worse than a
 *    less tailored one, so a `zh-CN` customer never gets an `en` text; `any` (language-neutral
 *    text such as an emoji or a link) is the only fallback.
 * 2. Emotion before tier: the emotion variants carry the soothing wording ("非常理解您的焦急…"),
 *    and an angry VIP is better served by the generic angry text than by the VIP text written for
 *    a calm customer; tier variants mostly change the form of address and perks.
 * 3. Tier last, then the generic `any/any` text.
 * Variants with blank text (drafts) are skipped, so a half-written variant never speaks.
 * The result never fails silently: a miss is a typed reason with the candidates tried.
 */
export const RESOLUTION_PRECEDENCE = {
  "zh-CN":
    "按以下顺序查找第一个有文本的变体：先语言（完全匹配，其次“任意”语言；绝不使用其他语言），再情绪（完全匹配，其次“任意”），最后客户等级（完全匹配，其次“任意”）。情绪优先于等级，因为安抚话术对愤怒或焦急的客户更重要。",
  en: "The first variant with text is chosen in this order: locale first (exact, then 'any'; never another language), then emotion (exact, then 'any'), then tier (exact, then 'any'). Emotion ranks above tier because a soothing reply matters more to an angry or anxious customer than VIP wording.",
} as const;

export type ResolveQuery = { tier: ScriptTier; emotion: ScriptEmotion; locale: ScriptLocale };

export type ResolveResult =
  | {
      ok: true;
      variant: ScriptVariant;
      /** Index of the variant in the script's `variants`. */
      variantIndex: number;
      matched: VariantAddress;
      /** Candidate addresses tried, in order, ending with the one that matched. */
      fallbackPath: string[];
      exact: boolean;
    }
  | {
      ok: false;
      reason: "missing_script" | "no_variant_for_locale" | "empty_text";
      /** Every candidate address tried (empty for a missing script). */
      tried: string[];
    };

/** The eight (fewer when the query holds `any`) candidate addresses in precedence order. */
export function buildCandidateOrder(query: ResolveQuery): VariantAddress[] {
  const out: VariantAddress[] = [];
  const seen = new Set<string>();
  for (const locale of uniq<ScriptLocale>(query.locale, "any"))
    for (const emotion of uniq<ScriptEmotion>(query.emotion, "any"))
      for (const tier of uniq<ScriptTier>(query.tier, "any")) {
        const candidate = { tier, emotion, locale };
        const key = variantAddress(candidate);
        if (!seen.has(key)) {
          seen.add(key);
          out.push(candidate);
        }
      }
  return out;
}

/** Picks the variant of `script` that answers `query`; see the precedence above. */
export function resolveScript(script: ScriptContent | undefined, query: ResolveQuery): ResolveResult {
  if (!script) return { ok: false, reason: "missing_script", tried: [] };
  const { candidates, addresses } = plannedOrder(query);
  let sawBlank = false;
  for (let c = 0; c < candidates.length; c += 1) {
    const candidate = candidates[c];
    const index = script.variants.findIndex((v) => v.tier === candidate.tier && v.emotion === candidate.emotion && v.locale === candidate.locale);
    if (index < 0) continue;
    const variant = script.variants[index];
    if (variant.text.trim() === "") {
      sawBlank = true;
      continue;
    }
    const exact = candidate.tier === query.tier && candidate.emotion === query.emotion && candidate.locale === query.locale;
    return { ok: true, variant, variantIndex: index, matched: { ...candidate }, fallbackPath: addresses.slice(0, c + 1), exact };
  }
  return { ok: false, reason: sawBlank ? "empty_text" : "no_variant_for_locale", tried: [...addresses] };
}

// The candidate order depends only on the query (54 possibilities), so it is built once per query shape.
const planned = new Map<string, { candidates: VariantAddress[]; addresses: string[] }>();
function plannedOrder(query: ResolveQuery): { candidates: VariantAddress[]; addresses: string[] } {
  const key = variantAddress(query);
  let plan = planned.get(key);
  if (!plan) {
    const candidates = buildCandidateOrder(query);
    plan = { candidates, addresses: candidates.map(variantAddress) };
    if (planned.size < 64) planned.set(key, plan);
  }
  return plan;
}

function uniq<T>(a: T, b: T): T[] {
  return a === b ? [a] : [a, b];
}
