import type { Kysely, Selectable } from "kysely";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import type { AuditLogTable } from "../db/tables/auth";

export type Actor = { id: string; email: string } | null;

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  summary?: string;
  before?: unknown;
  after?: unknown;
};

/** Written inside the caller's transaction so the change and its audit row land together. */
export async function writeAudit(db: Kysely<Database>, actor: Actor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      at: nowIso(),
      user_id: actor?.id ?? null,
      user_email: actor?.email ?? null,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId ?? null,
      summary: entry.summary ?? null,
      before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
      after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

export type AuditFilter = {
  userId?: string;
  entityType?: string;
  from?: string;
  to?: string;
  limit: number;
  cursor?: number;
};

export async function listAudit(
  db: Kysely<Database>,
  filter: AuditFilter,
): Promise<{ rows: Selectable<AuditLogTable>[]; nextCursor: number | null }> {
  let query = db.selectFrom("audit_log").selectAll().orderBy("id", "desc").limit(filter.limit + 1);
  if (filter.userId) query = query.where("user_id", "=", filter.userId);
  if (filter.entityType) query = query.where("entity_type", "=", filter.entityType);
  if (filter.from) query = query.where("at", ">=", filter.from);
  if (filter.to) query = query.where("at", "<", filter.to);
  if (filter.cursor) query = query.where("id", "<", filter.cursor);
  const rows = await query.execute();
  const hasMore = rows.length > filter.limit;
  const page = hasMore ? rows.slice(0, filter.limit) : rows;
  return { rows: page, nextCursor: hasMore ? page[page.length - 1].id : null };
}

export async function listAuditEntityTypes(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom("audit_log").select("entity_type").distinct().orderBy("entity_type").execute();
  return rows.map((row) => row.entity_type);
}
