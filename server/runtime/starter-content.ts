import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { FLOW_TEMPLATES } from "../../flows";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import { DEMO_SCRIPTS } from "../scripts/demo-scripts";
import { seedScriptLibrary } from "../scripts/published-catalog";
import { readSetting, writeSetting } from "../settings";

const STARTER_SETTING = "runtime.starterInstalled";

export const DEFAULT_SKILL_GROUPS = [
  { id: "junior", name_zh: "初级客服", name_en: "Junior agents" },
  { id: "mid", name_zh: "中级客服", name_en: "Mid-level agents" },
  { id: "expert", name_zh: "专家坐席", name_en: "Expert agents" },
] as const;

/**
 * What a new installation starts with, demo or not: the default skill groups, the `orders`
 * connection (unconfigured until an admin sets its URL or CONNECTION_ORDERS_URL is set), the
 * template flows of flows/templates published to every channel, and the scripts they speak.
 * Runs once per database.
 */
export async function installStarterContent(db: Kysely<Database>): Promise<string[]> {
  if (await readSetting<boolean>(db, STARTER_SETTING)) return [];
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("skill_groups").values(DEFAULT_SKILL_GROUPS.map((group) => ({ ...group, created_at: now }))).onConflict((oc) => oc.column("id").doNothing()).execute();
    await trx
      .insertInto("connections")
      .values({ name: "orders", description: "Order, logistics and returns system (GET /orders/{id}, GET /logistics/{no}, POST /returns)", base_url: "", headers_json: "{}", secret: null, created_at: now, updated_at: now })
      .onConflict((oc) => oc.column("name").doNothing())
      .execute();
    for (const template of FLOW_TEMPLATES) {
      const exists = await trx.selectFrom("flows").select("id").where("id", "=", template.id).executeTakeFirst();
      if (exists) continue;
      const definition = JSON.stringify(template);
      const versionId = randomUUID();
      await trx.insertInto("flows").values({ id: template.id, name: template.name, description: template.description, draft_json: definition, draft_revision: 1, draft_updated_at: now, draft_updated_by: null, archived: 0, created_at: now }).execute();
      await trx.insertInto("flow_versions").values({ id: versionId, flow_id: template.id, version: 1, definition_json: definition, note: "Template from flows/templates", published_by: null, published_at: now }).execute();
      await trx.insertInto("flow_deployments").values({ flow_id: template.id, channel_scope: "*", version_id: versionId, deployed_at: now, deployed_by: null }).execute();
    }
    await writeSetting(trx, STARTER_SETTING, true);
  });
  const scripts = await seedScriptLibrary(db, DEMO_SCRIPTS, "Scripts of the template flows");
  return scripts > 0 ? [`Template flows published: ${FLOW_TEMPLATES.map((t) => t.id).join(", ")}`] : [];
}
