import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import { DomainError } from "../errors";
import type { MessageRequest, MessageResponse } from "./schemas";

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, canonical(inner)]),
    );
  }
  return value;
}

/** Key order and whitespace do not make two bodies different; anything else does. */
export function fingerprintMessage(body: MessageRequest): string {
  return createHash("sha256").update(JSON.stringify(canonical(body))).digest("hex");
}

/** The stored answer for a replayed messageId, a 409 when its body changed, undefined when new. */
export async function findReplay(
  db: Kysely<Database>,
  channelId: string,
  messageId: string,
  fingerprint: string,
): Promise<MessageResponse | undefined> {
  const row = await db
    .selectFrom("api_message_requests")
    .select(["body_sha256", "response_json"])
    .where("channel_id", "=", channelId)
    .where("message_id", "=", messageId)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.body_sha256 !== fingerprint) {
    throw new DomainError("conflict", `messageId "${messageId}" was already used with a different body.`);
  }
  return JSON.parse(row.response_json) as MessageResponse;
}

/** First writer wins; a concurrent duplicate then goes through the same replay check. */
export async function rememberResponse(
  db: Kysely<Database>,
  channelId: string,
  messageId: string,
  fingerprint: string,
  response: MessageResponse,
): Promise<MessageResponse> {
  const result = await db
    .insertInto("api_message_requests")
    .values({ channel_id: channelId, message_id: messageId, body_sha256: fingerprint, response_json: JSON.stringify(response), created_at: nowIso() })
    .onConflict((oc) => oc.columns(["channel_id", "message_id"]).doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) return response;
  return (await findReplay(db, channelId, messageId, fingerprint)) ?? response;
}
