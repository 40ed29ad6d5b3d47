import lexicon from "./data/emotion-lexicon.json";
import type { NluLocale } from "./types";

export type CueLabel = "angry" | "anxious" | "sad" | "happy";
export const CUE_LABELS: readonly CueLabel[] = ["angry", "anxious", "sad", "happy"];
export type CueScores = Record<CueLabel, number>;

type Cue = { label: CueLabel; weight: number };
type Compiled = { pattern: RegExp; terms: Map<string, Cue>; wildcards: { re: RegExp; cue: Cue }[]; negator: RegExp; intensifier: RegExp };
// "别敷衍我" / "don't lie to me" tell the agent to stop doing something: still anger, not its negation.
const IMPERATIVE = /(?:别|不要|don't|stop)\s*$/u;
const compiled = new Map<NluLocale, Compiled>();

function compile(locale: NluLocale): Compiled {
  const cached = compiled.get(locale);
  if (cached) return cached;
  const terms = new Map<string, Cue>();
  const wildcards: { re: RegExp; cue: Cue }[] = [];
  const sources: string[] = [];
  const en = locale === "en";
  for (const label of CUE_LABELS) {
    for (const [term, weight] of lexicon[locale][label] as [string, number][]) {
      const key = term.toLowerCase();
      terms.set(key, { label, weight });
      const body = key.split("*").map(escape).join("[a-z*]*");
      if (key.includes("*")) wildcards.push({ re: new RegExp(`^${body}$`), cue: { label, weight } });
      sources.push(en && /^[a-z0-9]/.test(key) ? `\\b${body}${/[a-z0-9*]$/.test(key) ? "\\b" : ""}` : body);
    }
  }
  // Longest alternatives first so 气死我了 wins over 气死 and "thank you" over "thank".
  sources.sort((a, b) => b.length - a.length);
  const result: Compiled = {
    pattern: new RegExp(sources.join("|"), "gu"),
    terms,
    wildcards,
    negator: new RegExp(lexicon.negators[locale], "u"),
    intensifier: new RegExp(lexicon.intensifiers[locale], "u"),
  };
  compiled.set(locale, result);
  return result;
}

/**
 * Lexicon evidence per label. A negated positive cue (不满意, "not happy") counts as anger, a
 * negated negative cue (不着急, "not angry") counts for nothing; an intensifier just before a cue
 * (非常, 太, "so") multiplies it.
 */
export function lexiconScores(normalText: string, locale: NluLocale): CueScores {
  const { pattern, terms, wildcards, negator, intensifier } = compile(locale);
  const scores: CueScores = { angry: 0, anxious: 0, sad: 0, happy: 0 };
  pattern.lastIndex = 0;
  for (let m = pattern.exec(normalText); m; m = pattern.exec(normalText)) {
    const word = m[0];
    const cue = terms.get(word) ?? wildcards.find((w) => w.re.test(word))?.cue;
    if (!cue) continue;
    const before = normalText.slice(Math.max(0, m.index - 14), m.index);
    if (negator.test(before) && !(cue.label === "angry" && IMPERATIVE.test(before))) {
      if (cue.label === "happy") scores.angry += cue.weight * 0.7;
      continue;
    }
    const boost = intensifier.test(before) ? 1.6 : 1;
    scores[cue.label] += cue.weight * boost;
  }
  return scores;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
