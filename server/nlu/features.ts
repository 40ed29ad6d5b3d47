import { tokenize } from "./segment";

const HAN_TOKEN = /^\p{Script=Han}+$/u;
const LATIN_TOKEN = /^[a-z0-9]+$/;

/**
 * Sparse features of one message: word unigrams and bigrams over the segmented/stemmed tokens,
 * plus character n-grams (1–3 across runs of Chinese words, so segmentation mistakes and unseen
 * compounds still match; 3–5 inside English words, so typos like "recieve" still share most grams).
 */
export function intentFeatures(text: string): string[] {
  const tokens = tokenize(text);
  const out: string[] = [];
  let prev = "^";
  let hanRun = "";
  for (const token of tokens) {
    out.push(`w ${token}`);
    out.push(`b ${prev} ${token}`);
    prev = token;
    if (HAN_TOKEN.test(token)) {
      hanRun += token;
      continue;
    }
    if (hanRun) {
      pushHanGrams(hanRun, out);
      hanRun = "";
    }
    if (LATIN_TOKEN.test(token)) pushLatinGrams(token, out);
  }
  if (hanRun) pushHanGrams(hanRun, out);
  if (tokens.length > 0) out.push(`b ${prev} $`);
  return out;
}

function pushHanGrams(run: string, out: string[]): void {
  const n = run.length;
  for (let i = 0; i < n; i += 1) {
    out.push(`c ${run[i]}`);
    if (i + 1 < n) out.push(`c ${run.slice(i, i + 2)}`);
    if (i + 2 < n) out.push(`c ${run.slice(i, i + 3)}`);
  }
}

function pushLatinGrams(word: string, out: string[]): void {
  if (word.length < 3) return;
  const padded = `<${word}>`;
  const n = padded.length;
  for (let size = 3; size <= 5; size += 1) {
    for (let i = 0; i + size <= n; i += 1) out.push(`c ${padded.slice(i, i + size)}`);
  }
}
