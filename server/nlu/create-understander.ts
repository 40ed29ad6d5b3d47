import { detectEmotion, type UpstreamEmotion } from "./emotion";
import { extractEntities } from "./entities";
import { intentFeatures } from "./features";
import { parseIntentModel, type IntentModel } from "./intent-model";
import { INTENT_RULES, matchIntentRule, type IntentRule } from "./intent-rules";
import { detectLocale } from "./segment";
import { logitsInto, softmaxInPlace } from "./softmax-regression";
import { FALLBACK_INTENT, type IntentScore, type NluLocale, type Understanding } from "./types";
import { Vectorizer } from "./vectorizer";

/** Below this calibrated confidence the intent is reported as `other` (tuned on out-of-fold predictions). */
export const DEFAULT_INTENT_THRESHOLD = 0.3;
const RULE_CONFIDENCE = 0.97;

export type UnderstanderOptions = { threshold?: number; rules?: readonly IntentRule[] };
export type ParseOptions = { locale?: NluLocale; upstreamEmotion?: UpstreamEmotion; referenceDate?: Date | string };
export type Understander = {
  readonly modelVersion: string;
  readonly threshold: number;
  parse(text: string, options?: ParseOptions): Understanding;
  /** Calibrated probabilities of every intent, best first (no rules, no threshold). */
  rankIntents(text: string): IntentScore[];
  /** The intent part of `parse` (rules, threshold, top-5 ranking) without entities and emotion. */
  classify(text: string): { intent: IntentScore; ranking: IntentScore[] };
};

export function createUnderstander(modelInput: IntentModel | unknown, options: UnderstanderOptions = {}): Understander {
  const model = parseIntentModel(modelInput);
  const threshold = options.threshold ?? DEFAULT_INTENT_THRESHOLD;
  const rules = options.rules ?? INTENT_RULES;
  const classes = model.intents.length;
  const vectorizer = new Vectorizer(new Map(model.features.map((f, j) => [f, j])), Float64Array.from(model.idf));
  const weights = Float64Array.from(model.weights);
  const bias = Float64Array.from(model.bias);
  const probs = new Float64Array(classes);
  const fallbackIndex = model.intents.indexOf(FALLBACK_INTENT);

  const rankIntents = (text: string): IntentScore[] => {
    const { nnz, idx, val } = vectorizer.vectorizeInto(intentFeatures(text));
    logitsInto(weights, bias, classes, idx, val, nnz, 1, probs);
    if (nnz === 0 && fallbackIndex >= 0) probs[fallbackIndex] += 50;
    softmaxInPlace(probs, model.temperature);
    const ranking: IntentScore[] = [];
    for (let k = 0; k < classes; k += 1) ranking.push({ name: model.intents[k], confidence: round(probs[k]) });
    return ranking.sort((a, b) => b.confidence - a.confidence || a.name.localeCompare(b.name));
  };

  const classify = (text: string) => {
    let ranking = rankIntents(text);
    const forced = matchIntentRule(text, rules);
    const applies = forced !== null && model.intents.includes(forced);
    if (applies) {
      const rest = ranking.filter((r) => r.name !== forced);
      ranking = [{ name: forced, confidence: Math.max(RULE_CONFIDENCE, ranking.find((r) => r.name === forced)?.confidence ?? 0) }, ...rest];
    }
    const top = ranking[0];
    const intent = applies || top.confidence >= threshold ? { ...top } : { name: FALLBACK_INTENT, confidence: round(Math.max(1 - top.confidence, fallbackConfidence(ranking))) };
    return { intent, ranking: ranking.slice(0, 5) };
  };

  return {
    modelVersion: model.version,
    threshold,
    rankIntents,
    classify,
    parse(text, parseOptions = {}) {
      const locale = parseOptions.locale ?? detectLocale(text);
      const { intent, ranking } = classify(text);
      return {
        intent,
        ranking,
        entities: extractEntities(text, { referenceDate: parseOptions.referenceDate }),
        emotion: detectEmotion(text, { locale, upstreamEmotion: parseOptions.upstreamEmotion }),
        locale,
      };
    },
  };
}

function fallbackConfidence(ranking: IntentScore[]): number {
  return ranking.find((r) => r.name === FALLBACK_INTENT)?.confidence ?? 0;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
