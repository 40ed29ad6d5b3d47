import path from "node:path";
import { describe, expect, it } from "vitest";
import { bootstrap } from "../../server/bootstrap/bootstrap";
import { openDatabase } from "../../server/db/connection";
import { migrateToLatest } from "../../server/db/migrate";
import { parseEnv } from "../../server/env";
import { signIn } from "../../server/auth/sessions";
import { tempDir } from "../support/server";

async function freshDb() {
  const { db } = openDatabase(path.join(tempDir("boot"), "k.db"));
  await migrateToLatest(db);
  return db;
}

describe("bootstrap", () => {
  it("creates the admin with a generated password printed once, and the demo users", async () => {
    const db = await freshDb();
    const env = parseEnv({ ADMIN_EMAIL: "boss@example.com", DEMO_PASSWORD: "demo-pass-1" });
    const first = await bootstrap(db, env);
    const adminLine = first.notices.find((line) => line.startsWith("Admin:")) ?? "";
    const password = /password: (\S+)/.exec(adminLine)?.[1] ?? "";
    expect(password.length).toBeGreaterThanOrEqual(12);
    await expect(signIn(db, { email: "boss@example.com", password, ip: "t" })).resolves.toBeTruthy();
    await expect(signIn(db, { email: "editor@demo.local", password: "demo-pass-1", ip: "t" })).resolves.toBeTruthy();
    expect(first.seededDemo).toBe(true);

    const second = await bootstrap(db, env);
    expect(second.notices).toEqual([]);
    expect(second.seededDemo).toBe(false);
    await db.destroy();
  });

  it("does not seed the demo when SEED_DEMO=false", async () => {
    const db = await freshDb();
    const report = await bootstrap(db, parseEnv({ SEED_DEMO: "false", ADMIN_PASSWORD: "admin-pass-1" }));
    expect(report.seededDemo).toBe(false);
    const users = await db.selectFrom("users").select("email").execute();
    expect(users.map((user) => user.email)).toEqual(["admin@example.com"]);
    await db.destroy();
  });
});
