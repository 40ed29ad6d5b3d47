import testEn from "./data/emotion-test.en.json";
import testZh from "./data/emotion-test.zh-CN.json";
import type { EmotionExample } from "./emotion-cues";
import { detectEmotion } from "./emotion";
import type { NluLocale } from "./types";

export type EmotionEvaluation = { n: number; escalateF1: number; precision: number; recall: number; labelAccuracy: number; mistakes: { text: string; expected: string; got: string }[] };

const escalates = (label: string) => label === "angry" || label === "anxious";

/** Labelled emotion sentences kept apart from the learned cues' training data. */
export function loadEmotionTestData(locale: NluLocale): EmotionExample[] {
  return (locale === "en" ? testEn : testZh).examples as EmotionExample[];
}

/** The decision that matters: escalate (angry or anxious) or not — F1 of "escalate" as the positive class. */
export function evaluateEmotion(examples: readonly EmotionExample[], locale?: NluLocale): EmotionEvaluation {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  const mistakes: EmotionEvaluation["mistakes"] = [];
  for (const { text, label } of examples) {
    const got = detectEmotion(text, { locale }).label;
    if (got === label) exact += 1;
    else mistakes.push({ text, expected: label, got });
    const want = escalates(label);
    const said = escalates(got);
    if (want && said) tp += 1;
    else if (said) fp += 1;
    else if (want) fn += 1;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { n: examples.length, escalateF1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall, labelAccuracy: examples.length ? exact / examples.length : 0, mistakes };
}
