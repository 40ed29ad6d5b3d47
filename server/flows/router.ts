import { z } from "zod";
import { FLOW_TEMPLATES } from "../../flows";
import { DomainError } from "../errors";
import { actorOf, router, withRoles } from "../trpc/init";
import { flowAnalytics } from "./analytics";
import { requireFlowRow, parseStoredFlow } from "./repository";
import { simulateInputSchema, simulateTurn } from "./simulate";
import { archiveFlow, createFlow, deployVersion, duplicateFlow, getFlow, getVersion, importFlow, listFlows, publishFlow, saveDraft } from "./service";

const read = withRoles("admin", "ops_manager", "content_editor", "analyst");
const edit = withRoles("admin", "ops_manager");
const byId = z.object({ id: z.string().min(1).max(64) });
const scope = z.string().min(1).max(100);
const isoDate = z.iso.datetime({ offset: true }).or(z.iso.date());

export const flowsRouter = router({
  list: read.input(z.object({ search: z.string().max(100).optional(), includeArchived: z.boolean().optional() }).default({})).query(({ ctx, input }) => listFlows(ctx.app.db, input)),
  get: read.input(byId).query(({ ctx, input }) => getFlow(ctx.app.db, input.id)),
  templates: read.query(() => FLOW_TEMPLATES.map((t) => ({ id: t.id, name: t.name, description: t.description, nodeCount: t.nodes.length }))),
  create: edit.input(z.object({ name: z.string().trim().min(1).max(120), templateId: z.string().optional() })).mutation(({ ctx, input }) => createFlow(ctx.app.db, actorOf(ctx), input)),
  duplicate: edit.input(z.object({ id: z.string().min(1), name: z.string().trim().min(1).max(120) })).mutation(({ ctx, input }) => duplicateFlow(ctx.app.db, actorOf(ctx), input)),
  importJson: edit.input(z.object({ json: z.unknown() })).mutation(({ ctx, input }) => importFlow(ctx.app.db, actorOf(ctx), input.json)),
  saveDraft: edit.input(z.object({ id: z.string().min(1), draft: z.unknown(), baseRevision: z.number().int() })).mutation(({ ctx, input }) => saveDraft(ctx.app.db, actorOf(ctx), input)),
  publish: edit
    .input(z.object({ id: z.string().min(1), note: z.string().trim().min(1, "write what changed").max(500), channelScope: scope, baseRevision: z.number().int() }))
    .mutation(({ ctx, input }) => publishFlow(ctx.app, actorOf(ctx), input)),
  deploy: edit.input(z.object({ id: z.string().min(1), versionId: z.string().min(1), channelScope: scope })).mutation(({ ctx, input }) => deployVersion(ctx.app, actorOf(ctx), input)),
  version: read.input(z.object({ versionId: z.string().min(1) })).query(({ ctx, input }) => getVersion(ctx.app.db, input.versionId)),
  archive: edit.input(z.object({ id: z.string().min(1), archived: z.boolean() })).mutation(({ ctx, input }) => archiveFlow(ctx.app, actorOf(ctx), input)),
  simulate: read.input(simulateInputSchema).mutation(async ({ ctx, input }) => {
    if (input.source === "draft") {
      const row = await requireFlowRow(ctx.app.db, input.id);
      return simulateTurn(ctx.app, parseStoredFlow(row.draft_json, "The draft"), "draft", input);
    }
    const version = await getVersion(ctx.app.db, input.source);
    if (version.flowId !== input.id) throw new DomainError("not_found", "No such version of this flow.");
    return simulateTurn(ctx.app, version.definition, version.id, input);
  }),
  analytics: read.input(z.object({ id: z.string().min(1), versionId: z.string().min(1), from: isoDate, to: isoDate })).query(async ({ ctx, input }) => {
    const version = await getVersion(ctx.app.db, input.versionId);
    if (version.flowId !== input.id) throw new DomainError("not_found", "No such version of this flow.");
    return flowAnalytics(ctx.app.db, { versionId: input.versionId, from: input.from, to: input.to });
  }),
});
