import { matchAll, parseNumber, ZH_NUMBER, type Candidate } from "./entity-candidates";

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const PREFIXED = new RegExp(String.raw`(?:[¥$]|RMB|CNY|USD|US\$|人民币)\s?(${NUM})`, "gi");
const SUFFIXED = new RegExp(String.raw`(?<![\d.])(${NUM}|${ZH_NUMBER})\s?(?:块钱|块|元|圆|毛钱|rmb|cny|yuan|dollars?|bucks?|usd)(?![a-z])`, "gi");

/** ¥12.5, 12元, 30块钱, 三十块, $20, 20 dollars → normalised to a plain decimal string ("12.5"). */
export function amountCandidates(text: string, priority: number): Candidate[] {
  const out: Candidate[] = [];
  for (const pattern of [PREFIXED, SUFFIXED]) {
    for (const { start, end, match } of matchAll(text, pattern)) {
      const value = parseNumber(match[1]);
      if (value === null || (pattern === SUFFIXED && /^[十百千万]$/.test(match[1]))) continue;
      const scaled = /毛钱$/.test(match[0]) ? value / 10 : value;
      out.push({ type: "amount", start, end, normalized: String(Math.round(scaled * 100) / 100), priority });
    }
  }
  return out;
}
