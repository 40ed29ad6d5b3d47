import type { Kysely } from "kysely";
import type { Actor } from "../auth/audit";
import { writeAudit } from "../auth/audit";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import { DomainError } from "../errors";
import { callConnection } from "./call-connection";
import { getConnection, listConnections } from "./repository";
import { connectionInputSchema, type ConnectionInput } from "./schemas";

export type ConnectionView = { name: string; description: string; baseUrl: string; headers: Record<string, string>; hasSecret: boolean; overriddenBy: string | null };

/** Connections as the console shows them: the secret never leaves the server, overrides are named. */
export async function listConnectionViews(db: Kysely<Database>, overrides: Record<string, string>): Promise<ConnectionView[]> {
  return (await listConnections(db)).map((c) => ({
    name: c.name,
    description: c.description,
    baseUrl: c.baseUrl,
    headers: c.headers,
    hasSecret: c.secret !== null,
    overriddenBy: overrides[c.name] ? `CONNECTION_${c.name.toUpperCase()}_URL=${overrides[c.name]}` : null,
  }));
}

/** Creates or updates a connection; an omitted secret keeps the stored one, `null` removes it. */
export async function saveConnection(db: Kysely<Database>, actor: Actor, raw: ConnectionInput): Promise<{ name: string }> {
  const input = connectionInputSchema.parse(raw);
  return db.transaction().execute(async (trx) => {
    const before = await getConnection(trx, input.name);
    const now = nowIso();
    const secret = input.secret === undefined ? (before?.secret ?? null) : input.secret;
    const values = { description: input.description, base_url: input.baseUrl, headers_json: JSON.stringify(input.headers), secret, updated_at: now };
    if (before) await trx.updateTable("connections").set(values).where("name", "=", input.name).execute();
    else await trx.insertInto("connections").values({ name: input.name, created_at: now, ...values }).execute();
    const redact = (c: { baseUrl: string; headers: Record<string, string>; description: string }) => ({ baseUrl: c.baseUrl, headers: Object.keys(c.headers), description: c.description });
    await writeAudit(trx, actor, {
      action: before ? "connection.update" : "connection.create",
      entityType: "connection",
      entityId: input.name,
      summary: `${before ? "Updated" : "Created"} connection ${input.name}${input.secret !== undefined ? " (secret changed)" : ""}`,
      before: before ? redact(before) : undefined,
      after: redact(input),
    });
    return { name: input.name };
  });
}

export async function deleteConnection(db: Kysely<Database>, actor: Actor, name: string): Promise<{ deleted: string }> {
  return db.transaction().execute(async (trx) => {
    const before = await getConnection(trx, name);
    if (!before) throw new DomainError("not_found", `No connection named "${name}".`);
    await trx.deleteFrom("connections").where("name", "=", name).execute();
    await writeAudit(trx, actor, { action: "connection.delete", entityType: "connection", entityId: name, summary: `Deleted connection ${name}`, before: { baseUrl: before.baseUrl } });
    return { deleted: name };
  });
}

/** The designer's and settings' "test call": one real request through the same code path as the runtime. */
export async function testConnection(
  db: Kysely<Database>,
  options: { overrides: Record<string, string>; selfOrigin: string },
  input: { name: string; method: "GET" | "POST"; path: string; body?: unknown },
) {
  const connection = await getConnection(db, input.name);
  if (!connection) throw new DomainError("not_found", `No connection named "${input.name}".`);
  const outcome = await callConnection(
    connection,
    { type: "call_api", effectId: "test", nodeId: "test", connection: input.name, method: input.method, path: input.path, body: input.body, timeoutMs: 5000, retries: 0 },
    { overrides: options.overrides, selfOrigin: options.selfOrigin, locale: "zh-CN", idempotencyKey: `test-${Date.now()}` },
  );
  return { url: outcome.url, latencyMs: outcome.latencyMs, result: outcome.result };
}
