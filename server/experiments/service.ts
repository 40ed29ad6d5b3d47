import type { Kysely } from "kysely";
import type { AppContext } from "../app-context";
import { writeAudit, type Actor } from "../auth/audit";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import { DomainError } from "../errors";
import { invalidatePublishedScripts } from "../scripts/published-catalog";
import { parseContent, publishedContent, requireScriptRow } from "../scripts/repository";
import { writeVersion } from "../scripts/service";
import type { ScriptContent } from "../scripts/model";
import { invalidateExperiments, toExperiment, type Experiment } from "./catalog";
import { experimentInputSchema, type ExperimentInput } from "./model";
import { experimentBreakdown, experimentResults } from "./results";
import { rebuildTotals } from "./tracking";

type Db = Kysely<Database>;

async function requireExperiment(db: Db, key: string): Promise<Experiment> {
  const row = await db.selectFrom("experiments").selectAll().where("key", "=", key).executeTakeFirst();
  if (!row) throw new DomainError("not_found", `No experiment "${key}".`);
  return toExperiment(row);
}

export async function listExperiments(db: Db) {
  const rows = await db.selectFrom("experiments as e").leftJoin("users as u", "u.id", "e.owner_id").selectAll("e").select("u.name as owner").orderBy("e.created_at", "desc").execute();
  const users = await db
    .selectFrom("experiment_totals as t")
    .innerJoin("experiments as e", (j) => j.onRef("e.key", "=", "t.experiment_key").onRef("e.phase", "=", "t.phase").onRef("e.goal_metric", "=", "t.metric"))
    .select(["t.experiment_key"])
    .select((eb) => eb.fn.sum<number>("t.users").as("users"))
    .groupBy("t.experiment_key")
    .execute();
  return rows.map((row) => ({ ...toExperiment(row), owner: row.owner, exposed: users.filter((u) => u.experiment_key === row.key).reduce((s, u) => s + Number(u.users), 0) }));
}

async function checkTarget(db: Db, input: ExperimentInput, ownKey: string | null): Promise<void> {
  if (input.targetType !== "script" || !input.targetScriptKey) return;
  await requireScriptRow(db, input.targetScriptKey).catch(() => {
    throw new DomainError("invalid", `No script "${input.targetScriptKey}" in the library.`);
  });
  for (const v of input.variations) if (v.scriptKey) await requireScriptRow(db, v.scriptKey).catch(() => { throw new DomainError("invalid", `Variation "${v.key}" names an unknown script "${v.scriptKey}".`); });
  const clash = await db.selectFrom("experiments").select("key").where("target_script_key", "=", input.targetScriptKey).where("status", "=", "running").where("key", "!=", ownKey ?? "").executeTakeFirst();
  if (clash) throw new DomainError("conflict", `Experiment "${clash.key}" already runs on ${input.targetScriptKey}; stop it first.`);
}

function columns(input: ExperimentInput) {
  return {
    name: input.name,
    hypothesis: input.hypothesis,
    target_type: input.targetType,
    target_script_key: input.targetType === "script" ? input.targetScriptKey : null,
    variations_json: JSON.stringify(input.variations),
    coverage: input.coverage,
    condition_json: JSON.stringify(input.condition),
    goal_metric: input.goalMetric,
    guardrails_json: JSON.stringify(input.guardrails),
    conversion_window_hours: input.conversionWindowHours,
    analysis_json: JSON.stringify(input.analysis),
  };
}

export async function createExperiment(app: AppContext, actor: Actor, raw: unknown) {
  const input = experimentInputSchema.parse(raw);
  await app.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom("experiments").select("key").where("key", "=", input.key).executeTakeFirst()) throw new DomainError("conflict", `An experiment "${input.key}" exists already.`);
    await checkTarget(trx, input, null);
    const now = nowIso();
    await trx.insertInto("experiments").values({ key: input.key, ...columns(input), status: "draft", phase: 0, started_at: null, stopped_at: null, decision_json: null, owner_id: actor?.id ?? null, created_at: now, updated_at: now }).execute();
    await writeAudit(trx, actor, { action: "experiment.create", entityType: "experiment", entityId: input.key, summary: `Created experiment ${input.name}`, after: input });
  });
  return { key: input.key };
}

