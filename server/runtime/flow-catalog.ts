import { sql, type Kysely } from "kysely";
import { flowDefinitionSchema, type FlowDefinition } from "../../flows";
import type { AppContext } from "../app-context";
import type { Database } from "../db/schema";
import { memoService } from "../services";

export type DeployedFlow = { flowId: string; versionId: string; version: number; channelScope: string; definition: FlowDefinition };

/** How long a process trusts its cached deployments before asking the database whether they changed. */
const RECHECK_MS = 1000;

type CatalogState = {
  stamp: string | null;
  checkedAt: number;
  deployments: DeployedFlow[];
  versions: Map<string, { flowId: string; version: number; definition: FlowDefinition }>;
};

function catalogState(app: AppContext): CatalogState {
  return memoService(app, "runtime.flowCatalog", (): CatalogState => ({ stamp: null, checkedAt: 0, deployments: [], versions: new Map() }));
}

/** Call after publishing, rolling back or deploying, so this process serves the change at once. */
export function invalidateFlowCatalog(app: AppContext): void {
  const state = catalogState(app);
  state.stamp = null;
  state.checkedAt = 0;
}

async function readStamp(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ stamp: string | null }>`select count(*) || ':' || coalesce(max(deployed_at), '') as stamp from flow_deployments`.execute(db);
  return rows[0]?.stamp ?? "";
}

/**
 * The flows serving a channel: for each flow, its deployment to this channel (a pilot) or else its
 * deployment to every channel (`*`). Archived flows serve nothing.
 */
export async function listDeployedFlows(app: AppContext, channelId: string): Promise<DeployedFlow[]> {
  const state = catalogState(app);
  if (Date.now() - state.checkedAt > RECHECK_MS) {
    const stamp = await readStamp(app.db);
    state.checkedAt = Date.now();
    if (stamp !== state.stamp) {
      state.deployments = await loadDeployments(app.db);
      state.stamp = stamp;
    }
  }
  const byFlow = new Map<string, DeployedFlow>();
  for (const deployment of state.deployments) {
    if (deployment.channelScope !== "*" && deployment.channelScope !== channelId) continue;
    const current = byFlow.get(deployment.flowId);
    if (!current || current.channelScope === "*") byFlow.set(deployment.flowId, deployment);
  }
  return [...byFlow.values()];
}

async function loadDeployments(db: Kysely<Database>): Promise<DeployedFlow[]> {
  const rows = await db
    .selectFrom("flow_deployments as d")
    .innerJoin("flow_versions as v", "v.id", "d.version_id")
    .innerJoin("flows as f", "f.id", "d.flow_id")
    .select(["d.flow_id", "d.channel_scope", "v.id as version_id", "v.version", "v.definition_json"])
    .where("f.archived", "=", 0)
    .orderBy("d.flow_id")
    .execute();
  return rows.flatMap((row) => {
    const parsed = flowDefinitionSchema.safeParse(JSON.parse(row.definition_json));
    // A version that no longer parses (a schema change without an upgrade) is skipped, not fatal.
    if (!parsed.success) return [];
    return [{ flowId: row.flow_id, versionId: row.version_id, version: row.version, channelScope: row.channel_scope, definition: parsed.data }];
  });
}

/** A published version by id (conversations stay on the version they started on); immutable, so cached forever. */
export async function getFlowVersion(app: AppContext, versionId: string): Promise<{ flowId: string; version: number; definition: FlowDefinition } | undefined> {
  const state = catalogState(app);
  const cached = state.versions.get(versionId);
  if (cached) return cached;
  const row = await app.db.selectFrom("flow_versions").select(["flow_id", "version", "definition_json"]).where("id", "=", versionId).executeTakeFirst();
  if (!row) return undefined;
  const parsed = flowDefinitionSchema.safeParse(JSON.parse(row.definition_json));
  if (!parsed.success) return undefined;
  const entry = { flowId: row.flow_id, version: row.version, definition: parsed.data };
  state.versions.set(versionId, entry);
  return entry;
}
