// Results of an experiment with 1M exposures and 3 metrics, read from the running totals.
// Target: < 50 ms. Run: npx tsx tests/bench/experiments/results.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../../server/db/connection";
import { migrateToLatest } from "../../../server/db/migrate";
import { toExperiment } from "../../../server/experiments/catalog";
import { experimentResults } from "../../../server/experiments/results";
import { analysisRequestSchema, analyzeExperiment } from "../../../server/experiments/stats";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kefu-bench-exp-"));
const { db } = openDatabase(path.join(dir, "bench.db"));
await migrateToLatest(db);
const now = new Date().toISOString();
await db.insertInto("experiments").values({
  key: "bench", name: "Bench", hypothesis: "", target_type: "script", target_script_key: "x", coverage: 1, condition_json: "{}",
  variations_json: JSON.stringify([{ key: "control", name: "Control", weight: 1 }, { key: "t", name: "T", weight: 1, text: "t" }]),
  goal_metric: "resolved_by_bot", guardrails_json: JSON.stringify(["escalated", "csat"]), conversion_window_hours: 72, analysis_json: "{}",
  status: "running", phase: 1, started_at: now, stopped_at: null, decision_json: null, owner_id: null, created_at: now, updated_at: now,
}).execute();

// 1M exposures over 30 days, as the tracking code leaves them: one totals row per variation × metric × day.
const EXPOSURES = 1_000_000;
const DAYS = 30;
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const rows = [];
for (let day = 0; day < DAYS; day++) {
  for (const variation of [0, 1]) {
    const users = Math.round(EXPOSURES / DAYS / 2);
    const date = new Date(Date.UTC(2026, 9, 1 + day)).toISOString().slice(0, 10);
    const resolved = Math.round(users * (0.6 + variation * 0.01 + (random() - 0.5) * 0.01));
    const escalated = Math.round(users * 0.15);
    const raters = Math.round(users * 0.3);
    const csatSum = raters * (3.8 + variation * 0.02);
    rows.push(
      { experiment_key: "bench", phase: 1, variation, metric: "resolved_by_bot", day: date, users, n: users, sum: resolved, sum_squares: resolved },
      { experiment_key: "bench", phase: 1, variation, metric: "escalated", day: date, users, n: users, sum: escalated, sum_squares: escalated },
      { experiment_key: "bench", phase: 1, variation, metric: "csat", day: date, users, n: raters, sum: csatSum, sum_squares: csatSum * 4.1 },
    );
  }
}
await db.insertInto("experiment_totals").values(rows).execute();
const experiment = toExperiment(await db.selectFrom("experiments").selectAll().where("key", "=", "bench").executeTakeFirstOrThrow());

for (let i = 0; i < 20; i++) await experimentResults(db, experiment);
const runs = 200;
const times: number[] = [];
let users = 0;
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const results = await experimentResults(db, experiment);
  times.push(performance.now() - started);
  users = results.users.reduce((a, b) => a + b, 0);
}
times.sort((a, b) => a - b);
const p50 = times[Math.floor(runs / 2)];
const p99 = times[Math.floor(runs * 0.99)];
console.log(`results for ${users.toLocaleString("en")} exposures × 3 metrics (${rows.length} totals rows): p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms; p99 / 50 ms target = ${(p99 / 50).toFixed(3)}`);

const request = analysisRequestSchema.parse({ engine: "frequentist", sequential: { tuning: 5000 }, alternative: "greater", metric: { type: "proportion" }, variations: [{ name: "a", users: 500000, sum: 300000 }, { name: "b", users: 500000, sum: 305000 }] });
const n = 20_000;
const started = performance.now();
for (let i = 0; i < n; i++) analyzeExperiment(request);
console.log(`analysis engine alone (sequential one-sided, bisection p-value): ${((performance.now() - started) / n * 1000).toFixed(1)} µs per analysis`);
await db.destroy();
fs.rmSync(dir, { recursive: true, force: true });
