import type { Kysely, Transaction } from "kysely";
import type { AppContext } from "../app-context";
import type { Database } from "../db/schema";
import type { Exposure, ExperimentSubject } from "../runtime/experiment-port";
import { runningCatalog, toExperiment, type Experiment } from "./catalog";
import { totalsDelta, unitValues, type UnitEvent, type UnitValues } from "./metrics";
import { metricsOf } from "./model";

type Db = Kysely<Database> | Transaction<Database>;

/** Adds a unit's change of metric values to the running totals of its variation and exposure day. */
async function applyTotals(db: Db, key: { experiment_key: string; phase: number; variation: number; day: string }, before: UnitValues | null, after: UnitValues): Promise<void> {
  for (const [metric, value] of Object.entries(after)) {
    const delta = totalsDelta(before ? before[metric] : null, value);
    const users = before ? 0 : 1;
    if (users === 0 && delta.n === 0 && delta.sum === 0 && delta.sumSquares === 0) continue;
    await db
      .insertInto("experiment_totals")
      .values({ ...key, metric, users, n: delta.n, sum: delta.sum, sum_squares: delta.sumSquares })
      .onConflict((oc) =>
        oc.columns(["experiment_key", "phase", "variation", "metric", "day"]).doUpdateSet((eb) => ({
          users: eb("experiment_totals.users", "+", users),
          n: eb("experiment_totals.n", "+", delta.n),
          sum: eb("experiment_totals.sum", "+", delta.sum),
          sum_squares: eb("experiment_totals.sum_squares", "+", delta.sumSquares),
        })),
      )
      .execute();
  }
}

/**
 * Inside the turn's transaction, after its events: writes the first exposure of each customer per
 * experiment phase (a second one is ignored) and brings the customer's metric values up to date.
 */
export async function persistExposures(app: AppContext, trx: Db, subject: ExperimentSubject, exposures: readonly Exposure[], at: string): Promise<void> {
  const catalog = await runningCatalog(app);
  if (catalog.experiments.size === 0) return;
  for (const exposure of exposures) {
    const experiment = catalog.experiments.get(exposure.experimentKey);
    if (experiment && experiment.phase === exposure.phase) await recordExposure(trx, experiment, subject, exposure.variation, at);
  }
  await refreshCustomer(trx, subject.customer.id);
}

/** The first exposure of a customer to an experiment phase: its row and its place in the totals. */
export async function recordExposure(trx: Db, experiment: Experiment, subject: ExperimentSubject, variationKey: string, at: string): Promise<boolean> {
  const variation = experiment.variations.findIndex((v) => v.key === variationKey);
  if (variation < 0) return false;
  const values = unitValues(metricsOf(experiment), [], at, experiment.conversionWindowHours);
  const row = { experiment_key: experiment.key, phase: experiment.phase, variation, day: at.slice(0, 10) };
  const inserted = await trx
    .insertInto("experiment_exposures")
    .values({ ...row, customer_id: subject.customer.id, exposed_at: at, channel_kind: subject.channelKind, tier: subject.customer.tier, locale: subject.customer.locale, values_json: JSON.stringify(values) })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await applyTotals(trx, row, null, values);
  return true;
}

/** Recomputes a customer's metric values in every running experiment they were exposed to. */
export async function refreshCustomer(db: Db, customerId: string): Promise<void> {
  const exposures = await db
    .selectFrom("experiment_exposures as x")
    .innerJoin("experiments as e", (join) => join.onRef("e.key", "=", "x.experiment_key").onRef("e.phase", "=", "x.phase"))
    .selectAll("x")
    .select(["e.goal_metric", "e.guardrails_json", "e.conversion_window_hours", "e.status"])
    .where("x.customer_id", "=", customerId)
    .where("e.status", "=", "running")
    .execute();
  if (exposures.length === 0) return;
  const since = exposures.reduce((min, x) => (x.exposed_at < min ? x.exposed_at : min), exposures[0].exposed_at);
  const events: UnitEvent[] = await db
    .selectFrom("events")
    .select(["at", "type", "name", "value", "intent"])
    .where("customer_id", "=", customerId)
    .where("at", ">=", since)
    .where("type", "in", ["handoff", "conversation_closed", "csat", "understanding", "ticket_created", "message_in", "conversion"])
    .execute();
  for (const x of exposures) {
    const metrics = metricsOf({ goalMetric: x.goal_metric, guardrails: JSON.parse(x.guardrails_json) as string[] });
    const before = JSON.parse(x.values_json) as UnitValues;
    const after = unitValues(metrics, events, x.exposed_at, x.conversion_window_hours);
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    await applyTotals(db, { experiment_key: x.experiment_key, phase: x.phase, variation: x.variation, day: x.day }, before, after);
    await db.updateTable("experiment_exposures").set({ values_json: JSON.stringify(after) }).where("experiment_key", "=", x.experiment_key).where("phase", "=", x.phase).where("customer_id", "=", customerId).execute();
  }
}

/** Recomputes every unit of an experiment phase from the events (after an edit of metrics). */
export async function rebuildTotals(db: Db, experimentKey: string): Promise<void> {
  const row = await db.selectFrom("experiments").selectAll().where("key", "=", experimentKey).executeTakeFirstOrThrow();
  const experiment = toExperiment(row);
  await db.deleteFrom("experiment_totals").where("experiment_key", "=", experimentKey).where("phase", "=", experiment.phase).execute();
  await db.updateTable("experiment_exposures").set({ values_json: "{}" }).where("experiment_key", "=", experimentKey).where("phase", "=", experiment.phase).execute();
  const units = await db.selectFrom("experiment_exposures").selectAll().where("experiment_key", "=", experimentKey).where("phase", "=", experiment.phase).execute();
  const metrics = metricsOf(experiment);
  for (const unit of units) {
    const events = await db.selectFrom("events").select(["at", "type", "name", "value", "intent"]).where("customer_id", "=", unit.customer_id).where("at", ">=", unit.exposed_at).execute();
    const values = unitValues(metrics, events, unit.exposed_at, experiment.conversionWindowHours);
    await applyTotals(db, { experiment_key: unit.experiment_key, phase: unit.phase, variation: unit.variation, day: unit.day }, null, values);
    await db.updateTable("experiment_exposures").set({ values_json: JSON.stringify(values) }).where("experiment_key", "=", experimentKey).where("phase", "=", unit.phase).where("customer_id", "=", unit.customer_id).execute();
  }
}
