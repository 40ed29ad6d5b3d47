import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { bootstrap } from "./bootstrap/bootstrap";
import { openDatabase } from "./db/connection";
import { migrateToLatest } from "./db/migrate";
import { databaseFilePath, EnvError, getEnv } from "./env";

/**
 * The process entry: parse the configuration, migrate, bootstrap (secrets, first admin, demo),
 * then serve the Remix build. Everything after start-up lives in the build; this file only boots.
 */
async function main(): Promise<void> {
  const startedAt = performance.now();
  let env: ReturnType<typeof getEnv>;
  try {
    env = getEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const file = databaseFilePath(env.DATABASE_URL);
  const { db } = openDatabase(file);
  await migrateToLatest(db);
  const report = await bootstrap(db, env);
  await db.destroy();

  const buildPath = path.resolve("build/index.js");
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  app.all("*", createRequestHandler({ build, mode: env.NODE_ENV }));

  const server = app.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : env.PORT;
    const url = `http://${env.HOST}:${port}`;
    const lines = [
      `Kefu Studio is running at ${url}  (database: ${file}, ready in ${Math.round(performance.now() - startedAt)} ms)`,
      ...report.notices,
    ];
    console.log(lines.join("\n"));
  });
  const shutdown = () => server.close(() => process.exit(0));
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

await main();
