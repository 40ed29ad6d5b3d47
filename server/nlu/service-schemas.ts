import { z } from "zod";
import { NLU_LOCALES } from "../db/tables/nlu";

export const localeSchema = z.enum(NLU_LOCALES);

export const intentNameSchema = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, "Use snake_case: lower-case letters, digits and underscores.");

export const createIntentSchema = z.object({
  name: intentNameSchema,
  labelZh: z.string().trim().min(1).max(40),
  labelEn: z.string().trim().min(1).max(60),
  description: z.string().trim().max(300).default(""),
});
export type CreateIntentInput = z.infer<typeof createIntentSchema>;

export const PHRASE_MAX_LENGTH = 200;
export const PHRASES_PER_BATCH = 500;

/** A textarea, one phrase per line: blank lines dropped, duplicates inside the batch removed. */
export const phraseLinesSchema = z
  .string()
  .max(PHRASES_PER_BATCH * (PHRASE_MAX_LENGTH + 2))
  .transform((text) => [...new Set(text.split(/\r?\n/).map((line) => line.trim().replace(/\s+/g, " ")).filter(Boolean))])
  .pipe(z.array(z.string().max(PHRASE_MAX_LENGTH, `A phrase may have at most ${PHRASE_MAX_LENGTH} characters.`)).min(1, "Enter at least one phrase.").max(PHRASES_PER_BATCH));

export const addPhrasesSchema = z.object({ intent: intentNameSchema, locale: localeSchema, text: phraseLinesSchema });
export type AddPhrasesInput = z.infer<typeof addPhrasesSchema>;

const textList = z.array(z.string().trim().min(1).max(300)).max(50);

export const kbEntryInputSchema = z.object({
  locale: localeSchema,
  question: z.string().trim().min(1).max(300),
  alternatives: textList.default([]),
  answer: z.string().trim().min(1).max(4000),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  enabled: z.boolean().default(true),
});
export type KbEntryInput = z.infer<typeof kbEntryInputSchema>;

export const tryItSchema = z.object({ text: z.string().trim().min(1).max(2000), locale: localeSchema.optional() });
