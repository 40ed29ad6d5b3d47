import { z } from "zod";
import { actorOf, router, withRoles } from "../trpc/init";
import { exportCsv, importCsv, saveBannedWords } from "./csv-service";
import { analyzeInputSchema, analyzeScript } from "./analyze";
import { scriptKeySchema } from "./model";
import { bannedWords } from "./repository";
import { createScript, diffScriptVersions, discardScriptDraft, getScript, listScripts, publishScript, restoreScriptVersion, saveScriptDraft } from "./service";

const read = withRoles("admin", "content_editor", "ops_manager", "analyst");
const edit = withRoles("admin", "content_editor");
const byKey = z.object({ key: scriptKeySchema });

export const scriptsRouter = router({
  list: read
    .input(z.object({ search: z.string().max(100).optional(), tag: z.string().max(40).optional(), locale: z.enum(["zh-CN", "en"]).optional(), missingCoverage: z.boolean().optional(), hasDraft: z.boolean().optional() }).default({}))
    .query(({ ctx, input }) => listScripts(ctx.app.db, input)),
  analyze: read.input(analyzeInputSchema).query(async ({ ctx, input }) => analyzeScript(input.content, input.sample, await bannedWords(ctx.app.db))),
  get: read.input(byKey).query(({ ctx, input }) => getScript(ctx.app.db, input.key)),
  create: edit.input(z.object({ key: scriptKeySchema, description: z.string().max(500).default("") })).mutation(({ ctx, input }) => createScript(ctx.app.db, actorOf(ctx), input)),
  saveDraft: edit.input(z.object({ key: scriptKeySchema, content: z.unknown(), baseRevision: z.number().int() })).mutation(({ ctx, input }) => saveScriptDraft(ctx.app.db, actorOf(ctx), input)),
  discardDraft: edit.input(byKey).mutation(({ ctx, input }) => discardScriptDraft(ctx.app.db, actorOf(ctx), input.key)),
  publish: edit.input(z.object({ key: scriptKeySchema, note: z.string().trim().min(1, "write what changed").max(500), baseRevision: z.number().int() })).mutation(({ ctx, input }) => publishScript(ctx.app, actorOf(ctx), input)),
  restore: edit.input(z.object({ key: scriptKeySchema, version: z.number().int().min(1) })).mutation(({ ctx, input }) => restoreScriptVersion(ctx.app, actorOf(ctx), input)),
  diff: read.input(z.object({ key: scriptKeySchema, from: z.number().int().min(1), to: z.union([z.number().int().min(1), z.literal("draft")]) })).query(({ ctx, input }) => diffScriptVersions(ctx.app.db, input)),
  exportCsv: read.input(z.object({ drafts: z.boolean().default(false) }).default({ drafts: false })).query(({ ctx, input }) => exportCsv(ctx.app.db, input.drafts)),
  importCsv: edit.input(z.object({ csv: z.string().max(6 * 1024 * 1024), apply: z.boolean(), note: z.string().trim().min(1).max(200).default("CSV import") })).mutation(({ ctx, input }) => importCsv(ctx.app, actorOf(ctx), input)),
  saveBannedWords: edit.input(z.object({ words: z.array(z.string().max(40)).max(500) })).mutation(({ ctx, input }) => saveBannedWords(ctx.app.db, actorOf(ctx), input.words)),
});
