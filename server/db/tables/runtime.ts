import type { Generated } from "kysely";

export type ConversationStatus = "bot" | "queued" | "agent" | "closed";

export interface CustomersTable {
  id: string;
  name: string | null;
  tier: "vip" | "normal";
  locale: string | null;
  attributes_json: string;
  first_seen_at: string;
  last_seen_at: string;
}

export interface SkillGroupsTable {
  id: string;
  name_zh: string;
  name_en: string;
  created_at: string;
}

export interface ConnectionsTable {
  name: string;
  description: string;
  base_url: string;
  headers_json: string;
  secret: string | null;
  created_at: string;
  updated_at: string;
}

export interface FlowsTable {
  id: string;
  name: string;
  description: string;
  draft_json: string;
  draft_revision: number;
  draft_updated_at: string;
  draft_updated_by: string | null;
  archived: number;
  created_at: string;
}

export interface FlowVersionsTable {
  id: string;
  flow_id: string;
  version: number;
  definition_json: string;
  note: string;
  published_by: string | null;
  published_at: string;
}

export interface FlowDeploymentsTable {
  flow_id: string;
  /** `*` or a channel id. */
  channel_scope: string;
  version_id: string;
  deployed_at: string;
  deployed_by: string | null;
}

export interface ConversationsTable {
  id: string;
  channel_id: string;
  customer_id: string;
  status: ConversationStatus;
  locale: string;
  flow_id: string | null;
  flow_version_id: string | null;
  state_json: string | null;
  outcome: string | null;
  skill_group: string | null;
  priority: string | null;
  turns: number;
  emotion_streak: number;
  last_emotion: string | null;
  created_at: string;
  first_message_at: string | null;
  first_reply_at: string | null;
  handoff_at: string | null;
  agent_pickup_at: string | null;
  closed_at: string | null;
  updated_at: string;
}

export interface MessagesTable {
  id: Generated<number>;
  conversation_id: string;
  channel_id: string;
  client_message_id: string | null;
  direction: "in" | "out";
  author: "customer" | "bot" | "agent";
  text: string;
  script_key: string | null;
  variant: string | null;
  quick_replies_json: string | null;
  response_json: string | null;
  created_at: string;
}

export interface TicketsTable {
  id: string;
  conversation_id: string | null;
  customer_id: string;
  type: string;
  title: string;
  priority: string;
  status: "open" | "pending" | "closed";
  fields_json: string;
  created_at: string;
  updated_at: string;
}

export interface EventsTable {
  id: Generated<number>;
  at: string;
  type: string;
  conversation_id: string | null;
  customer_id: string | null;
  channel_id: string | null;
  flow_id: string | null;
  flow_version_id: string | null;
  node_id: string | null;
  edge_id: string | null;
  intent: string | null;
  intent_confidence: number | null;
  emotion: string | null;
  emotion_score: number | null;
  experiment_key: string | null;
  experiment_phase: number | null;
  variation: string | null;
  name: string | null;
  value: number | null;
  payload_json: string | null;
}

export interface RuntimeTables {
  customers: CustomersTable;
  skill_groups: SkillGroupsTable;
  connections: ConnectionsTable;
  flows: FlowsTable;
  flow_versions: FlowVersionsTable;
  flow_deployments: FlowDeploymentsTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  tickets: TicketsTable;
  events: EventsTable;
}
