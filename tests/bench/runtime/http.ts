// REST v1 over real HTTP: 100 concurrent conversations against a started server (built app, own
// SQLite file). Prints turns/s and p50/p99 latency for POST /api/v1/messages, next to the same
// clients hitting POST /api/v1/nlu/parse (auth + rate limit + NLU, no conversation write) so the
// HTTP layer's share is visible. Target: p99 < 20 ms at the paced load.
// Run: npx remix build && npx tsx tests/bench/runtime/http.ts [--conversations 100] [--turns 6] [--rate 200]
import { ConsoleClient } from "../../support/http";
import { startOrderSystem } from "../../support/order-system";
import { DEMO_PASSWORD, startServer } from "../../support/server";

function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}
const CONVERSATIONS = arg("conversations", 100);
const TURNS = arg("turns", 6);
/** Offered load of the paced run, turns per second over all conversations. */
const RATE = arg("rate", 200);
const TARGET_P99_MS = 20;

const SCRIPTS = [
  ["你好", "我的快递到哪了？", "SF1234567890123", "好的谢谢", "还有一个订单 DD20241108001", "再见"],
  ["hello", "where is my parcel?", "SF1234567890123", "thanks", "what about order DD20241108001", "bye"],
];

// The customer's order system is another service (here a local HTTP server in this process), as in
// production; pointing the connection at the app's own demo backend would double the app's load.
const orders = await startOrderSystem();
const server = await startServer({ LOG_LEVEL: "error", CONNECTION_ORDERS_URL: orders.url });
const admin = new ConsoleClient(server.url);
await admin.signIn("admin@demo.local", DEMO_PASSWORD);
const created = (await (await admin.trpcMutation("channels.create", { name: "bench", kind: "custom", rateLimitPerMinute: 100_000 })).json()) as {
  result: { data: { key: string } };
};
const key = created.result.data.key;
const headers = { Authorization: `Bearer ${key}`, "Content-Type": "application/json" };

type Run = { latencies: number[]; errors: Map<number, number>; seconds: number };

async function timed(path: string, body: unknown, run: Run): Promise<Record<string, unknown> | null> {
  const started = performance.now();
  const response = await fetch(server.url + path, { method: "POST", headers, body: JSON.stringify(body) });
  const json = (await response.json()) as Record<string, unknown>;
  run.latencies.push(performance.now() - started);
  if (!response.ok) run.errors.set(response.status, (run.errors.get(response.status) ?? 0) + 1);
  return response.ok ? json : null;
}

/** Each conversation sends its turns one after another; `gapMs` paces them (0 = closed loop). */
async function drive(label: string, kind: "messages" | "parse", gapMs: number): Promise<Run> {
  const run: Run = { latencies: [], errors: new Map(), seconds: 0 };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONVERSATIONS }, async (_, c) => {
      const script = SCRIPTS[c % SCRIPTS.length];
      let conversationId: string | undefined;
      if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * gapMs));
      for (let turn = 0; turn < TURNS; turn += 1) {
        const text = script[turn % script.length];
        const turnStart = performance.now();
        if (kind === "parse") await timed("/api/v1/nlu/parse", { text }, run);
        else {
          const customer = { id: `bench-${label}-${c}`, locale: c % 2 ? "en" : "zh-CN", tier: c % 5 === 0 ? "vip" : "normal" };
          const answer = await timed("/api/v1/messages", { messageId: `${label}-${c}-${turn}`, customer, text, conversationId }, run);
          conversationId = typeof answer?.conversationId === "string" ? answer.conversationId : conversationId;
        }
        const wait = gapMs - (performance.now() - turnStart);
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }),
  );
  run.seconds = (performance.now() - started) / 1000;
  return run;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function report(label: string, run: Run): number {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const p99 = quantile(sorted, 0.99);
  const errors = [...run.errors].map(([status, count]) => `${count}×${status}`).join(", ") || "none";
  console.log(
    `${label.padEnd(44)} ${String(sorted.length).padStart(5)} turns  ${(sorted.length / run.seconds).toFixed(0).padStart(6)} turns/s  ` +
      `p50 ${quantile(sorted, 0.5).toFixed(1).padStart(6)} ms  p99 ${p99.toFixed(1).padStart(6)} ms  errors: ${errors}`,
  );
  return p99;
}

try {
  await drive("warmup", "messages", 0);
  await drive("warmup-parse", "parse", 0);
  const gapMs = (CONVERSATIONS / RATE) * 1000;
  console.log(`${CONVERSATIONS} concurrent conversations × ${TURNS} turns over HTTP (${server.url})`);
  report("closed loop, POST /api/v1/messages", await drive("closed", "messages", 0));
  report("closed loop, POST /api/v1/nlu/parse (layer only)", await drive("closed-parse", "parse", 0));
  const p99 = report(`paced ${RATE} turns/s, POST /api/v1/messages`, await drive("paced", "messages", gapMs));
  report(`paced ${RATE} turns/s, POST /api/v1/nlu/parse`, await drive("paced-parse", "parse", gapMs));
  console.log(`paced p99 / target: ${(p99 / TARGET_P99_MS).toFixed(2)} (target p99 < ${TARGET_P99_MS} ms; ratio < 1 meets it)`);
} finally {
  await server.stop();
  await orders.stop();
}
