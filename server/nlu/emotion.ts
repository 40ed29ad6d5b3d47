import { builtinEmotionCues, scoreEmotionCues } from "./emotion-cues";
import { CUE_LABELS, lexiconScores, type CueScores } from "./emotion-lexicon";
import { detectLocale } from "./segment";
import { EMOTION_LABELS, type Emotion, type EmotionLabel, type NluLocale } from "./types";

export type UpstreamEmotion = { label: string; score: number };
export type EmotionOptions = { locale?: NluLocale; upstreamEmotion?: UpstreamEmotion };

// Lexicon evidence is squashed to [0,1) and blended with the learned cues; neutral gets a base
// share that lexicon evidence eats into, so the learned cues alone can still tip a message.
const W_LEXICON = 0.6;
const W_LEARNED = 0.4;
const NEUTRAL_BASE = 0.5;
const LEARNED_POWER = 0.5;

/** Text emotion, optionally fused with an upstream speech score (see `fuseSpeechEmotion`). */
export function detectEmotion(text: string, options: EmotionOptions = {}): Emotion {
  const distribution = textEmotionDistribution(text, options.locale);
  const upstream = options.upstreamEmotion;
  return upstream ? fuseSpeechEmotion(distribution, upstream) : pick(distribution);
}

/** Probability-like scores over EMOTION_LABELS (same order), summing to 1. */
export function textEmotionDistribution(text: string, locale?: NluLocale): Float64Array {
  const normal = text.normalize("NFKC").toLowerCase();
  const raw = lexiconScores(normal, locale ?? detectLocale(text));
  addSurfaceCues(text, normal, raw);
  const learned = flatten(scoreEmotionCues(builtinEmotionCues(), text));
  const out = new Float64Array(EMOTION_LABELS.length);
  let strongest = 0;
  for (const label of CUE_LABELS) {
    const squashed = 1 - Math.exp(-raw[label]);
    strongest = Math.max(strongest, squashed);
    out[EMOTION_LABELS.indexOf(label)] = W_LEXICON * squashed + W_LEARNED * learned[EMOTION_LABELS.indexOf(label)];
  }
  const neutral = EMOTION_LABELS.indexOf("neutral");
  out[neutral] = W_LEXICON * NEUTRAL_BASE * (1 - strongest) + W_LEARNED * learned[neutral];
  let sum = 0;
  for (const v of out) sum += v;
  for (let i = 0; i < out.length; i += 1) out[i] /= sum;
  return out;
}

/**
 * Speech fusion rule: the fused score of each label is 0.6 × text + 0.4 × speech, where the speech
 * vector gives the upstream label its score and splits the rest evenly; when the text alone reads
 * neutral and the speech score is at least 0.8, speech wins outright (tone carries what words hide).
 */
export function fuseSpeechEmotion(text: Float64Array, upstream: UpstreamEmotion): Emotion {
  const index = EMOTION_LABELS.indexOf(upstream.label as EmotionLabel);
  const score = Math.min(1, Math.max(0, upstream.score));
  if (index < 0 || !Number.isFinite(score)) return pick(text);
  const fromText = pick(text);
  if (fromText.label === "neutral" && score >= 0.8) return { label: EMOTION_LABELS[index], score: round(score) };
  const fused = text.map((t, i) => 0.6 * t + 0.4 * (i === index ? score : (1 - score) / (EMOTION_LABELS.length - 1)));
  return pick(fused);
}

function pick(distribution: Float64Array): Emotion {
  let best = EMOTION_LABELS.length - 1;
  for (let i = 0; i < distribution.length; i += 1) if (distribution[i] > distribution[best]) best = i;
  return { label: EMOTION_LABELS[best], score: round(distribution[best]) };
}

// Naive Bayes is over-confident on short texts (one seen word decides); a power < 1 tempers it.
function flatten(p: Float64Array): Float64Array {
  let sum = 0;
  for (let i = 0; i < p.length; i += 1) sum += p[i] = Math.pow(p[i], LEARNED_POWER);
  for (let i = 0; i < p.length; i += 1) p[i] /= sum;
  return p;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const HAN_REPEAT = /(\p{Script=Han}{1,3})\1+/gu;
const WORD_REPEAT = /\b([a-z]+)(?:[\s,]+\1\b)+/g;
const STRETCH = /([a-z])\1{2,}/;
const CAPS_WORD = /\b[A-Z]{3,}\b/g;
const ACRONYM = /^(ASAP|USD|RMB|CNY|VIP|SMS|APP|DHL|UPS|EMS|VAT|PDF|FAQ|OK|SKU)$/;

/** Shouting, stacked punctuation and repetition: the signals a lexicon cannot list. */
function addSurfaceCues(original: string, normal: string, raw: CueScores): void {
  const exclamations = normal.match(/!/g)?.length ?? 0;
  const hasQuestionRun = /\?{2,}|\?!|!\?/.test(normal);
  const urgentSide = raw.anxious > raw.angry ? "anxious" : "angry";
  if (exclamations >= 2) raw[urgentSide] += 0.25 * Math.min(exclamations, 6);
  else if (exclamations === 1 && raw.angry + raw.anxious > 0) raw[urgentSide] += 0.2;
  if (hasQuestionRun) {
    raw.anxious += 0.5;
    raw.angry += /\?!|!\?/.test(normal) ? 0.5 : 0.25;
  }
  HAN_REPEAT.lastIndex = 0;
  for (let m = HAN_REPEAT.exec(normal); m; m = HAN_REPEAT.exec(normal)) {
    const unit = m[1];
    if (/[哈嘻嘿]/.test(unit)) raw.happy += 0.6;
    else if (/呵/.test(unit)) raw.angry += 0.6;
    else if (/[呜唉]/.test(unit)) raw.sad += 0.8;
    else if (/[快急催在吗人呢回]/.test(unit)) raw.anxious += 0.9;
    else if (/[谢]/.test(unit)) raw.happy += 0.5;
  }
  WORD_REPEAT.lastIndex = 0;
  for (let m = WORD_REPEAT.exec(normal); m; m = WORD_REPEAT.exec(normal)) {
    if (/^(ha|haha|lol|thanks|thank|bye|yes|very|so|really|no)$/.test(m[1])) continue;
    raw.anxious += 0.7;
  }
  if (STRETCH.test(normal) && !/(ha){2,}|lol|(o){3,}k/.test(normal)) raw.anxious += 0.3;
  const caps = (original.match(CAPS_WORD) ?? []).filter((w) => !ACRONYM.test(w));
  if (caps.length >= 3) raw.angry += /[a-z]/.test(original) ? 1.2 : 2;
  else if (caps.length === 2 || caps.some((w) => w.length >= 5)) raw.angry += 0.6;
}
