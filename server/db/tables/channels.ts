// The `channels` table itself lives with the foundation (AuthTables); these are the tables the
// channel API layer added: the webhook delivery log and the REST idempotency record.
export type WebhookDeliveryStatus = "pending" | "delivered" | "failed";

export interface WebhookDeliveriesTable {
  id: string;
  channel_id: string;
  event_type: string;
  url: string;
  payload_json: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface ApiMessageRequestsTable {
  channel_id: string;
  message_id: string;
  body_sha256: string;
  response_json: string;
  created_at: string;
}

export interface ChannelsTables {
  webhook_deliveries: WebhookDeliveriesTable;
  api_message_requests: ApiMessageRequestsTable;
}
