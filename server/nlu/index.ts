// Public API of the understanding core: pure functions over a trained, JSON-serialisable model.
export { createUnderstander, DEFAULT_INTENT_THRESHOLD, type ParseOptions, type Understander, type UnderstanderOptions } from "./create-understander";
export { detectEmotion, fuseSpeechEmotion, textEmotionDistribution, type EmotionOptions, type UpstreamEmotion } from "./emotion";
export { extractEntities, type EntityOptions } from "./entities";
export { crossValidate, evaluateExamples, type Confusion, type CrossValidationOptions, type CrossValidationReport, type EvaluationReport, type IntentMetrics, type LocaleReport } from "./evaluate";
export { evaluateEmotion, loadEmotionTestData, type EmotionEvaluation } from "./evaluate-emotion";
export { intentModelSchema, parseIntentModel, type IntentModel } from "./intent-model";
export { INTENT_RULES, matchIntentRule, type IntentRule } from "./intent-rules";
export { buildKbIndex, KB_HIT_THRESHOLD, searchKb, type KbEntry, type KbHit, type KbIndex } from "./kb";
export { loadDemoKbEntries } from "./kb-demo";
export { detectLocale, segment, tokenize } from "./segment";
export { loadBuiltinTrainingData, loadHeldOutData } from "./training-data";
export { trainIntentModel, type TrainOptions } from "./train-intent-model";
export * from "./types";
