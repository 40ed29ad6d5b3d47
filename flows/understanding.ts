import { z } from "zod";

// The meaning of one customer message, as the understanding module (server/nlu) produces it and the
// interpreter consumes it. The REST API exposes a subset of it.

export const EMOTION_LABELS = ["angry", "anxious", "sad", "happy", "neutral"] as const;
export const ENTITY_TYPES = ["order_number", "tracking_number", "phone", "email", "amount", "date"] as const;
export const FLOW_LOCALES = ["zh-CN", "en"] as const;

const intentScoreSchema = z.object({ name: z.string(), confidence: z.number().min(0).max(1) });

export const entitySchema = z.object({
  type: z.enum(ENTITY_TYPES),
  value: z.string(),
  /** Offsets into the original text in UTF-16 code units, end exclusive. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  normalized: z.string().optional(),
});

export const understandingSchema = z.object({
  intent: intentScoreSchema,
  ranking: z.array(intentScoreSchema),
  entities: z.array(entitySchema),
  emotion: z.object({ label: z.enum(EMOTION_LABELS), score: z.number().min(0).max(1) }),
  locale: z.enum(FLOW_LOCALES),
});

export type Understanding = z.infer<typeof understandingSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type EmotionLabel = (typeof EMOTION_LABELS)[number];
export type FlowLocale = (typeof FLOW_LOCALES)[number];
