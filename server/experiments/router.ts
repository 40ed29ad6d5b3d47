import { z } from "zod";
import { actorOf, router, withRoles } from "../trpc/init";
import { BUILT_IN_METRICS } from "./model";
import { createExperiment, getBreakdown, getExperiment, listExperiments, rollOutVariation, runningExperimentsSummary, startExperiment, stopExperiment, updateExperiment } from "./service";

const read = withRoles("admin", "analyst", "content_editor", "ops_manager");
/** Analysts own experiments; editors may set up tests of their wording. */
const edit = withRoles("admin", "analyst", "content_editor");
const byKey = z.object({ key: z.string().min(1).max(80) });

export const experimentsRouter = router({
  list: read.query(({ ctx }) => listExperiments(ctx.app.db)),
  metrics: read.query(() => BUILT_IN_METRICS),
  summary: read.query(({ ctx }) => runningExperimentsSummary(ctx.app.db)),
  get: read.input(byKey).query(({ ctx, input }) => getExperiment(ctx.app.db, input.key)),
  breakdown: read.input(byKey.extend({ dimension: z.enum(["channel", "tier", "locale"]) })).query(({ ctx, input }) => getBreakdown(ctx.app.db, input.key, input.dimension)),
  create: edit.input(z.unknown()).mutation(({ ctx, input }) => createExperiment(ctx.app, actorOf(ctx), input)),
  update: edit.input(z.object({ key: z.string().min(1).max(80), experiment: z.unknown() })).mutation(({ ctx, input }) => updateExperiment(ctx.app, actorOf(ctx), input.key, input.experiment)),
  start: edit.input(byKey).mutation(({ ctx, input }) => startExperiment(ctx.app, actorOf(ctx), input.key)),
  stop: edit.input(byKey).mutation(({ ctx, input }) => stopExperiment(ctx.app, actorOf(ctx), input.key)),
  rollOut: edit.input(byKey.extend({ variation: z.string().min(1).max(40) })).mutation(({ ctx, input }) => rollOutVariation(ctx.app, actorOf(ctx), input.key, input.variation)),
});
