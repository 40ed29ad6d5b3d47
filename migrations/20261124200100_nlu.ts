import type { Kysely } from "kysely";

// Frozen once merged: never edit, add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("intents")
    .addColumn("name", "text", (col) => col.primaryKey())
    .addColumn("label_zh", "text", (col) => col.notNull())
    .addColumn("label_en", "text", (col) => col.notNull())
    .addColumn("description", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("builtin", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("training_phrases")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("intent", "text", (col) => col.notNull().references("intents.name").onDelete("cascade"))
    .addColumn("locale", "text", (col) => col.notNull())
    .addColumn("text", "text", (col) => col.notNull())
    .addColumn("source", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addUniqueConstraint("training_phrases_unique", ["intent", "locale", "text"])
    .execute();

  await db.schema
    .createTable("nlu_models")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("version", "integer", (col) => col.notNull().unique())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("created_by", "text")
    .addColumn("phrase_count", "integer", (col) => col.notNull())
    .addColumn("duration_ms", "integer", (col) => col.notNull())
    .addColumn("metrics_json", "text", (col) => col.notNull())
    .addColumn("model_json", "text", (col) => col.notNull())
    .addColumn("active", "integer", (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("nlu_models_active").on("nlu_models").column("active").execute();

  await db.schema
    .createTable("kb_entries")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("locale", "text", (col) => col.notNull())
    .addColumn("question", "text", (col) => col.notNull())
    .addColumn("alternatives_json", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("answer", "text", (col) => col.notNull())
    .addColumn("tags", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("enabled", "integer", (col) => col.notNull().defaultTo(1))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("updated_by", "text")
    .execute();
  await db.schema.createIndex("kb_entries_locale").on("kb_entries").column("locale").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["kb_entries", "nlu_models", "training_phrases", "intents"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
