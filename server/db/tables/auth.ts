import type { Generated } from "kysely";

export const ROLES = ["admin", "ops_manager", "content_editor", "analyst", "agent"] as const;
export type Role = (typeof ROLES)[number];

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  locale: string | null;
  disabled: number;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  email: string;
  ip: string;
  succeeded: number;
  attempted_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  user_email: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  summary: string | null;
  before_json: string | null;
  after_json: string | null;
}

export interface AppSettingsTable {
  key: string;
  value_json: string;
  updated_at: string;
}

export interface ChannelsTable {
  id: string;
  name: string;
  kind: "web" | "app" | "email" | "phone" | "custom";
  key_hash: string;
  key_prefix: string;
  webhook_url: string | null;
  webhook_secret: string | null;
  rate_limit_per_minute: Generated<number>;
  bot_unit_cost: number | null;
  sla_seconds: Generated<number>;
  disabled: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface AuthTables {
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  app_settings: AppSettingsTable;
  channels: ChannelsTable;
}
