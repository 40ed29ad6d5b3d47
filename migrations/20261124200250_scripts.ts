import type { Kysely } from "kysely";

// Frozen once merged: never edit, add a new migration instead.
// The script library: one row per key (metadata and the editor's draft) and its immutable
// published versions.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("scripts")
    .addColumn("key", "text", (col) => col.primaryKey())
    .addColumn("description", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("tags_json", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("channels_json", "text", (col) => col.notNull().defaultTo("[]"))
    /** The editor's unpublished content (ScriptContent JSON), null when there are no draft changes. */
    .addColumn("draft_json", "text")
    .addColumn("published_version", "integer")
    .addColumn("revision", "integer", (col) => col.notNull().defaultTo(1))
    .addColumn("created_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("script_versions")
    .addColumn("key", "text", (col) => col.notNull().references("scripts.key").onDelete("cascade"))
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("content_json", "text", (col) => col.notNull())
    .addColumn("note", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("published_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("published_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("script_versions_pk", ["key", "version"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("script_versions").ifExists().execute();
  await db.schema.dropTable("scripts").ifExists().execute();
}
