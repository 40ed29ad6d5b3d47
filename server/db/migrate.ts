import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FileMigrationProvider, Migrator } from "kysely";
import type { DB } from "./connection";

const defaultFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../migrations");

/** Brings the schema to the latest migration; throws with the failing migration's name. */
export async function migrateToLatest(db: DB, folder = defaultFolder): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: new FileMigrationProvider({ fs, path, migrationFolder: folder }),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? "unknown error");
    throw new Error(`Migration ${failed?.migrationName ?? ""} failed: ${reason}`);
  }
  return (results ?? []).map((result) => result.migrationName);
}
