import type { Kysely } from "kysely";
import { nowIso } from "./db/connection";
import type { Database } from "./db/schema";

export async function readSetting<T>(db: Kysely<Database>, key: string): Promise<T | undefined> {
  const row = await db.selectFrom("app_settings").select("value_json").where("key", "=", key).executeTakeFirst();
  return row ? (JSON.parse(row.value_json) as T) : undefined;
}

export async function writeSetting(db: Kysely<Database>, key: string, value: unknown): Promise<void> {
  const value_json = JSON.stringify(value);
  await db
    .insertInto("app_settings")
    .values({ key, value_json, updated_at: nowIso() })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value_json, updated_at: nowIso() }))
    .execute();
}
