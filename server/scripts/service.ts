import type { Kysely } from "kysely";
import type { AppContext } from "../app-context";
import { writeAudit, type Actor } from "../auth/audit";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import { DomainError } from "../errors";
import { computeCoverage } from "./coverage";
import { diffScriptContent } from "./diff";
import { lintScript } from "./lint";
import { draftScriptContentSchema, scriptContentSchema, type ScriptContent } from "./model";
import { invalidatePublishedScripts } from "./published-catalog";
import { bannedWords, nextVersion, parseContent, publishedContent, requireScriptRow } from "./repository";

type Db = Kysely<Database>;
type Filter = { search?: string; tag?: string; locale?: "zh-CN" | "en"; missingCoverage?: boolean; hasDraft?: boolean };

export async function listScripts(db: Db, filter: Filter) {
  const rows = await db
    .selectFrom("scripts as s")
    .leftJoin("script_versions as v", (join) => join.onRef("v.key", "=", "s.key").onRef("v.version", "=", "s.published_version"))
    .leftJoin("users as u", "u.id", "s.updated_by")
    .select(["s.key", "s.description", "s.tags_json", "s.draft_json", "s.published_version", "s.updated_at", "u.name as updatedBy", "v.content_json"])
    .orderBy("s.key")
    .execute();
  const search = filter.search?.trim().toLowerCase();
  return rows
    .map((row) => {
      const content = parseContent(row.draft_json ?? row.content_json ?? JSON.stringify({ description: row.description, tags: [], channels: [], variants: [] }));
      const coverage = computeCoverage(row.content_json ? parseContent(row.content_json) : content).summary;
      return {
        key: row.key,
        description: row.description,
        tags: JSON.parse(row.tags_json) as string[],
        publishedVersion: row.published_version,
        hasDraft: row.draft_json !== null,
        updatedAt: row.updated_at,
        updatedBy: row.updatedBy,
        variants: content.variants.length,
        locales: [...new Set(content.variants.map((v) => v.locale))],
        coverage,
        preview: content.variants.find((v) => v.tier === "any" && v.emotion === "any")?.text ?? content.variants[0]?.text ?? "",
        content,
      };
    })
    .filter((s) => !filter.tag || s.tags.includes(filter.tag))
    .filter((s) => !filter.locale || s.locales.includes(filter.locale) || s.locales.includes("any"))
    .filter((s) => !filter.missingCoverage || s.coverage.missing > 0 || s.coverage.fallback > 0)
    .filter((s) => filter.hasDraft === undefined || s.hasDraft === filter.hasDraft)
    .filter((s) => !search || s.key.includes(search) || s.description.toLowerCase().includes(search) || s.content.variants.some((v) => v.text.toLowerCase().includes(search)))
    .map(({ content: _content, ...summary }) => summary);
}

export async function getScript(db: Db, key: string) {
  const row = await requireScriptRow(db, key);
  const [published, versions, banned] = await Promise.all([
    publishedContent(db, row),
    db.selectFrom("script_versions as v").leftJoin("users as u", "u.id", "v.published_by").select(["v.version", "v.note", "v.published_at as publishedAt", "u.name as publishedBy"]).where("v.key", "=", key).orderBy("v.version", "desc").execute(),
    bannedWords(db),
  ]);
  const draft = row.draft_json ? parseContent(row.draft_json) : null;
  const working = draft ?? published ?? { description: row.description, tags: [], channels: [], variants: [] };
  return {
    key,
    revision: row.revision,
    publishedVersion: row.published_version,
    draft,
    published,
    working,
    coverage: computeCoverage(working),
    publishedCoverage: published ? computeCoverage(published) : null,
    lint: lintScript(working, { bannedWords: banned }),
    versions,
    bannedWords: banned,
  };
}

export async function createScript(db: Db, actor: Actor, input: { key: string; description: string }) {
  return db.transaction().execute(async (trx) => {
    if (await trx.selectFrom("scripts").select("key").where("key", "=", input.key).executeTakeFirst()) throw new DomainError("conflict", `Script "${input.key}" already exists.`);
    const now = nowIso();
    const draft: ScriptContent = { description: input.description, tags: [], channels: [], variants: [{ tier: "any", emotion: "any", locale: "zh-CN", text: "" }, { tier: "any", emotion: "any", locale: "en", text: "" }] };
    await trx.insertInto("scripts").values({ key: input.key, description: input.description, tags_json: "[]", channels_json: "[]", draft_json: JSON.stringify(draft), published_version: null, revision: 1, created_by: actor?.id ?? null, created_at: now, updated_by: actor?.id ?? null, updated_at: now }).execute();
    await writeAudit(trx, actor, { action: "script.create", entityType: "script", entityId: input.key, summary: `Created script ${input.key}` });
    return { key: input.key };
  });
}

