import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { channelKeyPrefix, generateChannelKey, hashChannelKey } from "../channels/keys";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import { readSetting, writeSetting } from "../settings";

export const DEMO_WIDGET_KEY_SETTING = "demo.widgetKey";

/**
 * A dedicated web channel for the demo shop page. A widget key is public by nature (it ships in
 * the page's HTML), so this one key is kept in app_settings for the page; every other channel
 * key, the main demo channel's included, is stored only as a hash.
 */
export async function seedDemoWidgetChannel(db: Kysely<Database>): Promise<string[]> {
  const existing = await readSetting<string>(db, DEMO_WIDGET_KEY_SETTING);
  if (existing) {
    const channel = await db.selectFrom("channels").select("id").where("key_hash", "=", hashChannelKey(existing)).executeTakeFirst();
    if (channel) return [];
  }
  const key = generateChannelKey();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("channels")
      .values({
        id: randomUUID(),
        name: "演示商城挂件 Demo shop widget",
        kind: "web",
        key_hash: hashChannelKey(key),
        key_prefix: channelKeyPrefix(key),
        created_at: now,
        updated_at: now,
      })
      .execute();
    await writeSetting(trx, DEMO_WIDGET_KEY_SETTING, key);
  });
  return ["Demo shop with the chat widget: /demo/widget"];
}
