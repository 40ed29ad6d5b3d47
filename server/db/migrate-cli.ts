import { databaseFilePath, getEnv } from "../env";
import { openDatabase } from "./connection";
import { migrateToLatest } from "./migrate";

const env = getEnv();
const { db } = openDatabase(databaseFilePath(env.DATABASE_URL));
const applied = await migrateToLatest(db);
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
await db.destroy();
