import { SECTION_ROLES, type Role } from "../auth/roles";

/** Read access follows the sidebar sections; changing things is narrower. */
export const INTENT_READERS = SECTION_ROLES.intents;
export const INTENT_MANAGERS = ["admin", "ops_manager"] as const satisfies readonly Role[];
export const KB_READERS = SECTION_ROLES.knowledge;
export const KB_EDITORS = ["admin", "content_editor"] as const satisfies readonly Role[];

export function canManageIntents(role: Role): boolean {
  return (INTENT_MANAGERS as readonly Role[]).includes(role);
}

export function canEditKb(role: Role): boolean {
  return (KB_EDITORS as readonly Role[]).includes(role);
}
