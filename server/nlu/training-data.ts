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
 * The first held-out set, written separately from the training data. Its misses were read while
 * tuning, so it is now optimistic; `tests/bench/nlu/load-heldout2.ts` loads the set that stays unseen.
 */
export function loadHeldOutData(): TrainingData {
  return flatten([heldOutZh, heldOutEn]);
}
