import { z } from "zod";
import { actorOf, router, withRoles } from "../trpc/init";
import { bestKnowledgeMatch } from "./service";
import { createKbEntry, deleteKbEntry, setKbEntryEnabled, updateKbEntry } from "./service-kb";
import { KB_EDITORS, KB_READERS } from "./service-roles";
import { kbEntryInputSchema, localeSchema } from "./service-schemas";
import { getNluSettings } from "./service-settings";
import { getKbEntry, listKbEntries } from "./store-kb";

const read = withRoles(...KB_READERS);
const edit = withRoles(...KB_EDITORS);
const entryId = z.object({ id: z.string().uuid() });

/** The knowledge-base part of the `nlu` router. */
export const kbRouter = router({
  list: read
    .input(z.object({ locale: localeSchema.optional(), search: z.string().trim().max(100).optional() }))
    .query(async ({ ctx, input }) => ({
      entries: await listKbEntries(ctx.app.db, { locale: input.locale, search: input.search || undefined }),
      threshold: (await getNluSettings(ctx.app.db)).kbThreshold,
    })),
  create: edit.input(kbEntryInputSchema).mutation(({ ctx, input }) => createKbEntry(ctx.app, actorOf(ctx), input)),
  update: edit
    .input(entryId.extend({ entry: kbEntryInputSchema }))
    .mutation(({ ctx, input }) => updateKbEntry(ctx.app, actorOf(ctx), input.id, input.entry)),
  setEnabled: edit
    .input(entryId.extend({ enabled: z.boolean() }))
    .mutation(({ ctx, input }) => setKbEntryEnabled(ctx.app, actorOf(ctx), input.id, input.enabled)),
  delete: edit.input(entryId).mutation(({ ctx, input }) => deleteKbEntry(ctx.app, actorOf(ctx), input.id)),
  test: read
    .input(z.object({ text: z.string().trim().min(1).max(2000), locale: localeSchema }))
    .query(async ({ ctx, input }) => {
      const { best, threshold } = await bestKnowledgeMatch(ctx.app, input.text, input.locale);
      const entry = best ? await getKbEntry(ctx.app.db, best.entryId) : undefined;
      return {
        hit: Boolean(best && entry && best.score >= threshold),
        score: best?.score ?? 0,
        threshold,
        entry: entry ?? null,
      };
    }),
});
