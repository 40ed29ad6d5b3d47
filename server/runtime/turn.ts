import { randomUUID } from "node:crypto";
import type { Insertable, Selectable } from "kysely";
import type { CustomerContext, FlowDefinition, FlowState, Understanding } from "../../flows";
import type { ConversationsTable, EventsTable, TicketsTable } from "../db/tables/runtime";
import type { ChannelRef } from "../http/rest-deps";
import type { Exposure } from "./experiment-port";
import type { Reply } from "./replies";

export type ConversationRow = Selectable<ConversationsTable>;

/** A conversation as the turn works on it: the row, its pinned flow version and the parsed state. */
export type ConversationRecord = {
  row: ConversationRow;
  isNew: boolean;
  flow: { definition: FlowDefinition; versionId: string } | null;
  state: FlowState | null;
};

export type OutgoingReply = Reply & { conversationId: string; nodeId: string | null };

/** The event types of the one analytics table; dashboards, experiments and the canvas overlay read these. */
export const EVENT_TYPES = [
  "conversation_started",
  "message_in",
  "understanding",
  "message_out",
  "flow_started",
  "flow_switched",
  "node_entered",
  "policy_triggered",
  "kb_hit",
  "kb_miss",
  "api_call",
  "script_missing",
  "handoff",
  "agent_reply",
  "ticket_created",
  "exposure",
  "conversion",
  "csat",
  "nps",
  "flow_error",
  "conversation_closed",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

type EventFields = Partial<Omit<Insertable<EventsTable>, "type" | "at" | "payload_json">> & { payload?: unknown };

/**
 * Everything one inbound message produces, collected in memory while the flow runs (API calls
 * included) and written by `persistTurn` in a single transaction at the end.
 */
export class Turn {
  readonly at: string;
  readonly startedAt = performance.now();
  readonly events: Insertable<EventsTable>[] = [];
  readonly replies: OutgoingReply[] = [];
  readonly tickets: Insertable<TicketsTable>[] = [];
  readonly exposures: Exposure[] = [];
  readonly conversations: ConversationRecord[] = [];

  constructor(
    readonly channel: ChannelRef,
    readonly customer: CustomerContext,
    readonly text: string,
    readonly clientMessageId: string,
    readonly understanding: Understanding,
    now: Date = new Date(),
  ) {
    this.at = now.toISOString();
  }

  record(type: EventType, conversation: ConversationRecord | null, fields: EventFields = {}): void {
    const { payload, ...rest } = fields;
    this.events.push({
      at: this.at,
      type,
      conversation_id: conversation?.row.id ?? null,
      customer_id: this.customer.id,
      channel_id: this.channel.id,
      flow_id: conversation?.flow?.definition.id ?? null,
      flow_version_id: conversation?.flow?.versionId ?? null,
      ...rest,
      payload_json: payload === undefined ? null : JSON.stringify(payload),
    });
  }

  /** Starts a conversation for this customer on this channel. */
  openConversation(): ConversationRecord {
    const record: ConversationRecord = {
      row: {
        id: randomUUID(),
        channel_id: this.channel.id,
        customer_id: this.customer.id,
        status: "bot",
        locale: this.customer.locale,
        flow_id: null,
        flow_version_id: null,
        state_json: null,
        outcome: null,
        skill_group: null,
        priority: null,
        turns: 0,
        emotion_streak: 0,
        last_emotion: null,
        created_at: this.at,
        first_message_at: this.at,
        first_reply_at: null,
        handoff_at: null,
        agent_pickup_at: null,
        closed_at: null,
        updated_at: this.at,
      },
      isNew: true,
      flow: null,
      state: null,
    };
    this.conversations.push(record);
    this.record("conversation_started", record, { payload: { channelKind: this.channel.kind } });
    return record;
  }

  adopt(record: ConversationRecord): ConversationRecord {
    this.conversations.push(record);
    return record;
  }

  close(conversation: ConversationRecord, outcome: string): void {
    if (conversation.row.status === "closed") return;
    conversation.row = { ...conversation.row, status: "closed", outcome, closed_at: this.at, updated_at: this.at };
    this.record("conversation_closed", conversation, { name: outcome });
  }

  /** Milliseconds since the message arrived: the bot's response latency for message_out events. */
  latencyMs(): number {
    return Math.round((performance.now() - this.startedAt) * 10) / 10;
  }
}
