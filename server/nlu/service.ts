import { sql, type Kysely } from "kysely";
import type { AppContext } from "../app-context";
import type { Database } from "../db/schema";
import type { NluLocale } from "../db/tables/nlu";
import { memoService } from "../services";
import { ModelHolder, type LoadedModel, type NluStamp } from "./model-holder";
import { getActiveModel } from "./repository";
import {
  buildKnowledgeIndex,
  searchKnowledgeIndex,
  understanderFromJson,
  type KnowledgeIndex,
  type ParseOptions,
  type Understander,
  type Understanding,
} from "./service-core";
import { ensureBuiltinNlu } from "./service-seed";
import { KB_REVISION_KEY, NLU_SETTINGS_KEY, parseNluSettings } from "./service-settings";
import { listEnabledKbEntries } from "./store-kb";

export type { ParseOptions, Understanding };
export type KnowledgeResult = { hit: boolean; entryId?: string; answer?: string; score: number };
type NluHolder = ModelHolder<Understander, KnowledgeIndex>;

/** One query tells a process whether its model, KB index or thresholds are stale. */
export async function readNluStamp(db: Kysely<Database>): Promise<NluStamp> {
  const { rows } = await sql<{ model_version: number | null; kb_revision: string | null; settings: string | null }>`
    select
      (select version from nlu_models where active = 1) as model_version,
      (select value_json from app_settings where key = ${KB_REVISION_KEY}) as kb_revision,
      (select value_json from app_settings where key = ${NLU_SETTINGS_KEY}) as settings
  `.execute(db);
  const row = rows[0];
  return {
    modelVersion: row?.model_version ?? null,
    kbRevision: Number(row?.kb_revision ?? 0) || 0,
    settingsJson: row?.settings ?? "",
  };
}

export function understanderForModel(modelJson: string, settingsJson: string): Understander {
  return understanderFromJson(modelJson, parseNluSettings(settingsJson).confidenceThreshold);
}

function createHolder(db: Kysely<Database>): NluHolder {
  return new ModelHolder({
    readStamp: () => readNluStamp(db),
    loadModel: async (stamp): Promise<LoadedModel<Understander>> => {
      let row = await getActiveModel(db);
      // First start of an installation that was not demo-seeded: ship v1 from the built-in data.
      if (!row) {
        await ensureBuiltinNlu(db);
        row = await getActiveModel(db);
      }
      if (!row) throw new Error("No NLU model could be trained.");
      return { version: row.version, understander: understanderForModel(row.model_json, stamp.settingsJson) };
    },
    loadKb: async (stamp) => ({
      revision: stamp.kbRevision,
      index: buildKnowledgeIndex(await listEnabledKbEntries(db)),
    }),
  });
}

/** The process-wide holder of the active model and KB index of this app context. */
export function nluHolder(app: AppContext): NluHolder {
  return memoService(app, "nlu", () => createHolder(app.db));
}

/** Understands one customer message with the active model (what the runtime and the REST parse call). */
export async function getUnderstanding(app: AppContext, text: string, options: ParseOptions = {}): Promise<Understanding> {
  return (await understandWithVersion(app, text, options)).understanding;
}

/** Same as getUnderstanding, plus the model version that produced it (console, tests). */
export async function understandWithVersion(
  app: AppContext,
  text: string,
  options: ParseOptions = {},
): Promise<{ understanding: Understanding; modelVersion: number }> {
  const { model } = await nluHolder(app).current();
  return { understanding: model.understander.parse(text, options), modelVersion: model.version };
}

/** Best knowledge-base answer for a message; a hit when its score reaches the KB threshold. */
export async function searchKnowledge(app: AppContext, text: string, locale: NluLocale): Promise<KnowledgeResult> {
  const { best, threshold } = await bestKnowledgeMatch(app, text, locale);
  if (!best || best.score < threshold) return { hit: false, score: best?.score ?? 0 };
  return { hit: true, entryId: best.entryId, answer: best.answer, score: best.score };
}

/** The best entry even below the threshold (the console's test box shows how close it came). */
export async function bestKnowledgeMatch(app: AppContext, text: string, locale: NluLocale) {
  const snapshot = await nluHolder(app).current();
  const threshold = parseNluSettings(snapshot.settingsJson).kbThreshold;
  return { best: searchKnowledgeIndex(snapshot.kb.index, text, locale), threshold };
}
