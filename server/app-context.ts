import type { Kysely } from "kysely";
import { openDatabase } from "./db/connection";
import type { Database } from "./db/schema";
import { databaseFilePath, getEnv } from "./env";
import { readSetting } from "./settings";

export type AppContext = {
  env: ReturnType<typeof getEnv>;
  db: Kysely<Database>;
  sessionSecret: string;
};

/** Creates the services of a running server over an already migrated database. */
export async function createAppContext(env = getEnv(), db?: Kysely<Database>): Promise<AppContext> {
  const database = db ?? openDatabase(databaseFilePath(env.DATABASE_URL)).db;
  const stored = await readSetting<string>(database, "session_secret");
  const sessionSecret = env.SESSION_SECRET ?? stored;
  if (!sessionSecret) throw new Error("SESSION_SECRET is missing: start the server through server/main.ts.");
  return { env, db: database, sessionSecret };
}

const globalForContext = globalThis as unknown as { __kefuAppContext?: Promise<AppContext> };

/** One context per process; stored on globalThis so a rebuilt bundle in development reuses it. */
export function getAppContext(): Promise<AppContext> {
  globalForContext.__kefuAppContext ??= createAppContext();
  return globalForContext.__kefuAppContext;
}
