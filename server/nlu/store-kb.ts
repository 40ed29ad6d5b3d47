import type { Kysely, Selectable } from "kysely";
import type { Database } from "../db/schema";
import type { KbEntriesTable, NluLocale } from "../db/tables/nlu";

type Db = Kysely<Database>;

export type KbEntryRow = Selectable<KbEntriesTable>;

/** The console's and the index's view of an entry: JSON columns decoded. */
export type KbEntry = Omit<KbEntryRow, "alternatives_json" | "tags" | "enabled"> & {
  alternatives: string[];
  tags: string[];
  enabled: boolean;
};

function decodeList(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === "string") : [];
}

export function toKbEntry(row: KbEntryRow): KbEntry {
  const { alternatives_json, tags, enabled, ...rest } = row;
  return { ...rest, alternatives: decodeList(alternatives_json), tags: decodeList(tags), enabled: enabled === 1 };
}

export async function listKbEntries(db: Db, filter: { locale?: NluLocale; search?: string } = {}): Promise<KbEntry[]> {
  let query = db.selectFrom("kb_entries").selectAll().orderBy("locale").orderBy("updated_at", "desc");
  if (filter.locale) query = query.where("locale", "=", filter.locale);
  if (filter.search) {
    const like = `%${filter.search}%`;
    query = query.where((eb) =>
      eb.or([
        eb("question", "like", like),
        eb("answer", "like", like),
        eb("alternatives_json", "like", like),
        eb("tags", "like", like),
      ]),
    );
  }
  return (await query.execute()).map(toKbEntry);
}

export async function listEnabledKbEntries(db: Db): Promise<KbEntry[]> {
  const rows = await db.selectFrom("kb_entries").selectAll().where("enabled", "=", 1).orderBy("id").execute();
  return rows.map(toKbEntry);
}

export async function getKbEntry(db: Db, id: string): Promise<KbEntry | undefined> {
  const row = await db.selectFrom("kb_entries").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toKbEntry(row) : undefined;
}

export async function countKbEntries(db: Db): Promise<number> {
  const row = await db
    .selectFrom("kb_entries")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}
