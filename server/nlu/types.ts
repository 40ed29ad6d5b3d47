// The `Understanding` contract (notes/contracts.md). flows/understanding.ts will own its zod schema;
// until it lands these mirror it exactly, so switching to `import type { Understanding } from
// "../../flows/understanding"` is a one-line change here and nowhere else.
export type NluLocale = "zh-CN" | "en";
export type EmotionLabel = "angry" | "anxious" | "sad" | "happy" | "neutral";
export type EntityType = "order_number" | "tracking_number" | "phone" | "email" | "amount" | "date";

export type Entity = { type: EntityType; value: string; start: number; end: number; normalized?: string };
export type IntentScore = { name: string; confidence: number };
export type Emotion = { label: EmotionLabel; score: number };

export type Understanding = {
  intent: IntentScore;
  ranking: IntentScore[];
  entities: Entity[];
  emotion: Emotion;
  locale: NluLocale;
};

export const EMOTION_LABELS: readonly EmotionLabel[] = ["angry", "anxious", "sad", "happy", "neutral"];
export const NLU_LOCALES: readonly NluLocale[] = ["zh-CN", "en"];

/** One labelled training phrase; the same shape the console stores. */
export type TrainingExample = { intent: string; locale: NluLocale; text: string };
export type TrainingData = readonly TrainingExample[];

export const BUILTIN_INTENTS = [
  "order_query",
  "logistics_query",
  "return_refund",
  "cancel_order",
  "payment_issue",
  "invoice",
  "account",
  "product_inquiry",
  "promotion",
  "complaint",
  "human_agent",
  "greeting",
  "thanks_goodbye",
  "other",
] as const;
export const FALLBACK_INTENT = "other";
