// High-precision overrides: phrasings so unambiguous that a learned model should never get the
// last word (a customer typing 转人工 must reach a person even if the model is retrained badly).
const HUMAN_ZH = /转人工|人工客服|人工服务|找人工|要人工|接人工|转接人工|叫人工|人工坐席|真人客服|找(个|一个)?真人|(跟|和|让)(个|一个)?真人|活人/;
const HUMAN_EN =
  /\b(talk|speak|chat)(ing)? (to|with) (a |an |some |your )?(real |live |actual )?(human|person|agent|representative|rep|operator|someone real)\b|\breal (human|person)\b|\blive (agent|person|chat agent|operator)\b|\bhuman (agent|being|support)\b|\b(transfer|connect|put) me (to|with|through to) (a |an |your |the )?(real |live )?(human|person|agent|representative|rep|operator|customer service)\b/i;

export type IntentRule = { intent: string; pattern: RegExp };

export const INTENT_RULES: readonly IntentRule[] = [
  { intent: "human_agent", pattern: HUMAN_ZH },
  { intent: "human_agent", pattern: HUMAN_EN },
];

/** The intent forced by a rule, or null. */
export function matchIntentRule(text: string, rules: readonly IntentRule[] = INTENT_RULES): string | null {
  for (const rule of rules) if (rule.pattern.test(text)) return rule.intent;
  return null;
}
