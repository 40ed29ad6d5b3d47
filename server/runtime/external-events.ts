import type { AppContext } from "../app-context";
import { nowIso } from "../db/connection";
import { DomainError } from "../errors";
import { refreshCustomer } from "../experiments/tracking";
import type { ChannelRef } from "../http/rest-deps";
import type { EventRequest } from "../http/schemas";

/** A conversion, CSAT or NPS reported by the channel (a purchase in the app): one `events` row. */
export async function recordExternalEvent(app: AppContext, channel: ChannelRef, event: EventRequest): Promise<{ ok: true }> {
  if (event.conversationId) {
    const conversation = await app.db.selectFrom("conversations").select("customer_id").where("id", "=", event.conversationId).where("channel_id", "=", channel.id).executeTakeFirst();
    if (!conversation) throw new DomainError("not_found", `No conversation "${event.conversationId}" on this channel.`);
    if (conversation.customer_id !== event.customerId) throw new DomainError("conflict", `Conversation "${event.conversationId}" belongs to another customer.`);
  }
  await app.db
    .insertInto("events")
    .values({
      at: nowIso(),
      type: event.type,
      conversation_id: event.conversationId ?? null,
      customer_id: event.customerId,
      channel_id: channel.id,
      flow_id: null,
      flow_version_id: null,
      node_id: null,
      edge_id: null,
      intent: null,
      intent_confidence: null,
      emotion: null,
      emotion_score: null,
      experiment_key: null,
      experiment_phase: null,
      variation: null,
      name: event.name ?? null,
      value: event.value ?? null,
      payload_json: JSON.stringify({ source: "api", channelKind: channel.kind }),
    })
    .execute();
  // A conversion or a CSAT moves the customer's experiment metrics.
  await refreshCustomer(app.db, event.customerId);
  return { ok: true };
}
