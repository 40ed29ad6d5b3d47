import { flowStateSchema } from "../../flows";
import type { AppContext } from "../app-context";
import { DomainError } from "../errors";
import { getFlowVersion } from "./flow-catalog";
import type { ConversationRecord, ConversationRow } from "./turn";

/**
 * The conversation a message continues: the one the channel names, or else the customer's latest
 * open conversation on this channel. A closed conversation is not continued (a new one starts).
 */
export async function findActiveConversation(app: AppContext, channelId: string, customerId: string, conversationId: string | undefined): Promise<ConversationRecord | null> {
  let row: ConversationRow | undefined;
  if (conversationId) {
    row = await app.db.selectFrom("conversations").selectAll().where("id", "=", conversationId).where("channel_id", "=", channelId).executeTakeFirst();
    if (!row) throw new DomainError("not_found", `No conversation "${conversationId}" on this channel.`);
    if (row.customer_id !== customerId) throw new DomainError("conflict", `Conversation "${conversationId}" belongs to another customer.`);
  } else {
    row = await app.db
      .selectFrom("conversations")
      .selectAll()
      .where("channel_id", "=", channelId)
      .where("customer_id", "=", customerId)
      .where("status", "!=", "closed")
      .orderBy("updated_at", "desc")
      .limit(1)
      .executeTakeFirst();
  }
  if (!row || row.status === "closed") return null;
  return loadRecord(app, row);
}

async function loadRecord(app: AppContext, row: ConversationRow): Promise<ConversationRecord> {
  const version = row.flow_version_id ? await getFlowVersion(app, row.flow_version_id) : undefined;
  const state = row.state_json ? flowStateSchema.safeParse(JSON.parse(row.state_json)) : null;
  return {
    row,
    isNew: false,
    flow: version && row.flow_version_id ? { definition: version.definition, versionId: row.flow_version_id } : null,
    // A state that no longer parses is dropped: the next message starts afresh instead of failing forever.
    state: version && state?.success ? state.data : null,
  };
}
