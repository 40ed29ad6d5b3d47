import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import type { Env } from "../env";
import { createUser } from "../auth/users";
import { readSetting, writeSetting } from "../settings";
import { installStarterContent } from "../runtime/starter-content";
import { seedDemo } from "./seed-demo";

export type BootstrapReport = {
  /** Lines to print once: generated credentials and keys. */
  notices: string[];
  seededDemo: boolean;
};

async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  return !row;
}

async function ensureSessionSecret(db: Kysely<Database>, env: Env): Promise<void> {
  if (env.SESSION_SECRET) return;
  if (await readSetting<string>(db, "session_secret")) return;
  await writeSetting(db, "session_secret", randomBytes(32).toString("base64url"));
}

/** Runs on every start after migrations: secrets, the first admin, and (when asked) the demo workspace. */
export async function bootstrap(db: Kysely<Database>, env: Env): Promise<BootstrapReport> {
  const notices: string[] = [];
  const empty = await isEmpty(db);
  await ensureSessionSecret(db, env);

  if (empty) {
    const { user, password } = await createUser(db, null, {
      email: env.ADMIN_EMAIL,
      name: "Administrator",
      role: "admin",
      password: env.ADMIN_PASSWORD,
    });
    notices.push(
      env.ADMIN_PASSWORD
        ? `Admin: ${user.email} (password from ADMIN_PASSWORD)`
        : `Admin: ${user.email}  password: ${password}  (generated; shown only once)`,
    );
  }

  notices.push(...(await installStarterContent(db)));

  const wantDemo = env.SEED_DEMO ?? empty;
  const alreadySeeded = Boolean(await readSetting<boolean>(db, "demo_seeded"));
  if (wantDemo && !alreadySeeded) {
    notices.push(...(await seedDemo(db, env)));
    await writeSetting(db, "demo_seeded", true);
  }
  return { notices, seededDemo: wantDemo && !alreadySeeded };
}
