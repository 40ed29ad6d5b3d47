import type { Kysely } from "kysely";
import { z } from "zod";
import type { Actor } from "../auth/audit";
import { writeAudit } from "../auth/audit";
import type { Database } from "../db/schema";
import { readSetting, writeSetting } from "../settings";
import { CORE_DEFAULT_THRESHOLDS } from "./service-core";

export const NLU_SETTINGS_KEY = "nlu.settings";
/** Bumped in the same transaction as every KB write; other processes compare it to their index. */
export const KB_REVISION_KEY = "nlu.kb_revision";

export const nluSettingsSchema = z.object({
  /** Below this top-intent confidence the understanding says `other`. */
  confidenceThreshold: z.number().min(0).max(1),
  /** A KB search is a hit when its best score reaches this. */
  kbThreshold: z.number().min(0).max(1),
});
export type NluSettings = z.infer<typeof nluSettingsSchema>;

export const DEFAULT_NLU_SETTINGS: NluSettings = { ...CORE_DEFAULT_THRESHOLDS };

/** Stored JSON is untrusted (older versions, hand edits): anything invalid falls back to defaults. */
export function parseNluSettings(json: string | null | undefined): NluSettings {
  if (!json) return DEFAULT_NLU_SETTINGS;
  try {
    const parsed = nluSettingsSchema.partial().safeParse(JSON.parse(json));
    return parsed.success ? { ...DEFAULT_NLU_SETTINGS, ...parsed.data } : DEFAULT_NLU_SETTINGS;
  } catch {
    return DEFAULT_NLU_SETTINGS;
  }
}

export async function getNluSettings(db: Kysely<Database>): Promise<NluSettings> {
  const stored = await readSetting<unknown>(db, NLU_SETTINGS_KEY);
  return parseNluSettings(stored === undefined ? null : JSON.stringify(stored));
}

export async function saveNluSettings(db: Kysely<Database>, actor: Actor, next: NluSettings): Promise<NluSettings> {
  return db.transaction().execute(async (trx) => {
    const before = await getNluSettings(trx);
    await writeSetting(trx, NLU_SETTINGS_KEY, next);
    await writeAudit(trx, actor, {
      action: "nlu.settings.update",
      entityType: "nlu_settings",
      entityId: NLU_SETTINGS_KEY,
      summary: `confidence ${next.confidenceThreshold}, KB ${next.kbThreshold}`,
      before,
      after: next,
    });
    return next;
  });
}

export async function bumpKbRevision(db: Kysely<Database>): Promise<number> {
  const current = (await readSetting<number>(db, KB_REVISION_KEY)) ?? 0;
  const next = current + 1;
  await writeSetting(db, KB_REVISION_KEY, next);
  return next;
}
