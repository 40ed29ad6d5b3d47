// The second held-out set (server/nlu/data/heldout2.*.json) was written before the model was tuned
// and is only ever scored in aggregate: reading its individual misses would turn it into training data.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { TrainingData } from "../../../server/nlu";

const fileSchema = z.object({ locale: z.enum(["zh-CN", "en"]), intents: z.record(z.string(), z.array(z.string().min(1))) });

export function loadHeldOut2Data(): TrainingData {
  return (["zh-CN", "en"] as const).flatMap((name) => {
    const raw: unknown = JSON.parse(readFileSync(new URL(`../../../server/nlu/data/heldout2.${name}.json`, import.meta.url), "utf8"));
    const { locale, intents } = fileSchema.parse(raw);
    return Object.entries(intents).flatMap(([intent, texts]) => texts.map((text) => ({ intent, locale, text })));
  });
}
