import type { Understanding } from "../../flows";
import type { EmotionPolicy, RuntimeSettings } from "./runtime-settings";

/** How many messages in a row, this one included, carried the same emotion label. */
export function nextEmotionStreak(previousLabel: string | null, previousStreak: number, understanding: Understanding): number {
  return understanding.emotion.label === previousLabel ? previousStreak + 1 : 1;
}

/**
 * The emotion policy that acts on this message, if any. A policy needing N messages in a row acts
 * on the Nth, 2Nth, … so an anxious customer is soothed again if they stay anxious, but not on
 * every single message.
 */
export function matchEmotionPolicy(settings: RuntimeSettings, understanding: Understanding, streak: number): EmotionPolicy | null {
  const { label, score } = understanding.emotion;
  for (const policy of settings.emotionPolicies) {
    if (!policy.enabled || policy.emotion !== label || score < policy.minScore) continue;
    if (streak % policy.consecutive !== 0) continue;
    return policy;
  }
  return null;
}

export function isHumanRequest(settings: RuntimeSettings, understanding: Understanding): boolean {
  return settings.humanRequest.enabled && understanding.intent.name === "human_agent" && understanding.intent.confidence >= settings.humanRequest.minConfidence;
}
