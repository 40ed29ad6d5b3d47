// Designer scale: how long a 300-node flow takes to open in Chromium, and how smooth zooming is.
// Target: open < 1 s; frames while zooming close to 16.7 ms.
// Run: npm run build && npx tsx tests/bench/flows/designer-open.ts
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { randomFlow } from "../../../flows/testing/random-flow";
import { launchBrowser, signInAs } from "../../support/browser";
import { DEMO_PASSWORD, startServer } from "../../support/server";

const SIZES = [20, 300];
const RUNS = 5;

const server = await startServer();
const browser = await launchBrowser();
try {
  const db = new Database(server.databaseFile);
  const now = new Date().toISOString();
  for (const size of SIZES) {
    const flow = { ...randomFlow(2026, size, true), name: `Bench ${size}` };
    db.prepare("INSERT INTO flows (id, name, description, draft_json, draft_revision, draft_updated_at, archived, created_at) VALUES (?, ?, '', ?, 1, ?, 0, ?)")
      .run(`bench-${size}`, flow.name, JSON.stringify(flow), now, now);
  }
  db.close();

  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await signInAs(page, server.url, "ops@demo.local", DEMO_PASSWORD);

  const medians = new Map<number, number>();
  for (const size of SIZES) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) times.push(await openTime(page, `${server.url}/flows/bench-${size}`, size));
    times.sort((a, b) => a - b);
    medians.set(size, times[Math.floor(RUNS / 2)]);
    console.log(`open ${size}-node flow: median ${times[Math.floor(RUNS / 2)].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[RUNS - 1].toFixed(0)}) over ${RUNS} loads`);
  }
  const big = medians.get(300) ?? 0;
  console.log(`300-node open / 1 s target: ${(big / 1000).toFixed(2)}; 300-node / 20-node: ${(big / (medians.get(20) ?? 1)).toFixed(2)}`);

  const frames = await zoomFrames(page);
  console.log(`zoom + pan on the 300-node flow: ${frames.count} frames, mean ${frames.mean.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms (60 fps = 16.7 ms)`);
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}

/** From navigation start to every node of the flow drawn on the canvas (the view fits the whole flow). */
async function openTime(page: Page, url: string, size: number): Promise<number> {
  const started = performance.now();
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction((n) => document.querySelectorAll(".react-flow__node").length >= n, size, { polling: "raf", timeout: 30_000 });
  return performance.now() - started;
}

/** Zooms with the wheel and pans by dragging for about two seconds while the page records frame intervals. */
async function zoomFrames(page: Page): Promise<{ count: number; mean: number; p95: number }> {
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  await page.evaluate(`(() => {
    window.frameLog = [];
    let last = performance.now();
    const tick = (t) => { window.frameLog.push(t - last); last = t; if (window.frameLog.length < 400) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const box = await page.locator(".react-flow__pane").boundingBox();
  if (!box) throw new Error("no canvas");
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, i < 20 ? -60 : 60);
  await page.mouse.down();
  for (let i = 0; i < 40; i++) await page.mouse.move(cx + i * 8, cy + i * 4);
  await page.mouse.up();
  const log = (await page.evaluate("window.frameLog.slice(1)")) as number[];
  const sorted = [...log].sort((a, b) => a - b);
  return { count: log.length, mean: log.reduce((s, v) => s + v, 0) / log.length, p95: sorted[Math.floor(sorted.length * 0.95)] };
}
