import type { Kysely } from "kysely";
import { flowDefinitionSchema, type FlowDefinition } from "../../flows";
import type { Database } from "../db/schema";
import { DomainError } from "../errors";

type Db = Kysely<Database>;

export async function requireFlowRow(db: Db, id: string) {
  const row = await db.selectFrom("flows").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new DomainError("not_found", `No flow "${id}".`);
  return row;
}

/** Stored JSON read back through the schema: a row that no longer parses is reported, not trusted. */
export function parseStoredFlow(json: string, what: string): FlowDefinition {
  const parsed = flowDefinitionSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new DomainError("invalid", `${what} no longer matches the flow schema: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data;
}

export async function listVersions(db: Db, flowId: string) {
  return db
    .selectFrom("flow_versions as v")
    .leftJoin("users as u", "u.id", "v.published_by")
    .select(["v.id", "v.version", "v.note", "v.published_at as publishedAt", "u.name as publishedBy"])
    .where("v.flow_id", "=", flowId)
    .orderBy("v.version", "desc")
    .execute();
}

export async function listDeployments(db: Db, flowId?: string) {
  let query = db
    .selectFrom("flow_deployments as d")
    .innerJoin("flow_versions as v", "v.id", "d.version_id")
    .leftJoin("channels as c", "c.id", "d.channel_scope")
    .select(["d.flow_id as flowId", "d.channel_scope as channelScope", "c.name as channelName", "d.version_id as versionId", "v.version", "d.deployed_at as deployedAt"]);
  if (flowId) query = query.where("d.flow_id", "=", flowId);
  return query.orderBy("d.channel_scope").execute();
}

export async function latestVersionJson(db: Db, flowId: string): Promise<string | undefined> {
  const row = await db.selectFrom("flow_versions").select("definition_json").where("flow_id", "=", flowId).orderBy("version", "desc").limit(1).executeTakeFirst();
  return row?.definition_json;
}
