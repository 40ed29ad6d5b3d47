import type {
  AppSettingsTable,
  AuditLogTable,
  ChannelsTable,
  LoginAttemptsTable,
  SessionsTable,
  UsersTable,
} from "./tables/auth";

/**
 * The one Database type of Kysely. Table interfaces are kept per domain in ./tables
 * and only ever referenced through this type.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  app_settings: AppSettingsTable;
  channels: ChannelsTable;
}
