import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { AppContext } from "../app-context";
import type { Actor } from "../auth/audit";
import { writeAudit } from "../auth/audit";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import { DomainError } from "../errors";
import { nluHolder } from "./service";
import { buildKnowledgeIndex } from "./service-core";
import type { KbEntryInput } from "./service-schemas";
import { bumpKbRevision } from "./service-settings";
import { getKbEntry, listEnabledKbEntries, type KbEntry } from "./store-kb";

type Trx = Kysely<Database>;

function columns(input: KbEntryInput) {
  return {
    locale: input.locale,
    question: input.question,
    alternatives_json: JSON.stringify(input.alternatives),
    answer: input.answer,
    tags: JSON.stringify(input.tags),
    enabled: input.enabled ? 1 : 0,
  };
}

/** Runs a KB write with its audit row and revision bump, then swaps this process's index at once. */
async function writeKb<T>(app: AppContext, change: (trx: Trx) => Promise<T>): Promise<T> {
  const { result, revision } = await app.db.transaction().execute(async (trx) => {
    const value = await change(trx);
    return { result: value, revision: await bumpKbRevision(trx) };
  });
  const index = buildKnowledgeIndex(await listEnabledKbEntries(app.db));
  nluHolder(app).installKb({ revision, index });
  return result;
}

async function requireEntry(trx: Trx, id: string): Promise<KbEntry> {
  const entry = await getKbEntry(trx, id);
  if (!entry) throw new DomainError("not_found", "This knowledge-base entry no longer exists.");
  return entry;
}

export function createKbEntry(app: AppContext, actor: Actor, input: KbEntryInput): Promise<KbEntry> {
  return writeKb(app, async (trx) => {
    const now = nowIso();
    const id = randomUUID();
    await trx
      .insertInto("kb_entries")
      .values({ id, ...columns(input), created_at: now, updated_at: now, updated_by: actor?.email ?? null })
      .execute();
    const entry = await requireEntry(trx, id);
    await writeAudit(trx, actor, { action: "kb.create", entityType: "kb_entry", entityId: id, summary: input.question, after: entry });
    return entry;
  });
}

export function updateKbEntry(app: AppContext, actor: Actor, id: string, input: KbEntryInput): Promise<KbEntry> {
  return writeKb(app, async (trx) => {
    const before = await requireEntry(trx, id);
    await trx
      .updateTable("kb_entries")
      .set({ ...columns(input), updated_at: nowIso(), updated_by: actor?.email ?? null })
      .where("id", "=", id)
      .execute();
    const after = await requireEntry(trx, id);
    await writeAudit(trx, actor, { action: "kb.update", entityType: "kb_entry", entityId: id, summary: input.question, before, after });
    return after;
  });
}

export function setKbEntryEnabled(app: AppContext, actor: Actor, id: string, enabled: boolean): Promise<KbEntry> {
  return writeKb(app, async (trx) => {
    const before = await requireEntry(trx, id);
    await trx
      .updateTable("kb_entries")
      .set({ enabled: enabled ? 1 : 0, updated_at: nowIso(), updated_by: actor?.email ?? null })
      .where("id", "=", id)
      .execute();
    await writeAudit(trx, actor, {
      action: enabled ? "kb.enable" : "kb.disable",
      entityType: "kb_entry",
      entityId: id,
      summary: before.question,
      before: { enabled: before.enabled },
      after: { enabled },
    });
    return { ...before, enabled };
  });
}

export function deleteKbEntry(app: AppContext, actor: Actor, id: string): Promise<{ deleted: string }> {
  return writeKb(app, async (trx) => {
    const before = await requireEntry(trx, id);
    await trx.deleteFrom("kb_entries").where("id", "=", id).execute();
    await writeAudit(trx, actor, { action: "kb.delete", entityType: "kb_entry", entityId: id, summary: before.question, before });
    return { deleted: id };
  });
}
