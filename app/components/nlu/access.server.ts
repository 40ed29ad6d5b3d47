import { canEditKb, canManageIntents, INTENT_READERS, KB_READERS } from "../../../server/nlu/service-roles";
import { requireRole } from "~/utils/session.server";

/** Loaders of the Intents screens: 403 for other roles, plus whether to show the editing controls. */
export async function requireIntentsAccess(request: Request) {
  const { user } = await requireRole(request, INTENT_READERS);
  return { canManage: canManageIntents(user.role) };
}

export async function requireKnowledgeAccess(request: Request) {
  const { user } = await requireRole(request, KB_READERS);
  return { canEdit: canEditKb(user.role) };
}
