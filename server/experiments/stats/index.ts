export { analysisRequestSchema, analyzeExperiment, statisticOf, type AnalysisRequest, type AnalysisResult, type VariationResult, type VariationSummary } from "./analyze";
export { bayesianTest, FLAT_PRIOR, type BayesianResult, type Prior } from "./bayesian";
export { adjustPValues, type Correction } from "./corrections";
export { tTest, type Alternative, type FrequentistResult, type Interval } from "./frequentist";
export { effectMoments, type Difference, type Moments } from "./moments";
export { sequentialTest } from "./sequential";
export { SRM_WARNING_P, srmPValue } from "./srm";