/** Weights, variations or coverage of a running experiment: a change starts a new phase (fresh exposures). */
function breaksAnalysis(before: Experiment, input: ExperimentInput): boolean {
  const shape = (vs: { key: string; weight: number }[]) => JSON.stringify(vs.map((v) => [v.key, v.weight]));
  return shape(before.variations) !== shape(input.variations) || before.coverage !== input.coverage || JSON.stringify(before.condition) !== JSON.stringify(input.condition);
}

export async function updateExperiment(app: AppContext, actor: Actor, key: string, raw: unknown) {
  const input = experimentInputSchema.parse(raw);
  if (input.key !== key) throw new DomainError("invalid", "The key of an experiment cannot change.");
  const result = await app.db.transaction().execute(async (trx) => {
    const before = await requireExperiment(trx, key);
    if (before.status === "stopped") throw new DomainError("conflict", "A stopped experiment cannot change; duplicate it instead.");
    await checkTarget(trx, input, key);
    const now = nowIso();
    const newPhase = before.status === "running" && breaksAnalysis(before, input);
    await trx.updateTable("experiments").set({ ...columns(input), updated_at: now, ...(newPhase ? { phase: before.phase + 1 } : {}) }).where("key", "=", key).execute();
    if (newPhase) {
      await trx.updateTable("experiment_phases").set({ ended_at: now }).where("experiment_key", "=", key).where("phase", "=", before.phase).execute();
      await trx.insertInto("experiment_phases").values({ experiment_key: key, phase: before.phase + 1, variations_json: JSON.stringify(input.variations), coverage: input.coverage, reason: "Variations, weights, coverage or targeting changed", started_at: now, ended_at: null }).execute();
    } else if (before.status === "running" && (before.goalMetric !== input.goalMetric || JSON.stringify(before.guardrails) !== JSON.stringify(input.guardrails) || before.conversionWindowHours !== input.conversionWindowHours)) {
      // Same assignment, other metrics: recompute the current phase's totals from the events.
      await rebuildTotals(trx, key);
    }
    await writeAudit(trx, actor, { action: "experiment.update", entityType: "experiment", entityId: key, summary: newPhase ? `Updated ${input.name}: new phase ${before.phase + 1}` : `Updated ${input.name}`, before, after: input });
    return { phase: newPhase ? before.phase + 1 : before.phase, newPhase };
  });
  invalidateExperiments(app);
  return result;
}

export async function startExperiment(app: AppContext, actor: Actor, key: string) {
  await app.db.transaction().execute(async (trx) => {
    const e = await requireExperiment(trx, key);
    if (e.status !== "draft") throw new DomainError("conflict", `The experiment is ${e.status}; only a draft can start.`);
    const now = nowIso();
    if (e.targetScriptKey) {
      const clash = await trx.selectFrom("experiments").select("key").where("target_script_key", "=", e.targetScriptKey).where("status", "=", "running").executeTakeFirst();
      if (clash) throw new DomainError("conflict", `Experiment "${clash.key}" already runs on ${e.targetScriptKey}; stop it first.`);
    }
    await trx.updateTable("experiments").set({ status: "running", phase: 1, started_at: now, updated_at: now }).where("key", "=", key).execute();
    await trx.insertInto("experiment_phases").values({ experiment_key: key, phase: 1, variations_json: JSON.stringify(e.variations), coverage: e.coverage, reason: "Started", started_at: now, ended_at: null }).execute();
    await writeAudit(trx, actor, { action: "experiment.start", entityType: "experiment", entityId: key, summary: `Started ${e.name}` });
  });
  invalidateExperiments(app);
  return { ok: true as const };
}

