/**
 * Cold start: server process start → first `/healthz` 200, after build, on an empty database (which
 * includes migrating and seeding the demo) and again on the now-seeded database.
 * Run: npx tsx tests/bench/startup/cold-start.ts   (needs `npm run build` first)
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { freePort, tempDir } from "../../support/server";

async function measure(databaseFile: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", PORT: String(port), DATABASE_URL: databaseFile, DEMO_PASSWORD: "bench-password", ADMIN_PASSWORD: "bench-password" },
    stdio: "ignore",
  });
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) break;
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const elapsed = performance.now() - started;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
  return elapsed;
}

const file = path.join(tempDir("coldstart"), "kefu.db");
const first = await measure(file);
const runs: number[] = [];
for (let i = 0; i < 3; i += 1) runs.push(await measure(file));
runs.sort((a, b) => a - b);
console.log(`cold start, empty database (migrate + seed demo): ${first.toFixed(0)} ms`);
console.log(`cold start, existing database (median of 3):      ${runs[1].toFixed(0)} ms`);
