import type { AppContext } from "../app-context";
import { DomainError } from "../errors";
import type { MessagesPage } from "../http/schemas";

const PAGE_SIZE = 200;

/**
 * Messages of a conversation after a cursor (the id of the last message the client has), in
 * conversation order; null when the conversation does not exist on this channel.
 */
export async function listMessages(app: AppContext, channelId: string, conversationId: string, after: string | null): Promise<MessagesPage | null> {
  const conversation = await app.db.selectFrom("conversations").select("id").where("id", "=", conversationId).where("channel_id", "=", channelId).executeTakeFirst();
  if (!conversation) return null;
  if (after !== null && !/^\d{1,15}$/.test(after)) throw new DomainError("invalid", `"after" must be a cursor returned as nextCursor (got "${after}").`);
  const rows = await app.db
    .selectFrom("messages")
    .select(["id", "client_message_id", "direction", "author", "text", "created_at"])
    .where("conversation_id", "=", conversationId)
    .where("id", ">", after === null ? 0 : Number(after))
    .orderBy("id")
    .limit(PAGE_SIZE)
    .execute();
  return {
    messages: rows.map((row) => ({
      id: String(row.id),
      ...(row.client_message_id ? { messageId: row.client_message_id } : {}),
      direction: row.direction,
      author: row.author,
      text: row.text,
      createdAt: row.created_at,
    })),
    nextCursor: rows.length > 0 ? String(rows[rows.length - 1].id) : after,
  };
}
