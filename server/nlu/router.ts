import { z } from "zod";
import { DomainError } from "../errors";
import { actorOf, router, withRoles } from "../trpc/init";
import { getIntent, getMetricsJson, getActiveModelVersion, listIntentsWithCounts, listModels, listPhrases } from "./repository";
import { understandWithVersion } from "./service";
import { INTENT_MANAGERS, INTENT_READERS, KB_READERS } from "./service-roles";
import { addPhrases, createIntent, deletePhrase } from "./service-intents";
import { kbRouter } from "./service-kb-router";
import { accuracySummary, parseMetrics } from "./service-metrics";
import { getRetrainJob, getRunningRetrain, startRetrain } from "./service-retrain";
import { addPhrasesSchema, createIntentSchema, intentNameSchema, tryItSchema } from "./service-schemas";
import { activateModel, updateNluSettings } from "./service-lifecycle";
import { getNluSettings, nluSettingsSchema } from "./service-settings";

// Everyone who may open the Intents section reads it (analysts read evaluation); managers change it.
const read = withRoles(...INTENT_READERS);
const manage = withRoles(...INTENT_MANAGERS);

const intentsRouter = router({
  list: read.query(async ({ ctx }) => {
    const [intents, activeVersion] = await Promise.all([listIntentsWithCounts(ctx.app.db), getActiveModelVersion(ctx.app.db)]);
    return { intents, activeVersion, runningJob: getRunningRetrain(ctx.app) };
  }),
  get: read.input(z.object({ name: intentNameSchema })).query(async ({ ctx, input }) => {
    const intent = await getIntent(ctx.app.db, input.name);
    if (!intent) throw new DomainError("not_found", `Unknown intent "${input.name}".`);
    return { intent, phrases: await listPhrases(ctx.app.db, input.name) };
  }),
  create: manage.input(createIntentSchema).mutation(({ ctx, input }) => createIntent(ctx.app.db, actorOf(ctx), input)),
});

const phrasesRouter = router({
  add: manage.input(addPhrasesSchema).mutation(({ ctx, input }) => addPhrases(ctx.app.db, actorOf(ctx), input)),
  delete: manage
    .input(z.object({ id: z.number().int().positive() }))
    .mutation(({ ctx, input }) => deletePhrase(ctx.app.db, actorOf(ctx), input.id)),
});

const modelsRouter = router({
  list: read.query(async ({ ctx }) => {
    const models = await listModels(ctx.app.db);
    return Promise.all(
      models.map(async (model) => ({
        ...model,
        accuracy: accuracySummary(parseMetrics(await getMetricsJson(ctx.app.db, model.version))),
      })),
    );
  }),
  retrain: manage.mutation(({ ctx }) => {
    const job = startRetrain(ctx.app, actorOf(ctx));
    return { jobId: job.id, job };
  }),
  job: read.input(z.object({ jobId: z.string().uuid() })).query(({ ctx, input }) => {
    const job = getRetrainJob(ctx.app, input.jobId);
    if (!job) throw new DomainError("not_found", "This retrain job is unknown (the server may have restarted).");
    return job;
  }),
  activate: manage
    .input(z.object({ version: z.number().int().positive() }))
    .mutation(({ ctx, input }) => activateModel(ctx.app, actorOf(ctx), input.version)),
});

export const nluRouter = router({
  intents: intentsRouter,
  phrases: phrasesRouter,
  models: modelsRouter,
  tryIt: read.input(tryItSchema).query(({ ctx, input }) =>
    understandWithVersion(ctx.app, input.text, { locale: input.locale }),
  ),
  evaluation: read.query(async ({ ctx }) => {
    const version = await getActiveModelVersion(ctx.app.db);
    if (version === null) return { version: null, metrics: parseMetrics(undefined) };
    return { version, metrics: parseMetrics(await getMetricsJson(ctx.app.db, version)) };
  }),
  kb: kbRouter,
  settings: router({
    get: withRoles(...KB_READERS).query(({ ctx }) => getNluSettings(ctx.app.db)),
    set: manage.input(nluSettingsSchema).mutation(({ ctx, input }) => updateNluSettings(ctx.app, actorOf(ctx), input)),
  }),
});
