import { migrateToLatest } from "../../db/migrate";
import { openDatabase } from "../../db/connection";
import { parseEnv } from "../../env";
import type { AppContext } from "../../app-context";

/** A migrated in-memory database behind an AppContext, for unit tests of the channel/API layer. */
export async function createTestApp(): Promise<AppContext> {
  const { db } = openDatabase(":memory:");
  await migrateToLatest(db);
  return { env: parseEnv({ NODE_ENV: "test" }), db, sessionSecret: "test-session-secret" };
}
