import { z } from "zod";
import { renderTemplate } from "../../flows/render-template";
import { computeCoverage } from "./coverage";
import { lintScript } from "./lint";
import { CUSTOMER_EMOTIONS, CUSTOMER_LOCALES, CUSTOMER_TIERS, draftScriptContentSchema, variantAddress, type ScriptContent } from "./model";
import { resolveScript } from "./resolve";

export const sampleCustomerSchema = z.object({
  tier: z.enum(CUSTOMER_TIERS),
  emotion: z.enum(CUSTOMER_EMOTIONS),
  locale: z.enum(CUSTOMER_LOCALES),
  name: z.string().max(100).default(""),
  vars: z.record(z.string(), z.unknown()).default({}),
});

export const analyzeInputSchema = z.object({ content: draftScriptContentSchema, sample: sampleCustomerSchema });

/**
 * What the editor shows while typing: the coverage grid and lint of the unsaved content, and the
 * preview — the variant a sample customer gets, its fallback path and the rendered text — all by
 * the same functions the runtime uses.
 */
export function analyzeScript(content: ScriptContent, sample: z.infer<typeof sampleCustomerSchema>, bannedWords: readonly string[]) {
  const resolved = resolveScript(content, { tier: sample.tier, emotion: sample.emotion, locale: sample.locale });
  const context = { customer: { id: "preview", name: sample.name || undefined, tier: sample.tier, locale: sample.locale }, vars: sample.vars, order: sample.vars.order };
  const preview = resolved.ok
    ? { ok: true as const, text: renderTemplate(resolved.variant.text, context, { locale: sample.locale }).text, missing: renderTemplate(resolved.variant.text, context).missing, matched: variantAddress(resolved.matched), path: resolved.fallbackPath, quickReplies: resolved.variant.quickReplies ?? [] }
    : { ok: false as const, reason: resolved.reason, path: resolved.tried };
  return { coverage: computeCoverage(content), lint: lintScript(content, { bannedWords }), preview };
}
