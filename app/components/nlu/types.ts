import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "../../../server/trpc/router";

type NluOutputs = inferRouterOutputs<AppRouter>["nlu"];

export type TryItResult = NluOutputs["tryIt"];
export type Understanding = TryItResult["understanding"];
export type RetrainJob = NluOutputs["models"]["job"];
export type Metrics = NluOutputs["evaluation"]["metrics"];
export type KbEntry = NluOutputs["kb"]["list"]["entries"][number];
export type KbTestResult = NluOutputs["kb"]["test"];
export type NluLocale = "zh-CN" | "en";

/** Display names of intents in the console's language, keyed by intent name. */
export type IntentLabels = Record<string, { zh: string; en: string }>;

export function intentLabel(labels: IntentLabels, name: string, language: string): string {
  const label = labels[name];
  if (!label) return name;
  return language.startsWith("zh") ? label.zh : label.en;
}
