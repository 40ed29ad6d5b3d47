import type { Effect } from "../types";
import type { NodeExecutor } from "../executor";

const CSAT_PROMPT = { scriptKey: "csat.ask" };
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };

/**
 * Ends the flow with an outcome. With CSAT on, it first asks for a 1–5 rating; a reply that is not a
 * rating closes without one and is handed back to the runtime as a new message.
 */
export const endExecutor: NodeExecutor<"end"> = {
  enter(node, input) {
    const effects: Effect[] = [];
    if (node.data.message) effects.push({ type: "reply", nodeId: node.id, reply: node.data.message, vars: { ...input.vars } });
    if (node.data.csat) {
      effects.push({ type: "reply", nodeId: node.id, reply: node.data.csatPrompt ?? CSAT_PROMPT, vars: { ...input.vars } });
      return { effects, then: { kind: "wait_message" } };
    }
    effects.push({ type: "end", nodeId: node.id, outcome: node.data.outcome });
    return { effects, then: { kind: "stop", status: "ended", outcome: node.data.outcome } };
  },
  onMessage(node, _input, message) {
    const score = parseRating(message.text);
    const effects: Effect[] = score === null ? [] : [{ type: "record_csat", nodeId: node.id, score }];
    effects.push({ type: "end", nodeId: node.id, outcome: node.data.outcome });
    return { effects, consumeMessage: score !== null, then: { kind: "stop", status: "ended", outcome: node.data.outcome, unconsumedMessage: score === null } };
  },
};

/** "5", "４分", "五星", "★★★★", "4 stars" → 1–5; anything longer or different is not a rating. */
export function parseRating(text: string): number | null {
  const t = text.trim().replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (t.length === 0 || t.length > 12) return null;
  const stars = [...t].filter((ch) => ch === "★" || ch === "⭐").length;
  if (stars >= 1 && stars <= 5 && /^[★⭐\s]+$/u.test(t)) return stars;
  const digit = /^([1-5])\s*(分|星|颗星|stars?|points?|\/\s*5)?[!！.。]?$/i.exec(t);
  if (digit) return Number(digit[1]);
  const chinese = /^([一二两三四五])\s*(分|星|颗星)[!！。]?$/.exec(t);
  return chinese ? CHINESE_DIGITS[chinese[1]] : null;
}
