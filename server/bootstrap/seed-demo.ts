import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import type { Env } from "../env";
import { createUser, getUserByEmail } from "../auth/users";
import { generatePassword } from "../auth/password";
import type { Role } from "../auth/roles";
import { channelKeyPrefix, generateChannelKey, hashChannelKey } from "../channels/keys";
import { seedNluDemo } from "../nlu/service-seed";
import { seedDemoWidgetChannel } from "../demo/seed-widget-channel";
import { seedExperimentsDemo } from "../experiments/demo";
import { seedRuntimeDemo } from "../runtime/seed-demo";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@demo.local", name: "演示管理员 Demo Admin", role: "admin" },
  { email: "ops@demo.local", name: "运营经理 Olivia", role: "ops_manager" },
  { email: "editor@demo.local", name: "内容编辑 Evan", role: "content_editor" },
  { email: "analyst@demo.local", name: "数据分析师 Ada", role: "analyst" },
  { email: "agent@demo.local", name: "客服坐席 Amy", role: "agent" },
];

export type DemoSeeder = (db: Kysely<Database>, env: Env) => Promise<string[]>;

async function seedDemoUsers(db: Kysely<Database>, env: Env): Promise<string[]> {
  const password = env.DEMO_PASSWORD ?? generatePassword(12);
  for (const demo of DEMO_USERS) {
    if (await getUserByEmail(db, demo.email)) continue;
    await createUser(db, null, { ...demo, password });
  }
  return [
    `Demo users: ${DEMO_USERS.map((user) => user.email).join(", ")}`,
    env.DEMO_PASSWORD
      ? "Demo password: from DEMO_PASSWORD"
      : `Demo password: ${password}  (generated; shown only once)`,
  ];
}

async function seedDemoChannel(db: Kysely<Database>, env: Env): Promise<string[]> {
  const key = env.DEMO_CHANNEL_KEY ?? generateChannelKey();
  const now = nowIso();
  await db
    .insertInto("channels")
    .values({
      id: randomUUID(),
      name: "网页客服 Web chat (demo)",
      kind: "web",
      key_hash: hashChannelKey(key),
      key_prefix: channelKeyPrefix(key),
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column("key_hash").doNothing())
    .execute();
  return [
    env.DEMO_CHANNEL_KEY
      ? "Demo web channel key: from DEMO_CHANNEL_KEY"
      : `Demo web channel key: ${key}  (generated; shown only once)`,
  ];
}

/** Each domain adds its demo data here, in dependency order. */
const SEEDERS: DemoSeeder[] = [seedDemoUsers, seedDemoChannel, seedNluDemo, seedDemoWidgetChannel, seedRuntimeDemo, seedExperimentsDemo];

export async function seedDemo(db: Kysely<Database>, env: Env): Promise<string[]> {
  const notices: string[] = [];
  for (const seeder of SEEDERS) notices.push(...(await seeder(db, env)));
  return notices;
}
