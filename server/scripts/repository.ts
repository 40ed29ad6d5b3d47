import type { Kysely, Selectable } from "kysely";
import type { Database } from "../db/schema";
import type { ScriptsTable } from "../db/tables/scripts";
import { DomainError } from "../errors";
import { readSetting } from "../settings";
import { draftScriptContentSchema, type ScriptContent } from "./model";

type Db = Kysely<Database>;
export type ScriptRow = Selectable<ScriptsTable>;

export const BANNED_WORDS_SETTING = "scripts.bannedWords";

export async function requireScriptRow(db: Db, key: string): Promise<ScriptRow> {
  const row = await db.selectFrom("scripts").selectAll().where("key", "=", key).executeTakeFirst();
  if (!row) throw new DomainError("not_found", `No script "${key}".`);
  return row;
}

export function parseContent(json: string): ScriptContent {
  return draftScriptContentSchema.parse(JSON.parse(json));
}

export async function publishedContent(db: Db, row: ScriptRow): Promise<ScriptContent | null> {
  if (row.published_version === null) return null;
  const version = await db.selectFrom("script_versions").select("content_json").where("key", "=", row.key).where("version", "=", row.published_version).executeTakeFirst();
  return version ? parseContent(version.content_json) : null;
}

/** Latest published content of every script (or the draft where one exists, with `drafts`). */
export async function allContents(db: Db, drafts: boolean): Promise<Map<string, ScriptContent>> {
  const rows = await db
    .selectFrom("scripts as s")
    .leftJoin("script_versions as v", (join) => join.onRef("v.key", "=", "s.key").onRef("v.version", "=", "s.published_version"))
    .select(["s.key", "s.draft_json", "v.content_json"])
    .orderBy("s.key")
    .execute();
  const out = new Map<string, ScriptContent>();
  for (const row of rows) {
    const json = drafts && row.draft_json ? row.draft_json : row.content_json;
    if (json) out.set(row.key, parseContent(json));
  }
  return out;
}

export async function bannedWords(db: Db): Promise<string[]> {
  return (await readSetting<string[]>(db, BANNED_WORDS_SETTING)) ?? [];
}

export async function nextVersion(db: Db, key: string): Promise<number> {
  const row = await db.selectFrom("script_versions").select(({ fn }) => fn.max("version").as("v")).where("key", "=", key).executeTakeFirst();
  return Number(row?.v ?? 0) + 1;
}
