import { z } from "zod";

/**
 * The trained intent model as stored in the database: plain JSON, swapped atomically by reference.
 * `weights` is feature-major (`weights[j * intents.length + k]`), rounded so that a model and its
 * JSON round-trip score identically.
 */
export const intentModelSchema = z.object({
  kind: z.literal("kefu-intent-lr"),
  version: z.string().min(1),
  intents: z.array(z.string()).min(1),
  features: z.array(z.string()),
  idf: z.array(z.number()),
  weights: z.array(z.number()),
  bias: z.array(z.number()),
  temperature: z.number().positive(),
  trainedOn: z.object({ examples: z.number().int(), perLocale: z.record(z.string(), z.number().int()) }),
});
export type IntentModel = z.infer<typeof intentModelSchema>;

/** Parses untrusted JSON (e.g. a DB column) into a model, checking the array sizes agree. */
export function parseIntentModel(json: unknown): IntentModel {
  const model = intentModelSchema.parse(typeof json === "string" ? JSON.parse(json) : json);
  const f = model.features.length;
  const k = model.intents.length;
  if (model.idf.length !== f || model.weights.length !== f * k || model.bias.length !== k) {
    throw new Error(`Intent model ${model.version} is inconsistent: ${f} features, ${k} intents, ${model.weights.length} weights.`);
  }
  return model;
}
