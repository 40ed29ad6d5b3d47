import type { Kysely, Selectable } from "kysely";
import type { Database } from "../db/schema";
import type { IntentsTable, NluLocale, NluModelsTable } from "../db/tables/nlu";

type Db = Kysely<Database>;

export type IntentRow = Selectable<IntentsTable>;
export type IntentWithCounts = IntentRow & { counts: Record<NluLocale, number> };
export type ModelSummary = Omit<Selectable<NluModelsTable>, "model_json" | "metrics_json">;

export async function listIntentsWithCounts(db: Db): Promise<IntentWithCounts[]> {
  const [intents, counts] = await Promise.all([
    db.selectFrom("intents").selectAll().orderBy("builtin", "desc").orderBy("name").execute(),
    db
      .selectFrom("training_phrases")
      .select(["intent", "locale", (eb) => eb.fn.countAll<number>().as("count")])
      .groupBy(["intent", "locale"])
      .execute(),
  ]);
  return intents.map((intent) => {
    const mine = counts.filter((row) => row.intent === intent.name);
    const count = (locale: NluLocale) => Number(mine.find((row) => row.locale === locale)?.count ?? 0);
    return { ...intent, counts: { "zh-CN": count("zh-CN"), en: count("en") } };
  });
}

export async function getIntent(db: Db, name: string): Promise<IntentRow | undefined> {
  return db.selectFrom("intents").selectAll().where("name", "=", name).executeTakeFirst();
}

export async function listPhrases(db: Db, intent: string) {
  return db
    .selectFrom("training_phrases")
    .selectAll()
    .where("intent", "=", intent)
    .orderBy("locale")
    .orderBy("id", "desc")
    .execute();
}

export async function getPhrase(db: Db, id: number) {
  return db.selectFrom("training_phrases").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Every phrase, in a stable order so the same data always trains the same model. */
export async function listAllPhrases(db: Db) {
  return db
    .selectFrom("training_phrases")
    .select(["intent", "locale", "text"])
    .orderBy("intent")
    .orderBy("locale")
    .orderBy("id")
    .execute();
}

export async function listModels(db: Db): Promise<ModelSummary[]> {
  return db
    .selectFrom("nlu_models")
    .select(["id", "version", "created_at", "created_by", "phrase_count", "duration_ms", "active"])
    .orderBy("version", "desc")
    .execute();
}

export async function getActiveModelVersion(db: Db): Promise<number | null> {
  const row = await db.selectFrom("nlu_models").select("version").where("active", "=", 1).executeTakeFirst();
  return row?.version ?? null;
}

export async function getModelByVersion(db: Db, version: number) {
  return db.selectFrom("nlu_models").selectAll().where("version", "=", version).executeTakeFirst();
}

export async function getActiveModel(db: Db) {
  return db.selectFrom("nlu_models").selectAll().where("active", "=", 1).executeTakeFirst();
}

export async function getMetricsJson(db: Db, version: number): Promise<string | undefined> {
  const row = await db.selectFrom("nlu_models").select("metrics_json").where("version", "=", version).executeTakeFirst();
  return row?.metrics_json;
}

export async function nextModelVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom("nlu_models")
    .select((eb) => eb.fn.max<number | null>("version").as("max"))
    .executeTakeFirst();
  return (row?.max ?? 0) + 1;
}

/** Exactly one active row: the caller runs this inside its transaction. */
export async function markActive(db: Db, version: number): Promise<void> {
  await db.updateTable("nlu_models").set({ active: 0 }).where("active", "=", 1).where("version", "!=", version).execute();
  await db.updateTable("nlu_models").set({ active: 1 }).where("version", "=", version).execute();
}
