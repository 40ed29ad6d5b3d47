import type { Generated } from "kysely";

export const NLU_LOCALES = ["zh-CN", "en"] as const;
export type NluLocale = (typeof NLU_LOCALES)[number];

export interface IntentsTable {
  name: string;
  label_zh: string;
  label_en: string;
  description: string;
  builtin: number;
  created_at: string;
  updated_at: string;
}

export interface TrainingPhrasesTable {
  id: Generated<number>;
  intent: string;
  locale: NluLocale;
  text: string;
  source: "builtin" | "console";
  created_at: string;
}

export interface NluModelsTable {
  id: Generated<number>;
  version: number;
  created_at: string;
  created_by: string | null;
  phrase_count: number;
  duration_ms: number;
  /** JSON of the cross-validation report (see service-evaluation.ts). */
  metrics_json: string;
  /** JSON of the trained IntentModel, loaded by every process that serves parses. */
  model_json: string;
  active: number;
}

export interface KbEntriesTable {
  id: string;
  locale: NluLocale;
  question: string;
  alternatives_json: string;
  answer: string;
  /** JSON array of strings. */
  tags: string;
  enabled: number;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface NluTables {
  intents: IntentsTable;
  training_phrases: TrainingPhrasesTable;
  nlu_models: NluModelsTable;
  kb_entries: KbEntriesTable;
}
