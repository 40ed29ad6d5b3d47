import { writeAudit } from "../auth/audit";
import { actorOf, router, withRoles } from "../trpc/init";
import { writeSetting } from "../settings";
import { invalidateRuntimeSettings, readRuntimeSettings, RUNTIME_SETTINGS_KEY, runtimeSettingsSchema } from "./runtime-settings";

const read = withRoles("admin", "ops_manager", "content_editor", "analyst");
const manage = withRoles("admin", "ops_manager");

export const runtimeRouter = router({
  settings: read.query(({ ctx }) => readRuntimeSettings(ctx.app.db)),
  saveSettings: manage.input(runtimeSettingsSchema).mutation(async ({ ctx, input }) => {
    await ctx.app.db.transaction().execute(async (trx) => {
      const before = await readRuntimeSettings(trx);
      await writeSetting(trx, RUNTIME_SETTINGS_KEY, input);
      await writeAudit(trx, actorOf(ctx), { action: "runtime.settings.update", entityType: "runtime_settings", entityId: "runtime", summary: "Updated emotion policies and flow switching", before, after: input });
    });
    invalidateRuntimeSettings(ctx.app);
    return readRuntimeSettings(ctx.app.db);
  }),
  skillGroups: read.query(({ ctx }) => ctx.app.db.selectFrom("skill_groups").selectAll().orderBy("created_at").execute()),
});
