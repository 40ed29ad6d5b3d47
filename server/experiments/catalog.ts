import { GrowthBookClient, type ConditionInterface, type FeatureApiResponse } from "@growthbook/growthbook";
import type { Kysely, Selectable } from "kysely";
import type { AppContext } from "../app-context";
import type { Database } from "../db/schema";
import type { ExperimentsTable } from "../db/tables/experiments";
import { memoService } from "../services";
import { analysisSettingsSchema, metricsOf, normalisedWeights, type AnalysisSettings, type MetricDefinition, type Variation } from "./model";

export type Experiment = {
  key: string;
  name: string;
  hypothesis: string;
  targetType: "script" | "flow";
  targetScriptKey: string | null;
  variations: Variation[];
  coverage: number;
  condition: Record<string, unknown>;
  goalMetric: string;
  guardrails: string[];
  conversionWindowHours: number;
  analysis: AnalysisSettings;
  status: "draft" | "running" | "stopped";
  phase: number;
  startedAt: string | null;
  stoppedAt: string | null;
  decision: { action: string; variation?: string; version?: number; at: string } | null;
  ownerId: string | null;
  createdAt: string;
  updatedAt: string;
};

export function toExperiment(row: Selectable<ExperimentsTable>): Experiment {
  return {
    key: row.key,
    name: row.name,
    hypothesis: row.hypothesis,
    targetType: row.target_type,
    targetScriptKey: row.target_script_key,
    variations: JSON.parse(row.variations_json) as Variation[],
    coverage: row.coverage,
    condition: JSON.parse(row.condition_json) as Record<string, unknown>,
    goalMetric: row.goal_metric,
    guardrails: JSON.parse(row.guardrails_json) as string[],
    conversionWindowHours: row.conversion_window_hours,
    analysis: analysisSettingsSchema.parse(JSON.parse(row.analysis_json)),
    status: row.status,
    phase: row.phase,
    startedAt: row.started_at,
    stoppedAt: row.stopped_at,
    decision: row.decision_json ? (JSON.parse(row.decision_json) as Experiment["decision"]) : null,
    ownerId: row.owner_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The feature that carries an experiment in the GrowthBook payload. */
export const featureKeyOf = (experimentKey: string) => `experiment:${experimentKey}`;

/**
 * The GrowthBook features payload for the running experiments: one feature per experiment whose
 * only rule is the experiment (variation index as value), hashed on the customer id, seeded by the
 * key, so a customer keeps the variation across conversations and channels.
 */
export function featuresPayload(experiments: readonly Experiment[]): FeatureApiResponse {
  const features: NonNullable<FeatureApiResponse["features"]> = {};
  for (const e of experiments) {
    if (e.status !== "running") continue;
    features[featureKeyOf(e.key)] = {
      defaultValue: -1,
      rules: [
        {
          key: e.key,
          variations: e.variations.map((_, index) => index),
          weights: normalisedWeights(e.variations),
          coverage: e.coverage,
          ...(Object.keys(e.condition).length > 0 ? { condition: e.condition as ConditionInterface } : {}),
          hashAttribute: "id",
          hashVersion: 2,
          seed: e.key,
          phase: String(e.phase),
          meta: e.variations.map((v) => ({ key: v.key, name: v.name })),
        },
      ],
    };
  }
  return { features };
}

export type RunningCatalog = {
  experiments: Map<string, Experiment>;
  byScriptKey: Map<string, Experiment>;
  metrics: Map<string, MetricDefinition[]>;
  client: GrowthBookClient;
};

type Cache = { value: RunningCatalog | null; readAt: number };
const TTL_MS = 1000;

/** The running experiments and an SDK client over them; re-read at most once a second, at once after a change. */
export async function runningCatalog(app: AppContext): Promise<RunningCatalog> {
  const cache = memoService(app, "experiments.catalog", (): Cache => ({ value: null, readAt: 0 }));
  if (cache.value && Date.now() - cache.readAt < TTL_MS) return cache.value;
  const value = await loadCatalog(app.db);
  cache.value?.client.destroy();
  cache.value = value;
  cache.readAt = Date.now();
  return value;
}

export function invalidateExperiments(app: AppContext): void {
  memoService(app, "experiments.catalog", (): Cache => ({ value: null, readAt: 0 })).readAt = 0;
}

async function loadCatalog(db: Kysely<Database>): Promise<RunningCatalog> {
  const rows = await db.selectFrom("experiments").selectAll().where("status", "=", "running").execute();
  const experiments = rows.map(toExperiment);
  const client = new GrowthBookClient().initSync({ payload: featuresPayload(experiments) });
  return {
    experiments: new Map(experiments.map((e) => [e.key, e])),
    byScriptKey: new Map(experiments.filter((e) => e.targetType === "script" && e.targetScriptKey).map((e) => [e.targetScriptKey as string, e])),
    metrics: new Map(experiments.map((e) => [e.key, metricsOf(e)])),
    client,
  };
}
