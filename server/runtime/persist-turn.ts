import type { Kysely } from "kysely";
import type { AppContext } from "../app-context";
import { GroupCommitter } from "../db/group-commit";
import { memoService } from "../services";
import type { Database } from "../db/schema";
import type { MessageResponse } from "../http/schemas";
import { experimentPort, type ExperimentSubject } from "./experiment-port";
import type { Turn } from "./turn";

export type InboundRecord = { conversationId: string; response: MessageResponse };

/**
 * Writes everything one message produced atomically: the customer, the conversations it touched,
 * the inbound message (with the answer, for replays), the replies, tickets, events and experiment
 * exposures. Nothing is acknowledged before this commits. Concurrent turns share a commit
 * (GroupCommitter); each turn is its own savepoint, so one failing turn never takes others along.
 */
export function persistTurn(app: AppContext, turn: Turn, subject: ExperimentSubject, inbound: InboundRecord): Promise<void> {
  const committer = memoService(app, "runtime.groupCommit", () => new GroupCommitter(app.db));
  return committer.run((trx) => writeTurn(app, trx, turn, subject, inbound));
}

async function writeTurn(app: AppContext, trx: Kysely<Database>, turn: Turn, subject: ExperimentSubject, inbound: InboundRecord): Promise<void> {
  {
    const { customer } = turn;
    await trx
      .insertInto("customers")
      .values({ id: customer.id, name: customer.name ?? null, tier: customer.tier, locale: customer.locale, attributes_json: JSON.stringify(customer.attributes), first_seen_at: turn.at, last_seen_at: turn.at })
      .onConflict((oc) =>
        oc.column("id").doUpdateSet({ name: customer.name ?? null, tier: customer.tier, locale: customer.locale, attributes_json: JSON.stringify(customer.attributes), last_seen_at: turn.at }),
      )
      .execute();
    for (const conversation of turn.conversations) {
      const row = { ...conversation.row, state_json: conversation.state ? JSON.stringify(conversation.state) : null };
      if (conversation.isNew) await trx.insertInto("conversations").values(row).execute();
      else {
        const { id, ...changes } = row;
        await trx.updateTable("conversations").set(changes).where("id", "=", id).execute();
      }
    }
    const messages = [
      {
        conversation_id: inbound.conversationId,
        channel_id: turn.channel.id,
        client_message_id: turn.clientMessageId,
        direction: "in" as const,
        author: "customer" as const,
        text: turn.text,
        script_key: null,
        variant: null,
        quick_replies_json: null,
        response_json: JSON.stringify(inbound.response),
        created_at: turn.at,
      },
      ...turn.replies.map((reply) => ({
        conversation_id: reply.conversationId,
        channel_id: turn.channel.id,
        client_message_id: null,
        direction: "out" as const,
        author: "bot" as const,
        text: reply.text,
        script_key: reply.scriptKey ?? null,
        variant: reply.variant ?? null,
        quick_replies_json: reply.quickReplies ? JSON.stringify(reply.quickReplies) : null,
        response_json: null,
        created_at: turn.at,
      })),
    ];
    await trx.insertInto("messages").values(messages).execute();
    if (turn.tickets.length > 0) await trx.insertInto("tickets").values(turn.tickets).execute();
    // SQLite caps bound parameters per statement; events have 20 columns, so insert in chunks.
    for (let i = 0; i < turn.events.length; i += 40) await trx.insertInto("events").values(turn.events.slice(i, i + 40)).execute();
    await experimentPort.persistExposures(app, trx, subject, turn.exposures, turn.at);
  }
}
