import type { Kysely } from "kysely";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import { DEMO_COMMERCE_CUSTOMERS, DEMO_COMMERCE_PATH } from "../demo";

/**
 * Demo workspace: the `orders` connection points at the demo order system of this same server (a
 * base URL starting with `/` is this server's own origin), and the demo customers exist with their
 * tiers, so the widget and the REST API greet them by name.
 */
export async function seedRuntimeDemo(db: Kysely<Database>): Promise<string[]> {
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("connections").set({ base_url: DEMO_COMMERCE_PATH, updated_at: now }).where("name", "=", "orders").where("base_url", "=", "").execute();
    await trx
      .insertInto("customers")
      .values(DEMO_COMMERCE_CUSTOMERS.map((c) => ({ id: c.id, name: c.name, tier: c.tier, locale: c.locale, attributes_json: "{}", first_seen_at: now, last_seen_at: now })))
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
  });
  return [`Demo orders connection: ${DEMO_COMMERCE_PATH} (override with CONNECTION_ORDERS_URL)`];
}
