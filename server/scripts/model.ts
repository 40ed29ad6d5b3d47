import { z } from "zod";

export const SCRIPT_TIERS = ["vip", "normal", "any"] as const;
export const SCRIPT_EMOTIONS = ["angry", "anxious", "sad", "happy", "neutral", "any"] as const;
export const SCRIPT_LOCALES = ["zh-CN", "en", "any"] as const;
export const SCRIPT_CHANNELS = ["web", "app", "email", "phone", "custom"] as const;

/** The concrete values a customer/message can have (the coverage grid's axes). */
export const CUSTOMER_TIERS = ["vip", "normal"] as const;
export const CUSTOMER_EMOTIONS = ["angry", "anxious", "sad", "happy", "neutral"] as const;
export const CUSTOMER_LOCALES = ["zh-CN", "en"] as const;

export const scriptKeySchema = z
  .string()
  .regex(/^[a-z0-9_]+(\.[a-z0-9_]+){1,5}$/, "2–6 lowercase segments of a-z, 0-9, _ joined by dots, e.g. refund.ask_order");
export const tierSchema = z.enum(SCRIPT_TIERS);
export const emotionSchema = z.enum(SCRIPT_EMOTIONS);
export const localeSchema = z.enum(SCRIPT_LOCALES);
export const channelSchema = z.enum(SCRIPT_CHANNELS);

export const richPartSchema = z.object({
  kind: z.enum(["link", "button"]),
  label: z.string().trim().min(1).max(40),
  url: z.url({ protocol: /^https?$/, error: "an http(s) URL" }),
});

// `|` separates list items in the CSV format, so it cannot be part of one.
const listItem = z.string().trim().min(1).max(40).regex(/^[^|]*$/, "must not contain |");

const variantFields = {
  tier: tierSchema,
  emotion: emotionSchema,
  locale: localeSchema,
  quickReplies: z.array(listItem).max(10).optional(),
  rich: richPartSchema.optional(),
};

/** A draft may hold an empty text (an editor's work in progress); lint reports it. */
export const draftVariantSchema = z.object({ ...variantFields, text: z.string().max(2000) });
/** A publishable variant: 1–2000 characters of text. */
export const variantSchema = z.object({
  ...variantFields,
  text: z
    .string()
    .min(1)
    .max(2000)
    .refine((t) => t.trim() !== "", "text is blank"),
});

const contentFields = {
  description: z.string().max(500),
  tags: z.array(listItem).max(20),
  channels: z.array(channelSchema),
};

export const scriptMetadataSchema = z.object(contentFields);

/** Content as an editor may save it: no uniqueness or non-empty guarantees yet. */
export const draftScriptContentSchema = z.object({ ...contentFields, variants: z.array(draftVariantSchema) });

/** Content that may be published or imported: non-empty texts, one variant per tier × emotion × locale. */
export const scriptContentSchema = z
  .object({ ...contentFields, variants: z.array(variantSchema) })
  .superRefine((content, ctx) => {
    const seen = new Map<string, number>();
    content.variants.forEach((v, i) => {
      const address = variantAddress(v);
      const first = seen.get(address);
      if (first === undefined) seen.set(address, i);
      else ctx.addIssue({ code: "custom", path: ["variants", i], message: `duplicate variant ${address} (same as variant ${first + 1})` });
    });
  });

export type ScriptTier = z.infer<typeof tierSchema>;
export type ScriptEmotion = z.infer<typeof emotionSchema>;
export type ScriptLocale = z.infer<typeof localeSchema>;
export type ScriptChannel = z.infer<typeof channelSchema>;
export type RichPart = z.infer<typeof richPartSchema>;
export type ScriptVariant = z.infer<typeof draftVariantSchema>;
export type ScriptContent = z.infer<typeof draftScriptContentSchema>;
export type VariantAddress = Pick<ScriptVariant, "tier" | "emotion" | "locale">;

/** Stable text form of an address, `vip/angry/en`, used in fallback paths, logs and diffs. */
export function variantAddress(a: VariantAddress): string {
  return `${a.tier}/${a.emotion}/${a.locale}`;
}
