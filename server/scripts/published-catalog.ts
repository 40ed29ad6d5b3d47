import { sql, type Kysely } from "kysely";
import type { AppContext } from "../app-context";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import { memoService } from "../services";
import { draftScriptContentSchema, type ScriptContent } from "./model";

/** How long a process trusts its cached library before asking the database whether it changed. */
const RECHECK_MS = 1000;

type CatalogCache = { stamp: string | null; checkedAt: number; scripts: ReadonlyMap<string, ScriptContent> };

function cacheOf(app: AppContext): CatalogCache {
  return memoService(app, "scripts.publishedCatalog", (): CatalogCache => ({ stamp: null, checkedAt: 0, scripts: new Map() }));
}

/** Call after a publish, restore or import commits, so this process speaks the new text at once. */
export function invalidatePublishedScripts(app: AppContext): void {
  const cache = cacheOf(app);
  cache.stamp = null;
  cache.checkedAt = 0;
}

async function readStamp(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ stamp: string }>`select count(*) || ':' || coalesce(max(published_at), '') as stamp from script_versions`.execute(db);
  return rows[0]?.stamp ?? "";
}

/**
 * The latest published content of every script, what the runtime resolves replies against. Cached
 * per process; a publish elsewhere (another process) is seen within a second.
 */
export async function getPublishedScripts(app: AppContext): Promise<ReadonlyMap<string, ScriptContent>> {
  const cache = cacheOf(app);
  if (Date.now() - cache.checkedAt <= RECHECK_MS && cache.stamp !== null) return cache.scripts;
  const stamp = await readStamp(app.db);
  cache.checkedAt = Date.now();
  if (stamp !== cache.stamp) {
    cache.scripts = await loadPublished(app.db);
    cache.stamp = stamp;
  }
  return cache.scripts;
}

async function loadPublished(db: Kysely<Database>): Promise<Map<string, ScriptContent>> {
  const rows = await db
    .selectFrom("scripts as s")
    .innerJoin("script_versions as v", (join) => join.onRef("v.key", "=", "s.key").onRef("v.version", "=", "s.published_version"))
    .select(["s.key", "v.content_json"])
    .execute();
  const scripts = new Map<string, ScriptContent>();
  for (const row of rows) {
    const parsed = draftScriptContentSchema.safeParse(JSON.parse(row.content_json));
    if (parsed.success) scripts.set(row.key, parsed.data);
  }
  return scripts;
}

/** Inserts each missing key as published version 1 by the system, in one transaction; returns how many. */
export async function seedScriptLibrary(db: Kysely<Database>, scripts: ReadonlyMap<string, ScriptContent>, note: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const existing = new Set((await trx.selectFrom("scripts").select("key").execute()).map((row) => row.key));
    const now = nowIso();
    let inserted = 0;
    for (const [key, content] of scripts) {
      if (existing.has(key)) continue;
      await trx
        .insertInto("scripts")
        .values({ key, description: content.description, tags_json: JSON.stringify(content.tags), channels_json: JSON.stringify(content.channels), draft_json: null, published_version: 1, revision: 1, created_by: null, created_at: now, updated_by: null, updated_at: now })
        .execute();
      await trx.insertInto("script_versions").values({ key, version: 1, content_json: JSON.stringify(content), note, published_by: null, published_at: now }).execute();
      inserted++;
    }
    return inserted;
  });
}
