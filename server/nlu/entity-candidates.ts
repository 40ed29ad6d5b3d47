import type { EntityType } from "./types";

/** A possible entity; lower `priority` wins an overlap (a tracking number is never also a phone). */
export type Candidate = { type: EntityType; start: number; end: number; normalized?: string; priority: number };

/** Runs a global regex, reporting the span of `group` (0 = whole match). */
export function* matchAll(text: string, pattern: RegExp, group = 0): Generator<{ start: number; end: number; match: RegExpExecArray }> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const part = m[group];
    if (part === undefined) continue;
    const start = group === 0 ? m.index : m.index + m[0].lastIndexOf(part);
    yield { start, end: start + part.length, match: m };
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
}

/** Keeps the best non-overlapping candidates, in text order. */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const byRank = [...candidates].sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of byRank) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
export const ZH_NUMBER = "[零〇一二两三四五六七八九十百千万]+";

/** 三十 → 30, 一百二十五 → 125, 两千 → 2000, 十五 → 15; null if it is not a number. */
export function parseChineseNumber(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in ZH_DIGITS) {
      digit = ZH_DIGITS[ch];
      continue;
    }
    const unit = ZH_UNITS[ch];
    if (unit === undefined) return null;
    if (unit === 10000) {
      total += (section + Math.max(digit, 0)) * unit;
      section = 0;
    } else section += (digit < 0 ? 1 : digit) * unit;
    digit = -1;
  }
  return total + section + Math.max(digit, 0);
}

export function parseNumber(text: string): number | null {
  if (/^\d[\d,]*(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ""));
  return parseChineseNumber(text);
}

/** Full-width ASCII to half-width, one code unit for one, so offsets stay valid for the original. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) => (ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}
