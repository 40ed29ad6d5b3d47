import { tokenize } from "./segment";
import { stem } from "./stem";
import type { NluLocale } from "./types";

export type KbEntry = { id: string; locale: NluLocale; question: string; alternatives: string[]; answer: string };
export type KbHit = { entryId: string; score: number; hit: boolean; answer: string };
type Doc = { entryId: string; answer: string; terms: Map<string, number>; length: number };
type LocaleIndex = { docs: Doc[]; postings: Map<string, number[]>; avgLength: number };
export type KbIndex = { byLocale: Map<NluLocale, LocaleIndex> };

/**
 * A hit needs the best entry's normalised BM25 score (its score over the score the query would get
 * against a copy of itself, so 1 = every query term matched as well as possible) to reach this.
 */
export const KB_HIT_THRESHOLD = 0.35;
const K1 = 1.2;
const B = 0.75;
const STOP_ZH = new Set("的 了 吗 呢 吧 啊 呀 哦 嘛 我 你 我们 你们 是 在 有 和 就 都 也 请问 请 一下 亲 想 要 能 可以 怎么 如何 什么 么 个 啥 咋 哪 多少 吧 嘛 诶 哈".split(" "));
// Stemmed, because they are compared with stemmed tokens.
const STOP_EN = new Set("a an the i me my you your we our is are was be do does did can could would should will to of in on for at it this that and or how what when where which please hi hello there any not".split(" ").map(stem));
const HAN = /^\p{Script=Han}+$/u;

/** Terms for retrieval: words without stop words, plus Chinese character bigrams as a backoff for segmentation mismatches. */
export function kbTerms(text: string, locale: NluLocale): string[] {
  const stop = locale === "en" ? STOP_EN : STOP_ZH;
  const out: string[] = [];
  let run = "";
  for (const token of tokenize(text)) {
    if (token === "?" || token === "!") continue;
    if (HAN.test(token)) run += token;
    else if (run) {
      pushBigrams(run, out);
      run = "";
    }
    if (!stop.has(token)) out.push(token);
  }
  if (run) pushBigrams(run, out);
  return out;
}

function pushBigrams(run: string, out: string[]): void {
  for (let i = 0; i + 1 < run.length; i += 1) out.push(`#${run.slice(i, i + 2)}`);
}

export function buildKbIndex(entries: readonly KbEntry[]): KbIndex {
  const byLocale = new Map<NluLocale, LocaleIndex>();
  for (const entry of entries) {
    const index: LocaleIndex = byLocale.get(entry.locale) ?? { docs: [], postings: new Map(), avgLength: 0 };
    byLocale.set(entry.locale, index);
    for (const phrasing of [entry.question, ...entry.alternatives]) {
      const terms = new Map<string, number>();
      const list = kbTerms(phrasing, entry.locale);
      for (const t of list) terms.set(t, (terms.get(t) ?? 0) + 1);
      const docId = index.docs.push({ entryId: entry.id, answer: entry.answer, terms, length: list.length }) - 1;
      for (const t of terms.keys()) {
        const posting = index.postings.get(t);
        if (posting) posting.push(docId);
        else index.postings.set(t, [docId]);
      }
    }
  }
  for (const index of byLocale.values()) index.avgLength = index.docs.reduce((s, d) => s + d.length, 0) / Math.max(1, index.docs.length);
  return { byLocale };
}

/** The best entry for `text` in `locale` with its normalised score, or null when nothing matches at all. */
export function searchKb(index: KbIndex, text: string, locale: NluLocale, threshold = KB_HIT_THRESHOLD): KbHit | null {
  const li = index.byLocale.get(locale);
  if (!li || li.docs.length === 0) return null;
  const query = new Map<string, number>();
  const terms = kbTerms(text, locale);
  for (const t of terms) query.set(t, (query.get(t) ?? 0) + 1);
  if (query.size === 0) return null;
  const n = li.docs.length;
  const idf = (t: string) => {
    const df = li.postings.get(t)?.length ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  const scores = new Map<number, number>();
  let ideal = 0;
  for (const [t, qtf] of query) {
    const w = idf(t);
    ideal += w * qtf * ((K1 + 1) / (1 + K1 * (1 - B + (B * terms.length) / li.avgLength)));
    for (const d of li.postings.get(t) ?? []) {
      const doc = li.docs[d];
      const tf = doc.terms.get(t) ?? 0;
      const s = (w * qtf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.length) / li.avgLength));
      scores.set(d, (scores.get(d) ?? 0) + s);
    }
  }
  let bestDoc = -1;
  let best = 0;
  for (const [d, s] of scores) {
    if (s <= best) continue;
    best = s;
    bestDoc = d;
  }
  if (bestDoc < 0) return null;
  const score = Math.round(Math.min(1, best / ideal) * 1000) / 1000;
  const doc = li.docs[bestDoc];
  return { entryId: doc.entryId, score, hit: score >= threshold, answer: doc.answer };
}
