import { z } from "zod";
import heldOutEn from "./data/heldout.en.json";
import heldOutZh from "./data/heldout.zh-CN.json";
import intentsEn from "./data/intents.en.json";
import intentsZh from "./data/intents.zh-CN.json";
import type { TrainingData, TrainingExample } from "./types";

const phraseFileSchema = z.object({ locale: z.enum(["zh-CN", "en"]), intents: z.record(z.string(), z.array(z.string().min(1))) });
type PhraseFile = z.infer<typeof phraseFileSchema>;

function flatten(files: unknown[]): TrainingExample[] {
  return files.flatMap((file) => {
    const { locale, intents }: PhraseFile = phraseFileSchema.parse(file);
    return Object.entries(intents).flatMap(([intent, texts]) => texts.map((text) => ({ intent, locale, text })));
  });
}

/** The shipped training phrases (zh-CN and en) for every built-in intent. */
export function loadBuiltinTrainingData(): TrainingData {
  return flatten([intentsZh, intentsEn]);
}

/**
 * Held-out phrases written separately from the training data and never trained on: they measure
 * how well the model generalises to wording it has not seen.
 */
export function loadHeldOutData(): TrainingData {
  return flatten([heldOutZh, heldOutEn]);
}