export async function saveScriptDraft(db: Db, actor: Actor, input: { key: string; content: unknown; baseRevision: number }) {
  const content = draftScriptContentSchema.parse(input.content);
  return db.transaction().execute(async (trx) => {
    const row = await requireScriptRow(trx, input.key);
    if (row.revision !== input.baseRevision) throw new DomainError("conflict", `Script "${input.key}" was changed elsewhere (revision ${row.revision}); reload to see it.`);
    const revision = row.revision + 1;
    await trx.updateTable("scripts").set({ draft_json: JSON.stringify(content), revision, updated_by: actor?.id ?? null, updated_at: nowIso() }).where("key", "=", input.key).execute();
    return { revision };
  });
}

export async function discardScriptDraft(db: Db, actor: Actor, key: string) {
  await db.transaction().execute(async (trx) => {
    const row = await requireScriptRow(trx, key);
    if (row.published_version === null) throw new DomainError("invalid", "This script was never published; delete it instead of discarding its only draft.");
    await trx.updateTable("scripts").set({ draft_json: null, revision: row.revision + 1, updated_by: actor?.id ?? null, updated_at: nowIso() }).where("key", "=", key).execute();
    await writeAudit(trx, actor, { action: "script.discard_draft", entityType: "script", entityId: key, summary: `Discarded the draft of ${key}` });
  });
  return { ok: true as const };
}

/** Writes a new immutable version and makes it the published one (publish, restore and import all end here). */
export async function writeVersion(trx: Db, actor: Actor, key: string, content: ScriptContent, note: string, action: string): Promise<number> {
  const version = await nextVersion(trx, key);
  const now = nowIso();
  const before = await publishedContent(trx, await requireScriptRow(trx, key));
  await trx.insertInto("script_versions").values({ key, version, content_json: JSON.stringify(content), note, published_by: actor?.id ?? null, published_at: now }).execute();
  await trx
    .updateTable("scripts")
    .set((eb) => ({ description: content.description, tags_json: JSON.stringify(content.tags), channels_json: JSON.stringify(content.channels), draft_json: null, published_version: version, revision: eb("revision", "+", 1), updated_by: actor?.id ?? null, updated_at: now }))
    .where("key", "=", key)
    .execute();
  const diff = before ? diffScriptContent(before, content) : null;
  await writeAudit(trx, actor, { action, entityType: "script", entityId: key, summary: `${key} v${version}: ${note}`, before: before ?? undefined, after: { version, variants: content.variants.length, changedVariants: diff?.variants.length ?? content.variants.length } });
  return version;
}

export async function publishScript(app: AppContext, actor: Actor, input: { key: string; note: string; baseRevision: number }) {
  const version = await app.db.transaction().execute(async (trx) => {
    const row = await requireScriptRow(trx, input.key);
    if (row.revision !== input.baseRevision) throw new DomainError("conflict", "The draft changed since you opened it; reload before publishing.");
    if (!row.draft_json) throw new DomainError("invalid", "There is no draft to publish.");
    const parsed = scriptContentSchema.safeParse(JSON.parse(row.draft_json));
    if (!parsed.success) throw new DomainError("invalid", `The draft cannot be published: ${parsed.error.issues[0]?.message}`, parsed.error.issues);
    const errors = lintScript(parsed.data, { bannedWords: await bannedWords(trx) }).filter((issue) => issue.severity === "error");
    if (errors.length > 0) throw new DomainError("invalid", `Fix ${errors.length} lint error(s) first: ${errors[0].message}`, errors);
    return writeVersion(trx, actor, input.key, parsed.data, input.note, "script.publish");
  });
  invalidatePublishedScripts(app);
  return { version };
}

export async function restoreScriptVersion(app: AppContext, actor: Actor, input: { key: string; version: number }) {
  const version = await app.db.transaction().execute(async (trx) => {
    const old = await trx.selectFrom("script_versions").select("content_json").where("key", "=", input.key).where("version", "=", input.version).executeTakeFirst();
    if (!old) throw new DomainError("not_found", `Script "${input.key}" has no version ${input.version}.`);
    return writeVersion(trx, actor, input.key, parseContent(old.content_json), `Restored version ${input.version}`, "script.restore");
  });
  invalidatePublishedScripts(app);
  return { version };
}

export async function diffScriptVersions(db: Db, input: { key: string; from: number; to: number | "draft" }) {
  const load = async (version: number | "draft"): Promise<ScriptContent> => {
    if (version === "draft") {
      const row = await requireScriptRow(db, input.key);
      if (!row.draft_json) throw new DomainError("not_found", "No draft.");
      return parseContent(row.draft_json);
    }
    const found = await db.selectFrom("script_versions").select("content_json").where("key", "=", input.key).where("version", "=", version).executeTakeFirst();
    if (!found) throw new DomainError("not_found", `No version ${version}.`);
    return parseContent(found.content_json);
  };
  return diffScriptContent(await load(input.from), await load(input.to));
}
