import type { Kysely } from "kysely";
import type { Actor } from "../auth/audit";
import { writeAudit } from "../auth/audit";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import { listAllPhrases, markActive, nextModelVersion } from "./repository";
import { crossValidate, trainModelJson, type TrainingPhrase } from "./service-core";
import { accuracySummary, type NluMetrics } from "./service-metrics";
import { getNluSettings } from "./service-settings";

export type TrainingPhase = "training" | "evaluating";

export type TrainingHooks = {
  onPhase?: (phase: TrainingPhase, progress: number) => void;
  /** Lets the event loop serve requests between CPU-heavy steps (folds, locales). */
  breathe?: () => Promise<void>;
};

export type TrainedModel = {
  version: number;
  modelJson: string;
  metrics: NluMetrics;
  phraseCount: number;
  durationMs: number;
};

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Builds the dataset from the database (built-in and console phrases), trains the model that will
 * serve, cross-validates it for the Evaluation view, then stores it as the new active version in
 * one transaction. A throw anywhere leaves the previous model active.
 */
export async function trainAndActivate(
  db: Kysely<Database>,
  actor: Actor,
  hooks: TrainingHooks = {},
): Promise<TrainedModel> {
  const started = performance.now();
  const breathe = hooks.breathe ?? yieldToEventLoop;
  const phrases: TrainingPhrase[] = await listAllPhrases(db);
  if (phrases.length === 0) throw new Error("There are no training phrases.");
  hooks.onPhase?.("training", 0);
  await breathe();
  const modelJson = trainModelJson(phrases);
  hooks.onPhase?.("evaluating", 0);
  await breathe();
  const { confidenceThreshold } = await getNluSettings(db);
  const metrics = await crossValidate(phrases, {
    breathe,
    threshold: confidenceThreshold,
    onProgress: (fraction) => hooks.onPhase?.("evaluating", fraction),
  });
  const durationMs = Math.round(performance.now() - started);

  const version = await db.transaction().execute(async (trx) => {
    const next = await nextModelVersion(trx);
    await trx
      .insertInto("nlu_models")
      .values({
        version: next,
        created_at: nowIso(),
        created_by: actor?.email ?? null,
        phrase_count: phrases.length,
        duration_ms: durationMs,
        metrics_json: JSON.stringify(metrics),
        model_json: modelJson,
        active: 0,
      })
      .execute();
    await markActive(trx, next);
    const summary = accuracySummary(metrics);
    await writeAudit(trx, actor, {
      action: "nlu.model.train",
      entityType: "nlu_model",
      entityId: String(next),
      summary: `v${next}: ${phrases.length} phrases, CV accuracy ${(summary.overall * 100).toFixed(1)}%`,
      after: { version: next, phraseCount: phrases.length, durationMs, accuracy: summary },
    });
    return next;
  });
  return { version, modelJson, metrics, phraseCount: phrases.length, durationMs };
}
