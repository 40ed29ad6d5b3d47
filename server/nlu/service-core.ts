// The one place the persistence/lifecycle layer touches the pure NLU core: everything else in
// service*.ts works on these signatures, so a change in the core's API lands here only.
import type { NluLocale } from "../db/tables/nlu";
import {
  buildKbIndex,
  createUnderstander,
  DEFAULT_INTENT_THRESHOLD,
  KB_HIT_THRESHOLD,
  loadBuiltinTrainingData,
  loadDemoKbEntries,
  searchKb,
  trainIntentModel,
  type KbIndex,
  type ParseOptions,
  type TrainingExample,
  type Understander,
  type Understanding,
} from "./index";
import { metricsFromPredictions, type NluMetrics } from "./service-metrics";
import type { KbEntry } from "./store-kb";

export type { ParseOptions, Understander, Understanding };
/** The core's tuned defaults, used until an admin changes the thresholds. */
export const CORE_DEFAULT_THRESHOLDS = { confidenceThreshold: DEFAULT_INTENT_THRESHOLD, kbThreshold: KB_HIT_THRESHOLD };
export type TrainingPhrase = TrainingExample;
export type KnowledgeIndex = KbIndex;
export type KnowledgeMatch = { entryId: string; answer: string; score: number };
export type DemoKbEntry = { locale: NluLocale; question: string; alternatives: string[]; answer: string; tags: string[] };

export function trainModelJson(phrases: readonly TrainingPhrase[]): string {
  return JSON.stringify(trainIntentModel(phrases));
}

export function understanderFromJson(json: string, threshold: number): Understander {
  return createUnderstander(JSON.parse(json) as unknown, { threshold });
}

/**
 * Stratified k-fold cross-validation, one fold at a time with a breath in between so the server
 * keeps answering; predictions go through `classify` exactly as a parse would.
 */
export async function crossValidate(
  phrases: readonly TrainingPhrase[],
  hooks: { breathe: () => Promise<void>; onProgress: (fraction: number) => void; folds?: number; threshold?: number },
): Promise<NluMetrics> {
  const folds = hooks.folds ?? 5;
  const foldOf = stratifiedFolds(phrases, folds);
  const predictions: { intent: string; locale: NluLocale; predicted: string }[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const train = phrases.filter((_, i) => foldOf[i] !== fold);
    if (new Set(train.map((p) => p.intent)).size > 0) {
      const understander = createUnderstander(trainIntentModel(train), { threshold: hooks.threshold });
      phrases.forEach((phrase, i) => {
        if (foldOf[i] === fold) predictions.push({ intent: phrase.intent, locale: phrase.locale, predicted: understander.classify(phrase.text).intent.name });
      });
    }
    hooks.onProgress((fold + 1) / folds);
    await hooks.breathe();
  }
  return metricsFromPredictions(predictions, folds);
}

/** Deterministic round-robin per (locale, intent), so every fold sees every intent in both languages. */
function stratifiedFolds(phrases: readonly TrainingPhrase[], folds: number): number[] {
  const seen = new Map<string, number>();
  return phrases.map((phrase) => {
    const key = `${phrase.locale}\t${phrase.intent}`;
    const position = seen.get(key) ?? 0;
    seen.set(key, position + 1);
    return position % folds;
  });
}

export function builtinTrainingPhrases(): TrainingPhrase[] {
  return [...loadBuiltinTrainingData()];
}

export function demoKnowledgeEntries(): DemoKbEntry[] {
  return loadDemoKbEntries().map((entry) => ({ ...entry, tags: [] }));
}

export function buildKnowledgeIndex(entries: readonly KbEntry[]): KnowledgeIndex {
  return buildKbIndex(entries);
}

/** The best entry whatever its score; the caller compares it with the configured threshold. */
export function searchKnowledgeIndex(index: KnowledgeIndex, text: string, locale: NluLocale): KnowledgeMatch | null {
  const best = searchKb(index, text, locale);
  return best ? { entryId: best.entryId, answer: best.answer, score: best.score } : null;
}
