import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import type { Env } from "../env";
import { readSetting, writeSetting } from "../settings";
import { getActiveModelVersion } from "./repository";
import { BUILTIN_INTENTS } from "./service-builtin-intents";
import { builtinTrainingPhrases, demoKnowledgeEntries } from "./service-core";
import { bumpKbRevision, DEFAULT_NLU_SETTINGS, NLU_SETTINGS_KEY } from "./service-settings";
import { trainAndActivate } from "./service-training";
import { countKbEntries } from "./store-kb";

const CHUNK = 200;

/**
 * Makes sure the shipped intents, their phrases, the default thresholds and an active model exist.
 * Idempotent; runs at demo seed and lazily on the first parse of an installation without a model.
 */
export async function ensureBuiltinNlu(db: Kysely<Database>): Promise<{ trainedVersion: number | null }> {
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("intents")
      .values(
        BUILTIN_INTENTS.map((intent) => ({
          name: intent.name,
          label_zh: intent.labelZh,
          label_en: intent.labelEn,
          description: intent.description,
          builtin: 1,
          created_at: now,
          updated_at: now,
        })),
      )
      .onConflict((oc) => oc.column("name").doNothing())
      .execute();
    const known = new Set(BUILTIN_INTENTS.map((intent) => intent.name));
    const phrases = builtinTrainingPhrases().filter((phrase) => known.has(phrase.intent));
    for (let start = 0; start < phrases.length; start += CHUNK) {
      await trx
        .insertInto("training_phrases")
        .values(phrases.slice(start, start + CHUNK).map((phrase) => ({ ...phrase, source: "builtin" as const, created_at: now })))
        .onConflict((oc) => oc.columns(["intent", "locale", "text"]).doNothing())
        .execute();
    }
    if ((await readSetting(trx, NLU_SETTINGS_KEY)) === undefined) await writeSetting(trx, NLU_SETTINGS_KEY, DEFAULT_NLU_SETTINGS);
  });
  if ((await getActiveModelVersion(db)) !== null) return { trainedVersion: null };
  try {
    const trained = await trainAndActivate(db, null);
    return { trainedVersion: trained.version };
  } catch (error) {
    // Another process trained v1 at the same moment (unique version): theirs is as good as ours.
    if ((await getActiveModelVersion(db)) !== null) return { trainedVersion: null };
    throw error;
  }
}

/** Demo seeder: the built-in model plus the core's demo knowledge-base entries. */
export async function seedNluDemo(db: Kysely<Database>, _env: Env): Promise<string[]> {
  await ensureBuiltinNlu(db);
  if ((await countKbEntries(db)) > 0) return [];
  const entries = demoKnowledgeEntries();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    for (const entry of entries) {
      await trx
        .insertInto("kb_entries")
        .values({
          id: randomUUID(),
          locale: entry.locale,
          question: entry.question,
          alternatives_json: JSON.stringify(entry.alternatives),
          answer: entry.answer,
          tags: JSON.stringify(entry.tags),
          enabled: 1,
          created_at: now,
          updated_at: now,
          updated_by: null,
        })
        .execute();
    }
    await bumpKbRevision(trx);
  });
  return [];
}
