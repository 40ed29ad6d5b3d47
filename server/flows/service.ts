import { randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { flowDefinitionSchema, getFlowTemplate, hasErrors, validateFlow, type FlowDefinition } from "../../flows";
import type { AppContext } from "../app-context";
import { writeAudit, type Actor } from "../auth/audit";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import { DomainError } from "../errors";
import { invalidateFlowCatalog } from "../runtime/flow-catalog";
import { readCatalog, toFlowCatalog } from "./catalog";
import { latestVersionJson, listDeployments, listVersions, parseStoredFlow, requireFlowRow } from "./repository";

type Db = Kysely<Database>;

export async function listFlows(db: Db, filter: { search?: string; includeArchived?: boolean }) {
  let query = db.selectFrom("flows as f").leftJoin("users as u", "u.id", "f.draft_updated_by").select(["f.id", "f.name", "f.description", "f.archived", "f.draft_json", "f.draft_revision", "f.draft_updated_at", "u.name as editor"]);
  if (!filter.includeArchived) query = query.where("f.archived", "=", 0);
  if (filter.search) query = query.where((eb) => eb.or([eb("f.name", "like", `%${filter.search}%`), eb("f.id", "like", `%${filter.search}%`), eb("f.description", "like", `%${filter.search}%`)]));
  const [rows, deployments, latest] = await Promise.all([
    query.orderBy("f.created_at").execute(),
    listDeployments(db),
    db.selectFrom("flow_versions").select(["flow_id", "version", "definition_json"]).where(({ eb, selectFrom }) => eb("version", "=", selectFrom("flow_versions as v2").select(({ fn }) => fn.max("v2.version").as("m")).whereRef("v2.flow_id", "=", "flow_versions.flow_id"))).execute(),
  ]);
  const latestByFlow = new Map(latest.map((row) => [row.flow_id, row]));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    archived: row.archived === 1,
    draftRevision: row.draft_revision,
    draftUpdatedAt: row.draft_updated_at,
    draftUpdatedBy: row.editor,
    publishedVersion: latestByFlow.get(row.id)?.version ?? null,
    hasDraftChanges: !sameDefinition(row.draft_json, latestByFlow.get(row.id)?.definition_json),
    deployments: deployments.filter((d) => d.flowId === row.id).map(({ channelScope, channelName, version }) => ({ channelScope, channelName, version })),
  }));
}

function sameDefinition(a: string, b: string | undefined): boolean {
  return b !== undefined && JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
}

export async function getFlow(db: Db, id: string) {
  const row = await requireFlowRow(db, id);
  const [versions, deployments, catalog] = await Promise.all([listVersions(db, id), listDeployments(db, id), readCatalog(db)]);
  const draft = parseStoredFlow(row.draft_json, `The draft of "${id}"`);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    archived: row.archived === 1,
    draft,
    draftRevision: row.draft_revision,
    draftUpdatedAt: row.draft_updated_at,
    versions,
    deployments,
    catalog,
    problems: validateFlow(draft, toFlowCatalog(catalog)),
  };
}

async function uniqueId(db: Db, wanted: string): Promise<string> {
  const base = /^[a-z0-9][a-z0-9_-]{0,55}$/.test(wanted) ? wanted : `flow-${randomBytes(3).toString("hex")}`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await db.selectFrom("flows").select("id").where("id", "=", candidate).executeTakeFirst())) return candidate;
  }
}

function slugOf(name: string): string {
  return name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
}

function blankFlow(id: string, name: string): FlowDefinition {
  return flowDefinitionSchema.parse({
    schemaVersion: 1,
    id,
    name,
    nodes: [
      { id: "start", type: "start", position: { x: 0, y: 0 }, data: { intents: [] } },
      { id: "end", type: "end", position: { x: 320, y: 0 }, data: { outcome: "resolved" } },
    ],
    edges: [{ id: "start.next-end", source: "start", target: "end", handle: "next" }],
  });
}

