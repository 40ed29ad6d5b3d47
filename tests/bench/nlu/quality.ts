// Quality figures of the shipped NLU data: 5-fold CV and held-out intent accuracy per language,
// escalate-or-not F1 of emotion on the labelled emotion test sets.
// Run: npx tsx tests/bench/nlu/quality.ts [--errors]
// --errors lists misses of the first held-out set only: heldout2 is reported in aggregate (accuracy,
// per-intent recall) so that it stays an honest measure of unseen phrasing.
import { createUnderstander, crossValidate, evaluateEmotion, evaluateExamples, loadBuiltinTrainingData, loadEmotionTestData, loadHeldOutData, trainIntentModel } from "../../../server/nlu";
import { loadHeldOut2Data } from "./load-heldout2";

const showErrors = process.argv.includes("--errors");
const data = loadBuiltinTrainingData();
const heldOut = loadHeldOutData();

let t = performance.now();
const cv = crossValidate(data, { folds: 5 });
console.log(`5-fold CV (${((performance.now() - t) / 1000).toFixed(1)} s): overall ${pct(cv.accuracy)} on ${cv.n}`);
for (const l of cv.locales) console.log(`  ${l.locale.padEnd(5)} accuracy ${pct(l.accuracy)}  (n=${l.n})  worst F1: ${worst(l.perIntent)}`);

t = performance.now();
const model = trainIntentModel(data);
console.log(`\ntrain on all ${data.length} phrases: ${(performance.now() - t).toFixed(0)} ms, temperature ${model.temperature}, ${model.features.length} features`);
const understander = createUnderstander(model);
const held = evaluateExamples(understander, heldOut);
console.log(`held-out v1 (folded into training since the heldout2 round, so optimistic): overall ${pct(held.accuracy)} on ${held.n}`);
for (const l of held.locales) console.log(`  ${l.locale.padEnd(5)} accuracy ${pct(l.accuracy)}  (n=${l.n})  worst F1: ${worst(l.perIntent)}`);
const held2 = evaluateExamples(understander, loadHeldOut2Data());
console.log(`heldout2 (written before tuning, never trained on, misses never read): overall ${pct(held2.accuracy)} on ${held2.n}`);
for (const l of held2.locales) {
  console.log(`  ${l.locale.padEnd(5)} accuracy ${pct(l.accuracy)}  (n=${l.n})  worst F1: ${worst(l.perIntent)}`);
  console.log(`        recall ${l.perIntent.map((p) => `${p.intent} ${p.recall.toFixed(2)}`).join(", ")}`);
}
if (showErrors) {
  for (const e of heldOut) {
    const got = understander.classify(e.text);
    if (got.intent.name !== e.intent) console.log(`  ✗ [${e.locale}] ${e.text}  — want ${e.intent}, got ${got.intent.name} ${got.intent.confidence} (${got.ranking[0].name} ${got.ranking[0].confidence})`);
  }
}

console.log("\nemotion, escalate (angry|anxious) vs rest, on the labelled test sets:");
for (const locale of ["zh-CN", "en"] as const) {
  const r = evaluateEmotion(loadEmotionTestData(locale), locale);
  console.log(`  ${locale.padEnd(5)} F1 ${r.escalateF1.toFixed(3)}  precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  5-label accuracy ${pct(r.labelAccuracy)}  (n=${r.n})`);
  if (showErrors) for (const m of r.mistakes) console.log(`  ✗ ${m.text} — want ${m.expected}, got ${m.got}`);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
function worst(perIntent: { intent: string; f1: number }[]): string {
  return [...perIntent].sort((a, b) => a.f1 - b.f1).slice(0, 3).map((p) => `${p.intent} ${p.f1.toFixed(2)}`).join(", ");
}
