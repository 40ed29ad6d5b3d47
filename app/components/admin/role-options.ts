export const ROLE_OPTIONS = ["admin", "ops_manager", "content_editor", "analyst", "agent"] as const;