/** Inserts a new flow (draft only, nothing published) and audits it. */
async function insertFlow(db: Db, actor: Actor, definition: FlowDefinition, action: string): Promise<{ id: string }> {
  return db.transaction().execute(async (trx) => {
    const id = await uniqueId(trx, definition.id);
    const draft = { ...definition, id };
    const now = nowIso();
    await trx.insertInto("flows").values({ id, name: draft.name, description: draft.description, draft_json: JSON.stringify(draft), draft_revision: 1, draft_updated_at: now, draft_updated_by: actor?.id ?? null, archived: 0, created_at: now }).execute();
    await writeAudit(trx, actor, { action, entityType: "flow", entityId: id, summary: `${action === "flow.import" ? "Imported" : "Created"} flow ${draft.name}`, after: { nodes: draft.nodes.length } });
    return { id };
  });
}

export async function createFlow(db: Db, actor: Actor, input: { name: string; templateId?: string }) {
  const id = slugOf(input.name) || "flow";
  if (!input.templateId) return insertFlow(db, actor, blankFlow(id, input.name), "flow.create");
  const template = getFlowTemplate(input.templateId);
  if (!template) throw new DomainError("not_found", `No template "${input.templateId}".`);
  return insertFlow(db, actor, { ...template, id, name: input.name }, "flow.create");
}

export async function duplicateFlow(db: Db, actor: Actor, input: { id: string; name: string }) {
  const row = await requireFlowRow(db, input.id);
  const draft = parseStoredFlow(row.draft_json, `The draft of "${input.id}"`);
  return insertFlow(db, actor, { ...draft, id: slugOf(input.name) || `${input.id}-copy`, name: input.name }, "flow.create");
}

export async function importFlow(db: Db, actor: Actor, json: unknown) {
  const parsed = flowDefinitionSchema.safeParse(json);
  if (!parsed.success) throw new DomainError("invalid", "The file is not a valid flow.", parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message, code: issue.code })));
  return insertFlow(db, actor, parsed.data, "flow.import");
}

/** Saves the editor's draft unless someone saved since `baseRevision` (two tabs, two people): then a conflict. */
export async function saveDraft(db: Db, actor: Actor, input: { id: string; draft: unknown; baseRevision: number }) {
  const parsed = flowDefinitionSchema.safeParse(input.draft);
  if (!parsed.success) throw new DomainError("invalid", "The draft is not a valid flow.", parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message, code: issue.code })));
  const draft = { ...parsed.data, id: input.id };
  return db.transaction().execute(async (trx) => {
    const row = await requireFlowRow(trx, input.id);
    if (row.draft_revision !== input.baseRevision) {
      throw new DomainError("conflict", `This flow was changed elsewhere (revision ${row.draft_revision}, you edited ${input.baseRevision}). Reload to see the latest draft.`);
    }
    const revision = row.draft_revision + 1;
    await trx.updateTable("flows").set({ draft_json: JSON.stringify(draft), name: draft.name, description: draft.description, draft_revision: revision, draft_updated_at: nowIso(), draft_updated_by: actor?.id ?? null }).where("id", "=", input.id).execute();
    return { revision };
  });
}

