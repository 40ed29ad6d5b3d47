import { sql, type Kysely } from "kysely";

// Frozen once merged: never edit, add a new migration instead.
// The runtime's tables: flows and their published versions, customers, conversations, messages,
// tickets, skill groups, connections, and the one analytics `events` table (one row per fact).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("customers")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("name", "text")
    .addColumn("tier", "text", (col) => col.notNull().defaultTo("normal"))
    .addColumn("locale", "text")
    .addColumn("attributes_json", "text", (col) => col.notNull().defaultTo("{}"))
    .addColumn("first_seen_at", "text", (col) => col.notNull())
    .addColumn("last_seen_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("skill_groups")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("name_zh", "text", (col) => col.notNull())
    .addColumn("name_en", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("connections")
    .addColumn("name", "text", (col) => col.primaryKey())
    .addColumn("description", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("base_url", "text", (col) => col.notNull())
    .addColumn("headers_json", "text", (col) => col.notNull().defaultTo("{}"))
    .addColumn("secret", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("flows")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("description", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("draft_json", "text", (col) => col.notNull())
    .addColumn("draft_revision", "integer", (col) => col.notNull().defaultTo(1))
    .addColumn("draft_updated_at", "text", (col) => col.notNull())
    .addColumn("draft_updated_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("archived", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("flow_versions")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("flow_id", "text", (col) => col.notNull().references("flows.id").onDelete("cascade"))
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("definition_json", "text", (col) => col.notNull())
    .addColumn("note", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("published_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("published_at", "text", (col) => col.notNull())
    .addUniqueConstraint("flow_versions_flow_version", ["flow_id", "version"])
    .execute();

  // Which version serves which channel: `*` for every channel, or one channel id for a pilot.
  await db.schema
    .createTable("flow_deployments")
    .addColumn("flow_id", "text", (col) => col.notNull().references("flows.id").onDelete("cascade"))
    .addColumn("channel_scope", "text", (col) => col.notNull())
    .addColumn("version_id", "text", (col) => col.notNull().references("flow_versions.id"))
    .addColumn("deployed_at", "text", (col) => col.notNull())
    .addColumn("deployed_by", "text", (col) => col.references("users.id").onDelete("set null"))
    .addPrimaryKeyConstraint("flow_deployments_pk", ["flow_id", "channel_scope"])
    .execute();

  await db.schema
    .createTable("conversations")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("channel_id", "text", (col) => col.notNull().references("channels.id"))
    .addColumn("customer_id", "text", (col) => col.notNull().references("customers.id"))
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("locale", "text", (col) => col.notNull())
    .addColumn("flow_id", "text")
    .addColumn("flow_version_id", "text")
    .addColumn("state_json", "text")
    .addColumn("outcome", "text")
    .addColumn("skill_group", "text")
    .addColumn("priority", "text")
    .addColumn("turns", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("emotion_streak", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("last_emotion", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("first_message_at", "text")
    .addColumn("first_reply_at", "text")
    .addColumn("handoff_at", "text")
    .addColumn("agent_pickup_at", "text")
    .addColumn("closed_at", "text")
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("conversations_customer").on("conversations").columns(["channel_id", "customer_id", "updated_at"]).execute();
  await db.schema.createIndex("conversations_status").on("conversations").columns(["status", "updated_at"]).execute();

  await db.schema
    .createTable("messages")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("conversation_id", "text", (col) => col.notNull().references("conversations.id").onDelete("cascade"))
    .addColumn("channel_id", "text", (col) => col.notNull())
    .addColumn("client_message_id", "text")
    .addColumn("direction", "text", (col) => col.notNull())
    .addColumn("author", "text", (col) => col.notNull())
    .addColumn("text", "text", (col) => col.notNull())
    .addColumn("script_key", "text")
    .addColumn("variant", "text")
    .addColumn("quick_replies_json", "text")
    .addColumn("response_json", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("messages_client_id")
    .on("messages")
    .columns(["channel_id", "client_message_id"])
    .unique()
    .where(sql.ref("client_message_id"), "is not", null)
    .execute();
  await db.schema.createIndex("messages_conversation").on("messages").columns(["conversation_id", "id"]).execute();

  await db.schema
    .createTable("tickets")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("conversation_id", "text", (col) => col.references("conversations.id").onDelete("set null"))
    .addColumn("customer_id", "text", (col) => col.notNull())
    .addColumn("type", "text", (col) => col.notNull())
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("priority", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("fields_json", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("tickets_customer").on("tickets").columns(["customer_id", "created_at"]).execute();

  // No foreign keys: outside events may name customers and conversations the runtime never saw,
  // and analytics must never block a turn.
  await db.schema
    .createTable("events")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("at", "text", (col) => col.notNull())
    .addColumn("type", "text", (col) => col.notNull())
    .addColumn("conversation_id", "text")
    .addColumn("customer_id", "text")
    .addColumn("channel_id", "text")
    .addColumn("flow_id", "text")
    .addColumn("flow_version_id", "text")
    .addColumn("node_id", "text")
    .addColumn("edge_id", "text")
    .addColumn("intent", "text")
    .addColumn("intent_confidence", "real")
    .addColumn("emotion", "text")
    .addColumn("emotion_score", "real")
    .addColumn("experiment_key", "text")
    .addColumn("experiment_phase", "integer")
    .addColumn("variation", "text")
    .addColumn("name", "text")
    .addColumn("value", "real")
    .addColumn("payload_json", "text")
    .execute();
  await db.schema.createIndex("events_type_at").on("events").columns(["type", "at"]).execute();
  await db.schema.createIndex("events_conversation").on("events").columns(["conversation_id", "id"]).execute();
  await db.schema.createIndex("events_customer").on("events").columns(["customer_id", "type", "at"]).execute();
  await db.schema.createIndex("events_flow_version").on("events").columns(["flow_version_id", "type", "at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["events", "tickets", "messages", "conversations", "flow_deployments", "flow_versions", "flows", "connections", "skill_groups", "customers"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
