import type { Kysely } from "kysely";

// Frozen once merged: never edit, add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per outbound webhook event; attempts and the last outcome form the delivery log.
  await db.schema
    .createTable("webhook_deliveries")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("channel_id", "text", (col) => col.notNull().references("channels.id").onDelete("cascade"))
    .addColumn("event_type", "text", (col) => col.notNull())
    .addColumn("url", "text", (col) => col.notNull())
    .addColumn("payload_json", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("attempts", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("last_status_code", "integer")
    .addColumn("last_error", "text")
    .addColumn("next_attempt_at", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("delivered_at", "text")
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_channel_time")
    .on("webhook_deliveries")
    .columns(["channel_id", "created_at"])
    .execute();
  await db.schema.createIndex("webhook_deliveries_status").on("webhook_deliveries").column("status").execute();

  // The REST layer's idempotency record: a reused messageId with another body is a 409.
  await db.schema
    .createTable("api_message_requests")
    .addColumn("channel_id", "text", (col) => col.notNull().references("channels.id").onDelete("cascade"))
    .addColumn("message_id", "text", (col) => col.notNull())
    .addColumn("body_sha256", "text", (col) => col.notNull())
    .addColumn("response_json", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("api_message_requests_pk", ["channel_id", "message_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("api_message_requests").ifExists().execute();
  await db.schema.dropTable("webhook_deliveries").ifExists().execute();
}