export async function publishFlow(app: AppContext, actor: Actor, input: { id: string; note: string; channelScope: string; baseRevision: number }) {
  const result = await app.db.transaction().execute(async (trx) => {
    const row = await requireFlowRow(trx, input.id);
    if (row.draft_revision !== input.baseRevision) throw new DomainError("conflict", "The draft changed since you opened it. Reload before publishing.");
    const draft = parseStoredFlow(row.draft_json, "The draft");
    const problems = validateFlow(draft, toFlowCatalog(await readCatalog(trx)));
    if (hasErrors(problems)) throw new DomainError("invalid", `The flow has ${problems.filter((p) => p.severity === "error").length} error(s); fix them before publishing.`, problems);
    await requireScope(trx, input.channelScope);
    const previous = await latestVersionJson(trx, input.id);
    const last = await trx.selectFrom("flow_versions").select(({ fn }) => fn.max("version").as("v")).where("flow_id", "=", input.id).executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    const versionId = randomUUID();
    const now = nowIso();
    await trx.insertInto("flow_versions").values({ id: versionId, flow_id: input.id, version, definition_json: row.draft_json, note: input.note, published_by: actor?.id ?? null, published_at: now }).execute();
    await deployIn(trx, input.id, versionId, input.channelScope, actor);
    await writeAudit(trx, actor, {
      action: "flow.publish",
      entityType: "flow",
      entityId: input.id,
      summary: `Published ${input.id} v${version} to ${input.channelScope === "*" ? "all channels" : `channel ${input.channelScope}`}: ${input.note}`,
      before: previous ? { nodes: parseStoredFlow(previous, "previous").nodes.length } : undefined,
      after: { version, nodes: draft.nodes.length, channelScope: input.channelScope },
    });
    return { versionId, version };
  });
  invalidateFlowCatalog(app);
  return result;
}

async function requireScope(db: Db, scope: string): Promise<void> {
  if (scope === "*") return;
  const channel = await db.selectFrom("channels").select("id").where("id", "=", scope).executeTakeFirst();
  if (!channel) throw new DomainError("not_found", `No channel "${scope}".`);
}

/** Serving `*` replaces the flow's pilots: every channel then runs this version. */
async function deployIn(db: Db, flowId: string, versionId: string, scope: string, actor: Actor): Promise<void> {
  if (scope === "*") await db.deleteFrom("flow_deployments").where("flow_id", "=", flowId).execute();
  await db
    .insertInto("flow_deployments")
    .values({ flow_id: flowId, channel_scope: scope, version_id: versionId, deployed_at: nowIso(), deployed_by: actor?.id ?? null })
    .onConflict((oc) => oc.columns(["flow_id", "channel_scope"]).doUpdateSet({ version_id: versionId, deployed_at: nowIso(), deployed_by: actor?.id ?? null }))
    .execute();
}

/** Promotes a pilot to every channel, or rolls back to an earlier version. */
export async function deployVersion(app: AppContext, actor: Actor, input: { id: string; versionId: string; channelScope: string }) {
  await app.db.transaction().execute(async (trx) => {
    const version = await trx.selectFrom("flow_versions").select(["version", "flow_id"]).where("id", "=", input.versionId).executeTakeFirst();
    if (!version || version.flow_id !== input.id) throw new DomainError("not_found", "No such version of this flow.");
    await requireScope(trx, input.channelScope);
    await deployIn(trx, input.id, input.versionId, input.channelScope, actor);
    await writeAudit(trx, actor, { action: "flow.deploy", entityType: "flow", entityId: input.id, summary: `Serving ${input.id} v${version.version} on ${input.channelScope === "*" ? "all channels" : `channel ${input.channelScope}`}`, after: { version: version.version, channelScope: input.channelScope } });
  });
  invalidateFlowCatalog(app);
  return { ok: true as const };
}

export async function getVersion(db: Db, versionId: string) {
  const row = await db.selectFrom("flow_versions").selectAll().where("id", "=", versionId).executeTakeFirst();
  if (!row) throw new DomainError("not_found", "No such version.");
  return { id: row.id, flowId: row.flow_id, version: row.version, note: row.note, publishedAt: row.published_at, definition: parseStoredFlow(row.definition_json, `Version ${row.version}`) };
}

export async function archiveFlow(app: AppContext, actor: Actor, input: { id: string; archived: boolean }) {
  await app.db.transaction().execute(async (trx) => {
    await requireFlowRow(trx, input.id);
    await trx.updateTable("flows").set({ archived: input.archived ? 1 : 0 }).where("id", "=", input.id).execute();
    await writeAudit(trx, actor, { action: input.archived ? "flow.archive" : "flow.unarchive", entityType: "flow", entityId: input.id, summary: `${input.archived ? "Archived" : "Restored"} flow ${input.id}` });
  });
  invalidateFlowCatalog(app);
  return { ok: true as const };
}
