import type { Kysely } from "kysely";

// Frozen once merged: never edit, add a new migration instead.
// Experiments: definitions with their phases, one exposure row per customer per phase (holding the
// unit's current metric values), and running totals per variation × metric × exposure day so that
// results never scan the exposures.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("experiments")
    .addColumn("key", "text", (col) => col.primaryKey())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("hypothesis", "text", (col) => col.notNull().defaultTo(""))
    /** `script` (a script key) or `flow` (an experiment_split node that names this key). */
    .addColumn("target_type", "text", (col) => col.notNull())
    .addColumn("target_script_key", "text")
    /** [{ key, name, weight, text?, scriptKey? }]; the first is the control. */
    .addColumn("variations_json", "text", (col) => col.notNull())
    .addColumn("coverage", "real", (col) => col.notNull().defaultTo(1))
    /** GrowthBook condition over customer attributes, JSON; "{}" for everyone. */
    .addColumn("condition_json", "text", (col) => col.notNull().defaultTo("{}"))
    .addColumn("goal_metric", "text", (col) => col.notNull())
    .addColumn("guardrails_json", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("conversion_window_hours", "integer", (col) => col.notNull().defaultTo(72))
    /** Analysis settings: { engine, sequential, correction, alpha }. */
    .addColumn("analysis_json", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull().defaultTo("draft"))
    .addColumn("phase", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("started_at", "text")
    .addColumn("stopped_at", "text")
    .addColumn("decision_json", "text")
    .addColumn("owner_id", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("experiments_script").on("experiments").columns(["target_script_key", "status"]).execute();

  await db.schema
    .createTable("experiment_phases")
    .addColumn("experiment_key", "text", (col) => col.notNull().references("experiments.key").onDelete("cascade"))
    .addColumn("phase", "integer", (col) => col.notNull())
    .addColumn("variations_json", "text", (col) => col.notNull())
    .addColumn("coverage", "real", (col) => col.notNull())
    .addColumn("reason", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("started_at", "text", (col) => col.notNull())
    .addColumn("ended_at", "text")
    .addPrimaryKeyConstraint("experiment_phases_pk", ["experiment_key", "phase"])
    .execute();

  await db.schema
    .createTable("experiment_exposures")
    .addColumn("experiment_key", "text", (col) => col.notNull().references("experiments.key").onDelete("cascade"))
    .addColumn("phase", "integer", (col) => col.notNull())
    .addColumn("customer_id", "text", (col) => col.notNull())
    .addColumn("variation", "integer", (col) => col.notNull())
    .addColumn("exposed_at", "text", (col) => col.notNull())
    .addColumn("day", "text", (col) => col.notNull())
    .addColumn("channel_kind", "text", (col) => col.notNull())
    .addColumn("tier", "text", (col) => col.notNull())
    .addColumn("locale", "text", (col) => col.notNull())
    /** The unit's current value per metric key (null: no data for a mean metric yet). */
    .addColumn("values_json", "text", (col) => col.notNull().defaultTo("{}"))
    .addPrimaryKeyConstraint("experiment_exposures_pk", ["experiment_key", "phase", "customer_id"])
    .execute();
  await db.schema.createIndex("experiment_exposures_customer").on("experiment_exposures").columns(["customer_id"]).execute();

  await db.schema
    .createTable("experiment_totals")
    .addColumn("experiment_key", "text", (col) => col.notNull().references("experiments.key").onDelete("cascade"))
    .addColumn("phase", "integer", (col) => col.notNull())
    .addColumn("variation", "integer", (col) => col.notNull())
    .addColumn("metric", "text", (col) => col.notNull())
    .addColumn("day", "text", (col) => col.notNull())
    .addColumn("users", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("n", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("sum", "real", (col) => col.notNull().defaultTo(0))
    .addColumn("sum_squares", "real", (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("experiment_totals_pk", ["experiment_key", "phase", "variation", "metric", "day"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["experiment_totals", "experiment_exposures", "experiment_phases", "experiments"]) await db.schema.dropTable(table).ifExists().execute();
}
