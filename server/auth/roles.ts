import { ROLES, type Role } from "../db/tables/auth";

export { ROLES, type Role };

/** Console sections and the roles that may open them; the sidebar and the server both read this. */
export const SECTION_ROLES = {
  home: ROLES,
  users: ["admin"],
  audit: ["admin"],
  intents: ["admin", "ops_manager", "analyst"],
  knowledge: ["admin", "ops_manager", "content_editor", "analyst"],
  scripts: ["admin", "content_editor", "ops_manager", "analyst"],
  flows: ["admin", "ops_manager", "content_editor", "analyst"],
  channels: ["admin", "ops_manager"],
  api: ["admin", "ops_manager"],
  connections: ["admin", "ops_manager", "content_editor", "analyst"],
  policies: ["admin", "ops_manager", "content_editor", "analyst"],
  experiments: ["admin", "analyst", "content_editor", "ops_manager"],
} as const satisfies Record<string, readonly Role[]>;

export type Section = keyof typeof SECTION_ROLES;

export function canAccess(role: Role, section: Section): boolean {
  return (SECTION_ROLES[section] as readonly Role[]).includes(role);
}
