import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import type { WebhookDeliveriesTable } from "../db/tables/channels";

export type WebhookDelivery = Selectable<WebhookDeliveriesTable>;

/** The body is frozen at enqueue time so every retry sends (and signs) the same bytes. */
export async function insertDelivery(
  db: Kysely<Database>,
  input: { channelId: string; url: string; eventType: string; data: unknown },
): Promise<WebhookDelivery> {
  const id = randomUUID();
  const createdAt = nowIso();
  const payload = JSON.stringify({ id, type: input.eventType, channelId: input.channelId, createdAt, data: input.data });
  return db
    .insertInto("webhook_deliveries")
    .values({
      id,
      channel_id: input.channelId,
      event_type: input.eventType,
      url: input.url,
      payload_json: payload,
      status: "pending",
      attempts: 0,
      next_attempt_at: createdAt,
      created_at: createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function recordAttempt(
  db: Kysely<Database>,
  id: string,
  outcome: { attempts: number; statusCode: number | null; error: string | null; delivered: boolean; nextAttemptAt: string | null },
): Promise<void> {
  await db
    .updateTable("webhook_deliveries")
    .set({
      attempts: outcome.attempts,
      last_status_code: outcome.statusCode,
      last_error: outcome.error,
      status: outcome.delivered ? "delivered" : outcome.nextAttemptAt ? "pending" : "failed",
      next_attempt_at: outcome.nextAttemptAt,
      delivered_at: outcome.delivered ? nowIso() : null,
    })
    .where("id", "=", id)
    .execute();
}

export async function listPendingDeliveries(db: Kysely<Database>): Promise<WebhookDelivery[]> {
  return db.selectFrom("webhook_deliveries").selectAll().where("status", "=", "pending").orderBy("created_at").execute();
}

export async function listDeliveries(db: Kysely<Database>, channelId: string, limit = 20): Promise<WebhookDelivery[]> {
  return db
    .selectFrom("webhook_deliveries")
    .selectAll()
    .where("channel_id", "=", channelId)
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
}

export async function getDelivery(db: Kysely<Database>, id: string): Promise<WebhookDelivery | undefined> {
  return db.selectFrom("webhook_deliveries").selectAll().where("id", "=", id).executeTakeFirst();
}
