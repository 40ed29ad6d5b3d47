import type { Kysely } from "kysely";
import type { AppContext } from "../app-context";
import { writeAudit, type Actor } from "../auth/audit";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import { DomainError } from "../errors";
import { writeSetting } from "../settings";
import { exportScriptsCsv, parseScriptsCsv, planImport } from "./csv";
import { lintScript } from "./lint";
import { invalidatePublishedScripts } from "./published-catalog";
import { allContents, BANNED_WORDS_SETTING, bannedWords } from "./repository";
import { writeVersion } from "./service";

/** Maximum CSV size accepted from the console (a few thousand scripts). */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

export async function exportCsv(db: Kysely<Database>, drafts: boolean): Promise<string> {
  return exportScriptsCsv(await allContents(db, drafts));
}

/**
 * Dry run or apply of a CSV file. Nothing is written unless every row is valid and lint-clean;
 * applying publishes each created or changed script as a new version, all in one transaction.
 */
export async function importCsv(app: AppContext, actor: Actor, input: { csv: string; apply: boolean; note: string }) {
  if (Buffer.byteLength(input.csv, "utf8") > MAX_CSV_BYTES) throw new DomainError("payload_too_large", "The file is larger than 5 MiB.");
  const parsed = parseScriptsCsv(input.csv);
  if (!parsed.ok) return { ok: false as const, errors: parsed.errors, plan: null, applied: false };
  const banned = await bannedWords(app.db);
  const lintErrors = [...parsed.scripts].flatMap(([key, content]) =>
    lintScript(content, { bannedWords: banned })
      .filter((issue) => issue.severity === "error")
      .map((issue) => ({ line: 0, column: key, message: `${key}: ${issue.message}` })),
  );
  if (lintErrors.length > 0) return { ok: false as const, errors: lintErrors, plan: null, applied: false };
  const plan = planImport(await allContents(app.db, false), parsed.scripts);
  if (!input.apply) return { ok: true as const, errors: [], plan, applied: false };
  await app.db.transaction().execute(async (trx) => {
    const now = nowIso();
    for (const key of plan.create) {
      const content = parsed.scripts.get(key);
      if (!content) continue;
      await trx.insertInto("scripts").values({ key, description: content.description, tags_json: "[]", channels_json: "[]", draft_json: null, published_version: null, revision: 1, created_by: actor?.id ?? null, created_at: now, updated_by: actor?.id ?? null, updated_at: now }).execute();
      await writeVersion(trx, actor, key, content, input.note, "script.import");
    }
    for (const { key } of plan.update) {
      const content = parsed.scripts.get(key);
      if (content) await writeVersion(trx, actor, key, content, input.note, "script.import");
    }
    await writeAudit(trx, actor, { action: "script.import_csv", entityType: "script", entityId: null, summary: `CSV import: ${plan.create.length} created, ${plan.update.length} updated, ${plan.unchanged.length} unchanged`, after: { create: plan.create, update: plan.update.map((u) => u.key) } });
  });
  invalidatePublishedScripts(app);
  return { ok: true as const, errors: [], plan, applied: true };
}

export async function saveBannedWords(db: Kysely<Database>, actor: Actor, words: string[]) {
  const clean = [...new Set(words.map((w) => w.trim()).filter((w) => w !== ""))];
  await db.transaction().execute(async (trx) => {
    const before = await bannedWords(trx);
    await writeSetting(trx, BANNED_WORDS_SETTING, clean);
    await writeAudit(trx, actor, { action: "script.banned_words", entityType: "script_settings", entityId: "banned_words", summary: `Banned words: ${clean.length}`, before, after: clean });
  });
  return clean;
}
