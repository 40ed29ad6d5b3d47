import { sql, type Kysely } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./connection";
import { GroupCommitter } from "./group-commit";
import type { Database } from "./schema";

let db: Kysely<Database> | null = null;
afterEach(async () => {
  await db?.destroy();
  db = null;
});

async function setup() {
  const opened = openDatabase(":memory:");
  db = opened.db;
  await sql`create table t (id integer primary key, v text not null unique)`.execute(db);
  return { db, sqlite: opened.sqlite };
}

const insert = (value: string) => (trx: Kysely<Database>) => sql`insert into t (v) values (${value})`.execute(trx).then(() => undefined);

describe("GroupCommitter", () => {
  it("commits concurrent writes together; a failing write rolls back alone and rejects", async () => {
    const { db, sqlite } = await setup();
    const committer = new GroupCommitter(db);
    const results = await Promise.allSettled([
      committer.run(insert("a")),
      committer.run(async (trx) => {
        await insert("b")(trx);
        await insert("a")(trx); // unique violation: b must roll back with it
      }),
      committer.run(insert("c")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(sqlite.prepare("select v from t order by v").all()).toEqual([{ v: "a" }, { v: "c" }]);
  });

  it("resolves only after the data is committed and batches beyond the batch size", async () => {
    const { db, sqlite } = await setup();
    const committer = new GroupCommitter(db, 10);
    const writes = Array.from({ length: 35 }, (_, i) => committer.run(insert(`v${i}`)));
    await writes[0];
    expect((sqlite.prepare("select count(*) as n from t").get() as { n: number }).n).toBeGreaterThanOrEqual(10);
    await Promise.all(writes);
    expect((sqlite.prepare("select count(*) as n from t").get() as { n: number }).n).toBe(35);
    expect(sqlite.inTransaction).toBe(false);
  });
});