export async function stopExperiment(app: AppContext, actor: Actor, key: string) {
  await app.db.transaction().execute(async (trx) => {
    const e = await requireExperiment(trx, key);
    if (e.status !== "running") throw new DomainError("conflict", "Only a running experiment can stop.");
    const now = nowIso();
    await trx.updateTable("experiments").set({ status: "stopped", stopped_at: now, updated_at: now, decision_json: JSON.stringify({ action: "stopped", at: now }) }).where("key", "=", key).execute();
    await trx.updateTable("experiment_phases").set({ ended_at: now }).where("experiment_key", "=", key).where("phase", "=", e.phase).execute();
    await writeAudit(trx, actor, { action: "experiment.stop", entityType: "experiment", entityId: key, summary: `Stopped ${e.name}` });
  });
  invalidateExperiments(app);
  return { ok: true as const };
}

/**
 * Stops the experiment and publishes the chosen variation as the script's new version: another
 * script's variants, or the variation's text for every tier, emotion and locale of the script.
 */
export async function rollOutVariation(app: AppContext, actor: Actor, key: string, variationKey: string) {
  const version = await app.db.transaction().execute(async (trx) => {
    const e = await requireExperiment(trx, key);
    if (e.targetType !== "script" || !e.targetScriptKey) throw new DomainError("invalid", "Only a script experiment can roll out a variation to the library.");
    if (e.status === "draft") throw new DomainError("conflict", "A draft experiment has no results to roll out.");
    const variation = e.variations.find((v) => v.key === variationKey);
    if (!variation) throw new DomainError("invalid", `No variation "${variationKey}".`);
    const current = await publishedContent(trx, await requireScriptRow(trx, e.targetScriptKey));
    if (!current) throw new DomainError("conflict", `${e.targetScriptKey} has no published version.`);
    let content: ScriptContent = current;
    if (variation.scriptKey) {
      const other = await requireScriptRow(trx, variation.scriptKey);
      const source = (await publishedContent(trx, other)) ?? parseContent(other.draft_json ?? "{}");
      content = { ...current, variants: source.variants };
    } else if (variation.text) {
      content = { ...current, variants: current.variants.map((v) => ({ ...v, text: variation.text as string })) };
    }
    const now = nowIso();
    const note = `Rolled out "${variation.name}" from experiment ${e.name}`;
    const published = variation.text || variation.scriptKey ? await writeVersion(trx, actor, e.targetScriptKey, content, note, "experiment.rollout") : null;
    await trx.updateTable("experiments").set({ status: "stopped", stopped_at: e.stoppedAt ?? now, updated_at: now, decision_json: JSON.stringify({ action: "rolled_out", variation: variation.key, version: published ?? undefined, at: now }) }).where("key", "=", key).execute();
    await trx.updateTable("experiment_phases").set({ ended_at: now }).where("experiment_key", "=", key).where("phase", "=", e.phase).where("ended_at", "is", null).execute();
    await writeAudit(trx, actor, { action: "experiment.rollout", entityType: "experiment", entityId: key, summary: published ? `${note} as ${e.targetScriptKey} v${published}` : `Kept the control of ${e.name}` });
    return published;
  });
  invalidateExperiments(app);
  invalidatePublishedScripts(app);
  return { version };
}

export async function getExperiment(db: Db, key: string) {
  const experiment = await requireExperiment(db, key);
  const [phases, results] = await Promise.all([
    db.selectFrom("experiment_phases").selectAll().where("experiment_key", "=", key).orderBy("phase", "desc").execute(),
    experiment.status === "draft" ? null : experimentResults(db, experiment),
  ]);
  return { experiment, phases: phases.map((p) => ({ phase: p.phase, reason: p.reason, startedAt: p.started_at, endedAt: p.ended_at })), results };
}

export async function getBreakdown(db: Db, key: string, dimension: "channel" | "tier" | "locale") {
  return experimentBreakdown(db, await requireExperiment(db, key), dimension);
}

/** What the designer and the script editor show: which experiments run on what. */
export async function runningExperimentsSummary(db: Db) {
  const rows = await db.selectFrom("experiments").selectAll().where("status", "in", ["running", "draft"]).execute();
  return rows.map(toExperiment).map((e) => ({ key: e.key, name: e.name, status: e.status, targetScriptKey: e.targetScriptKey, variations: e.variations.map((v) => v.key) }));
}
