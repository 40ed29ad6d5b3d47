import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import customWords from "./data/custom-words.json";
import { stem } from "./stem";
import type { NluLocale } from "./types";

let jieba: Jieba | null = null;

/** The jieba instance with the general and customer-service dictionaries, built on first use (~0.2 s). */
export function getJieba(): Jieba {
  if (!jieba) {
    const instance = Jieba.withDict(dict);
    const lines = customWords.words.map(([word, freq]) => `${word} ${freq} n`).join("\n");
    instance.loadDict(Buffer.from(lines, "utf8"));
    jieba = instance;
  }
  return jieba;
}

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;
const LATIN_ALL = /[a-zA-Z]/g;

/** zh-CN when Han characters carry the message, en otherwise ("hello 客服" is zh, "refund 退款 please asap" is en). */
export function detectLocale(text: string): NluLocale {
  const han = text.match(HAN_ALL)?.length ?? 0;
  if (han === 0) return "en";
  const latin = text.match(LATIN_ALL)?.length ?? 0;
  return han * 3 >= latin ? "zh-CN" : "en";
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

const WORDISH = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/** Surface words, lower-cased, punctuation and spaces dropped: what a person would call "the words". */
export function segment(text: string): string[] {
  const normal = text.normalize("NFKC").toLowerCase();
  if (!hasHan(normal)) return normal.match(EN_TOKEN) ?? [];
  return getJieba()
    .cut(normal, true)
    .filter((w) => WORDISH.test(w));
}

const EN_TOKEN = /[a-z0-9]+(?:'[a-z]+)?|\p{Extended_Pictographic}/gu;
const LONG_CODE = /^(?=.*\d)[a-z0-9]{6,}$/;
const CONTRACTION = /'(s|re|m|ll|ve|d)$/;

/**
 * Normalised tokens for models: English stemmed with contractions undone, long digit/letter codes
 * (order and tracking numbers) collapsed to one placeholder so they generalise, "?" and "!" kept
 * because they carry intent and emotion.
 */
export function tokenize(text: string): string[] {
  const normal = text.normalize("NFKC").toLowerCase().replace(/[’`]/g, "'");
  const raw = hasHan(normal) ? getJieba().cut(normal, true) : (normal.match(EN_TOKEN_WITH_MARKS) ?? []);
  const out: string[] = [];
  for (const piece of raw) pushToken(piece, out);
  return out;
}

const EN_TOKEN_WITH_MARKS = /[a-z0-9]+(?:'[a-z]+)?|\p{Extended_Pictographic}|[?!]/gu;
const LATIN_PIECE = /^[a-z0-9']+$/;

function pushToken(piece: string, out: string[]): void {
  if (piece === "?" || piece === "!") {
    out.push(piece);
    return;
  }
  if (!LATIN_PIECE.test(piece)) {
    if (WORDISH.test(piece)) out.push(piece.trim());
    return;
  }
  if (LONG_CODE.test(piece)) {
    out.push("<code>");
    return;
  }
  let word = piece.replace(/^'+|'+$/g, "");
  if (!word) return;
  if (word.endsWith("n't")) {
    const head = word === "won't" ? "will" : word === "can't" ? "can" : word.slice(0, -3);
    if (head) out.push(stem(head));
    out.push("not");
    return;
  }
  word = word.replace(CONTRACTION, "").replace(/'/g, "");
  if (word) out.push(stem(word));
}
