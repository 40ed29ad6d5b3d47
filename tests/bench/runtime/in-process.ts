// The runtime in-process: 100 concurrent conversations through handleInboundMessage (NLU, global
// rules, flow steps, API calls to the order system over real local HTTP, one transaction per
// message), next to the raw SQLite ceiling measured on the same database file in the same run: a
// better-sqlite3 transaction that inserts two message rows and updates one conversation row.
// Target: in-process turns/s ≥ 0.5 × ceiling.
// Run: npx tsx tests/bench/runtime/in-process.ts [--mix full|chat] [--conversations 100] [--rounds 3]
import { randomUUID } from "node:crypto";
import path from "node:path";
import { createAppContext } from "../../../server/app-context";
import { bootstrap } from "../../../server/bootstrap/bootstrap";
import { openDatabase } from "../../../server/db/connection";
import { migrateToLatest } from "../../../server/db/migrate";
import { parseEnv } from "../../../server/env";
import { handleInboundMessage } from "../../../server/runtime";
import { startOrderSystem } from "../../support/order-system";
import { tempDir } from "../../support/server";

function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}
const CONVERSATIONS = arg("conversations", 100);
const ROUNDS = arg("rounds", 3);

/** `full`: greetings, KB answers and the order-system flows; `chat`: turns that never leave the process. */
const MIX = process.argv.includes("--mix") ? process.argv[process.argv.indexOf("--mix") + 1] : "full";
const FULL = [
  ["你好", "运费险怎么赔", "我的快递到哪了？", "SF1234567890123", "5"],
  ["hello", "how do I get an invoice", "where is my parcel?", "2024110812345678", "5"],
  ["我要退货", "2024110812345678", "是", "尺码不合适", "确认提交"],
];
const CHAT = [
  ["你好", "运费险怎么赔", "七天无理由退货怎么算", "发票怎么开", "谢谢"],
  ["hello", "how do I get an invoice", "what is your return policy", "do you ship abroad", "thanks"],
];
const SCRIPTS = MIX === "chat" ? CHAT : FULL;

const orders = await startOrderSystem();
const file = path.join(tempDir("bench-runtime"), "kefu.db");
const env = parseEnv({ DATABASE_URL: file, SEED_DEMO: "true", DEMO_PASSWORD: "bench-password-1", ADMIN_PASSWORD: "bench-password-1", DEMO_CHANNEL_KEY: "kf_bench_channel_key_00000001", CONNECTION_ORDERS_URL: orders.url });
const { db, sqlite } = openDatabase(file);
await migrateToLatest(db);
await bootstrap(db, env);
const app = await createAppContext(env, db);
const channel = await db.selectFrom("channels").select(["id", "kind"]).orderBy("created_at").executeTakeFirstOrThrow();
const ref = { id: channel.id, kind: channel.kind as "web" };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function runtimeRound(round: number): Promise<{ turns: number; seconds: number; latencies: number[] }> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONVERSATIONS }, async (_, c) => {
      const script = SCRIPTS[c % SCRIPTS.length];
      const customerId = `bench-${round}-${c}`;
      let conversationId: string | undefined;
      for (const [t, text] of script.entries()) {
        const t0 = performance.now();
        const answer = await handleInboundMessage(app, ref, { messageId: `${customerId}-${t}`, customer: { id: customerId, tier: c % 4 === 0 ? "vip" : "normal" }, text, ...(conversationId ? { conversationId } : {}) });
        latencies.push(performance.now() - t0);
        conversationId = answer.status === "closed" ? undefined : answer.conversationId;
      }
    }),
  );
  return { turns: latencies.length, seconds: (performance.now() - started) / 1000, latencies };
}

/** The ceiling: the smallest write a turn needs, straight on better-sqlite3, same file, same pragmas. */
function ceiling(n: number): number {
  const conversationId = randomUUID();
  const now = new Date().toISOString();
  sqlite.prepare("insert into customers (id, tier, attributes_json, first_seen_at, last_seen_at) values (?, 'normal', '{}', ?, ?)").run(`ceiling-${conversationId}`, now, now);
  sqlite
    .prepare("insert into conversations (id, channel_id, customer_id, status, locale, created_at, updated_at) values (?, ?, ?, 'bot', 'zh-CN', ?, ?)")
    .run(conversationId, channel.id, `ceiling-${conversationId}`, now, now);
  const insert = sqlite.prepare("insert into messages (conversation_id, channel_id, direction, author, text, created_at) values (?, ?, ?, ?, ?, ?)");
  const update = sqlite.prepare("update conversations set turns = turns + 1, updated_at = ? where id = ?");
  const turn = sqlite.transaction((i: number) => {
    const at = new Date().toISOString();
    insert.run(conversationId, channel.id, "in", "customer", `message ${i}`, at);
    insert.run(conversationId, channel.id, "out", "bot", `reply ${i}`, at);
    update.run(at, conversationId);
  });
  const started = performance.now();
  for (let i = 0; i < n; i++) turn(i);
  return n / ((performance.now() - started) / 1000);
}

await runtimeRound(-1); // warm-up: model load, caches, JIT
const ceilingPerSecond = ceiling(20_000);
const results = [];
for (let round = 0; round < ROUNDS; round++) results.push(await runtimeRound(round));
const best = results.reduce((a, b) => (a.turns / a.seconds > b.turns / b.seconds ? a : b));
const all = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
const turnsPerSecond = best.turns / best.seconds;

console.log(`runtime in-process (${MIX} mix): ${CONVERSATIONS} concurrent conversations × ${SCRIPTS[0].length} turns, ${ROUNDS} rounds${MIX === "full" ? " (order system over local HTTP)" : ""}`);
console.log(`  turns/s (best round)   ${turnsPerSecond.toFixed(0)}`);
console.log(`  latency p50 / p99      ${percentile(all, 50).toFixed(2)} ms / ${percentile(all, 99).toFixed(2)} ms`);
console.log(`raw SQLite ceiling (2 message inserts + 1 conversation update per transaction): ${ceilingPerSecond.toFixed(0)} tx/s`);
console.log(`ratio runtime / ceiling: ${(turnsPerSecond / ceilingPerSecond).toFixed(3)}  (target ≥ 0.5)`);
await db.destroy();
await orders.stop();
