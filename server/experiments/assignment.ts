import type { Experiment as SdkExperiment, Result } from "@growthbook/growthbook";
import type { AppContext } from "../app-context";
import type { Exposure, ExperimentSubject, ScriptOverride } from "../runtime/experiment-port";
import { featureKeyOf, runningCatalog, type Experiment } from "./catalog";

/** The customer attributes a targeting condition can read. */
export function attributesOf(subject: ExperimentSubject): Record<string, unknown> {
  const { customer } = subject;
  return { ...customer.attributes, id: customer.id, tier: customer.tier, locale: customer.locale, channel: subject.channelKind, channelId: subject.channelId };
}

export type Assignment = { experiment: Experiment; index: number; exposure: Exposure | null };

/**
 * Evaluates an experiment for a customer with the GrowthBook SDK. The SDK's tracking callback (it
 * fires only when the customer is really in the experiment) produces the exposure; a variation
 * forced by the simulator is returned without one.
 */
export async function assignVariation(app: AppContext, subject: ExperimentSubject, experimentKey: string): Promise<Assignment | null> {
  const catalog = await runningCatalog(app);
  const experiment = catalog.experiments.get(experimentKey);
  if (!experiment) return null;
  const forced = subject.forcedVariations?.[experimentKey];
  if (forced !== undefined) {
    const index = experiment.variations.findIndex((v) => v.key === forced);
    if (index >= 0) return { experiment, index, exposure: null };
  }
  let tracked: { experiment: SdkExperiment<unknown>; result: Result<unknown> } | null = null;
  const scoped = catalog.client.createScopedInstance({ attributes: attributesOf(subject) });
  scoped.setTrackingCallback((sdkExperiment, result) => {
    tracked = { experiment: sdkExperiment, result };
  });
  const evaluation = scoped.evalFeature<number>(featureKeyOf(experimentKey));
  const index = typeof evaluation.value === "number" ? evaluation.value : -1;
  if (index < 0 || !evaluation.experimentResult?.inExperiment) return null;
  const exposure: Exposure | null = tracked ? { experimentKey, phase: experiment.phase, variation: experiment.variations[index].key } : null;
  return { experiment, index, exposure };
}

/** `experiment_split` nodes: the node's branch named like the assigned variation. */
export async function assignSplit(app: AppContext, subject: ExperimentSubject, experimentKey: string, branches: readonly string[]) {
  const assignment = await assignVariation(app, subject, experimentKey);
  if (!assignment) return { variation: null, exposure: null };
  const key = assignment.experiment.variations[assignment.index].key;
  return branches.includes(key) ? { variation: key, exposure: assignment.exposure } : { variation: null, exposure: null };
}

/** A running experiment on the script key decides what the customer reads; the control keeps the library's text. */
export async function scriptOverrideFor(app: AppContext, subject: ExperimentSubject, scriptKey: string): Promise<ScriptOverride | null> {
  const experiment = (await runningCatalog(app)).byScriptKey.get(scriptKey);
  if (!experiment) return null;
  const assignment = await assignVariation(app, subject, experiment.key);
  if (!assignment) return null;
  const variation = experiment.variations[assignment.index];
  return {
    ...(variation.text ? { text: variation.text } : {}),
    ...(variation.scriptKey ? { scriptKey: variation.scriptKey } : {}),
    exposure: assignment.exposure,
    variation: variation.key,
    experimentKey: experiment.key,
  };
}
