import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { Database } from "../db/schema";
import type { ConnectionsTable } from "../db/tables/runtime";
import type { ConnectionConfig } from "./schemas";

type Db = Kysely<Database>;

const headersSchema = z.record(z.string(), z.string());

export function toConnectionConfig(row: Selectable<ConnectionsTable>): ConnectionConfig {
  const headers = headersSchema.safeParse(JSON.parse(row.headers_json));
  return { name: row.name, description: row.description, baseUrl: row.base_url, headers: headers.success ? headers.data : {}, secret: row.secret };
}

export async function getConnection(db: Db, name: string): Promise<ConnectionConfig | undefined> {
  const row = await db.selectFrom("connections").selectAll().where("name", "=", name).executeTakeFirst();
  return row ? toConnectionConfig(row) : undefined;
}

export async function listConnections(db: Db): Promise<ConnectionConfig[]> {
  const rows = await db.selectFrom("connections").selectAll().orderBy("name").execute();
  return rows.map(toConnectionConfig);
}

export async function listConnectionNames(db: Db): Promise<string[]> {
  const rows = await db.selectFrom("connections").select("name").orderBy("name").execute();
  return rows.map((row) => row.name);
}
