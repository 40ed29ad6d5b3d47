import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoKbEntries } from "../../server/nlu/kb-demo";
import { ConsoleClient } from "../support/http";
import { DEMO_PASSWORD, startServer, type TestServer } from "../support/server";

let server: TestServer;

type Understanding = { intent: { name: string; confidence: number }; ranking: { name: string; confidence: number }[] };
type TryIt = { understanding: Understanding; modelVersion: number };
type Job = { id: string; state: string; progress: number; version: number | null; accuracy: { overall: number } | null; error: string | null };

async function data<T>(response: Response): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status}: ${text}`);
  return (JSON.parse(text) as { result: { data: T } }).result.data;
}

async function signedIn(email: string): Promise<ConsoleClient> {
  const client = new ConsoleClient(server.url);
  expect((await client.signIn(email, DEMO_PASSWORD)).status).toBe(302);
  return client;
}

async function waitForJob(client: ConsoleClient, jobId: string): Promise<Job> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const job = await data<Job>(await client.trpcQuery("nlu.models.job", { jobId }));
    if (job.state === "done" || job.state === "failed") return job;
    if (Date.now() > deadline) throw new Error(`retrain stuck in ${job.state}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const tryIt = (client: ConsoleClient, text: string, locale?: string) =>
  client.trpcQuery("nlu.tryIt", locale ? { text, locale } : { text }).then((response) => data<TryIt>(response));

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.stop());

describe("intents and retraining", () => {
  it("ships the built-in intents with phrases and an active v1 model with CV metrics", async () => {
    const analyst = await signedIn("analyst@demo.local");
    const list = await data<{ intents: { name: string; builtin: number; counts: Record<string, number> }[]; activeVersion: number }>(
      await analyst.trpcQuery("nlu.intents.list"),
    );
    expect(list.activeVersion).toBe(1);
    const names = list.intents.map((intent) => intent.name);
    for (const name of ["order_query", "logistics_query", "return_refund", "human_agent", "other"]) expect(names).toContain(name);
    for (const intent of list.intents) {
      expect(intent.counts["zh-CN"]).toBeGreaterThan(0);
      expect(intent.counts.en).toBeGreaterThan(0);
    }
    const evaluation = await data<{ version: number; metrics: { folds: number; overall: { accuracy: number; n: number }; locales: { locale: string }[]; confusion: { labels: string[]; matrix: number[][] } } }>(
      await analyst.trpcQuery("nlu.evaluation"),
    );
    expect(evaluation.version).toBe(1);
    expect(evaluation.metrics.folds).toBeGreaterThanOrEqual(2);
    expect(evaluation.metrics.locales.map((row) => row.locale).sort()).toEqual(["en", "zh-CN"]);
    const { labels, matrix } = evaluation.metrics.confusion;
    expect(matrix).toHaveLength(labels.length);
    expect(matrix.flat().reduce((a, b) => a + b, 0)).toBe(evaluation.metrics.overall.n);
  });

  it("adds an intent with phrases, retrains, and classifies an unseen phrase as that intent at once", async () => {
    const ops = await signedIn("ops@demo.local");
    expect((await ops.trpcMutation("nlu.intents.create", { name: "change_address", labelZh: "修改地址", labelEn: "Change address" })).status).toBe(200);
    const zh = ["我想修改收货地址", "收货地址填错了怎么改", "能帮我改一下配送地址吗", "地址写错了要换个地址", "换收货地址", "修改一下地址", "搬家了收件地址要改", "改地址"];
    const en = ["I need to change my delivery address", "update my shipping address", "wrong address on my order, can I change it", "change the address please", "can I edit my address", "my address is wrong", "ship to a different address", "new delivery address"];
    const addedZh = await data<{ added: number; skipped: number }>(
      await ops.trpcMutation("nlu.phrases.add", { intent: "change_address", locale: "zh-CN", text: `${zh.join("\n")}\n\n${zh[0]}\n` }),
    );
    expect(addedZh).toEqual({ added: zh.length, skipped: 0 });
    const again = await data<{ added: number; skipped: number }>(
      await ops.trpcMutation("nlu.phrases.add", { intent: "change_address", locale: "zh-CN", text: zh.slice(0, 2).join("\n") }),
    );
    expect(again).toEqual({ added: 0, skipped: 2 });
    await data(await ops.trpcMutation("nlu.phrases.add", { intent: "change_address", locale: "en", text: en.join("\n") }));

    const before = await tryIt(ops, "收货地址能改吗");
    const { jobId } = await data<{ jobId: string }>(await ops.trpcMutation("nlu.models.retrain", {}));
    const job = await waitForJob(ops, jobId);
    expect(job.state).toBe("done");
    expect(job.version).toBeGreaterThan(before.modelVersion);
    expect(job.accuracy?.overall).toBeGreaterThan(0);

    const zhResult = await tryIt(ops, "收货地址能改吗");
    expect(zhResult.modelVersion).toBe(job.version);
    expect(zhResult.understanding.intent.name).toBe("change_address");
    const enResult = await tryIt(ops, "please change my shipping address", "en");
    expect(enResult.understanding.ranking[0].name).toBe("change_address");

    const models = await data<{ version: number; active: number }[]>(await ops.trpcQuery("nlu.models.list"));
    expect(models.find((model) => model.active === 1)?.version).toBe(job.version);
  });

  it("keeps answering while a retrain swaps the model: no failure, versions only move forward", async () => {
    const ops = await signedIn("ops@demo.local");
    const start = (await tryIt(ops, "我的快递到哪了")).modelVersion;
    const { jobId } = await data<{ jobId: string }>(await ops.trpcMutation("nlu.models.retrain", {}));
    const versions: number[] = [];
    const failures: string[] = [];
    let finished = false;
    const job = waitForJob(ops, jobId).finally(() => (finished = true));
    const parser = (async () => {
      while (!finished) {
        const response = await ops.trpcQuery("nlu.tryIt", { text: "where is my parcel" });
        if (!response.ok) failures.push(`${response.status}`);
        else versions.push((await data<TryIt>(response)).modelVersion);
      }
      versions.push((await tryIt(ops, "where is my parcel")).modelVersion);
    })();
    const [done] = await Promise.all([job, parser]);
    expect(done.state).toBe("done");
    expect(failures).toEqual([]);
    expect(versions.length).toBeGreaterThan(3);
    expect(versions[0]).toBe(start);
    expect(versions.at(-1)).toBe(done.version);
    for (let i = 1; i < versions.length; i += 1) expect(versions[i]).toBeGreaterThanOrEqual(versions[i - 1]);
  });

  it("rolls back to an older version and audits it", async () => {
    const ops = await signedIn("ops@demo.local");
    expect((await ops.trpcMutation("nlu.models.activate", { version: 1 })).status).toBe(200);
    expect((await tryIt(ops, "hello")).modelVersion).toBe(1);
    const admin = await signedIn("admin@demo.local");
    const audit = await data<{ rows: { action: string; entity_id: string }[] }>(await admin.trpcQuery("audit.list", { entityType: "nlu_model" }));
    expect(audit.rows[0]).toMatchObject({ action: "nlu.model.activate", entity_id: "1" });
    expect(audit.rows.map((row) => row.action)).toContain("nlu.model.train");
  });
});

describe("roles", () => {
  it("lets analysts read and try, but not change intents or retrain", async () => {
    const analyst = await signedIn("analyst@demo.local");
    expect((await analyst.trpcQuery("nlu.evaluation")).status).toBe(200);
    expect((await analyst.trpcQuery("nlu.tryIt", { text: "hi" })).status).toBe(200);
    expect((await analyst.trpcMutation("nlu.models.retrain", {})).status).toBe(403);
    expect((await analyst.trpcMutation("nlu.intents.create", { name: "x_y", labelZh: "x", labelEn: "x" })).status).toBe(403);
    expect((await analyst.trpcMutation("nlu.kb.create", { locale: "en", question: "q", answer: "a" })).status).toBe(403);
  });

  it("keeps agents and content editors out of intents; editors manage the KB, ops managers do not", async () => {
    const agent = await signedIn("agent@demo.local");
    expect((await agent.trpcQuery("nlu.intents.list")).status).toBe(403);
    expect((await agent.trpcQuery("nlu.kb.list", {})).status).toBe(403);
    expect((await agent.request("/intents")).status).toBe(403);
    const editor = await signedIn("editor@demo.local");
    expect((await editor.trpcQuery("nlu.intents.list")).status).toBe(403);
    expect((await editor.trpcMutation("nlu.models.retrain", {})).status).toBe(403);
    expect((await editor.request("/knowledge")).status).toBe(200);
    const ops = await signedIn("ops@demo.local");
    expect((await ops.trpcQuery("nlu.kb.list", {})).status).toBe(200);
    expect((await ops.trpcMutation("nlu.kb.create", { locale: "en", question: "q", answer: "a" })).status).toBe(403);
  });

  it("validates input: snake_case names, no empty phrase batches", async () => {
    const ops = await signedIn("ops@demo.local");
    expect((await ops.trpcMutation("nlu.intents.create", { name: "Bad Name", labelZh: "x", labelEn: "x" })).status).toBe(400);
    expect((await ops.trpcMutation("nlu.phrases.add", { intent: "greeting", locale: "en", text: "\n  \n" })).status).toBe(400);
    expect((await ops.trpcMutation("nlu.phrases.add", { intent: "no_such_intent", locale: "en", text: "hi" })).status).toBe(404);
  });
});

describe("knowledge base", () => {
  it("creates, finds, edits, disables and deletes an entry, with hit and miss", async () => {
    const editor = await signedIn("editor@demo.local");
    // The demo seed loads every entry of the core's shipped demo file.
    const seeded = await data<{ entries: unknown[] }>(await editor.trpcQuery("nlu.kb.list", {}));
    expect(seeded.entries).toHaveLength(loadDemoKbEntries().length);

    const entry = await data<{ id: string }>(
      await editor.trpcMutation("nlu.kb.create", {
        locale: "zh-CN",
        question: "积分可以抵扣现金吗？",
        alternatives: ["积分能当钱用吗", "积分怎么抵现"],
        answer: "每100积分可抵扣1元，下单时勾选使用积分即可。",
        tags: ["积分"],
      }),
    );
    type TestResult = { hit: boolean; score: number; threshold: number; entry: { id: string } | null };
    const hit = await data<TestResult>(await editor.trpcQuery("nlu.kb.test", { text: "积分能抵扣现金吗", locale: "zh-CN" }));
    expect(hit.hit).toBe(true);
    expect(hit.entry?.id).toBe(entry.id);
    expect(hit.score).toBeGreaterThanOrEqual(hit.threshold);

    const miss = await data<TestResult>(await editor.trpcQuery("nlu.kb.test", { text: "量子计算机的原理是什么", locale: "zh-CN" }));
    expect(miss.hit).toBe(false);

    const found = await data<{ entries: { id: string }[] }>(await editor.trpcQuery("nlu.kb.list", { search: "积分" }));
    expect(found.entries.map((row) => row.id)).toContain(entry.id);

    expect((await editor.trpcMutation("nlu.kb.setEnabled", { id: entry.id, enabled: false })).status).toBe(200);
    const disabled = await data<TestResult>(await editor.trpcQuery("nlu.kb.test", { text: "积分能抵扣现金吗", locale: "zh-CN" }));
    expect(disabled.entry?.id).not.toBe(entry.id);

    expect((await editor.trpcMutation("nlu.kb.delete", { id: entry.id })).status).toBe(200);
    const after = await data<{ entries: { id: string }[] }>(await editor.trpcQuery("nlu.kb.list", {}));
    expect(after.entries.map((row) => row.id)).not.toContain(entry.id);

    const admin = await signedIn("admin@demo.local");
    const audit = await data<{ rows: { action: string; entity_id: string }[] }>(await admin.trpcQuery("audit.list", { entityType: "kb_entry" }));
    expect(audit.rows.filter((row) => row.entity_id === entry.id).map((row) => row.action)).toEqual(["kb.delete", "kb.disable", "kb.create"]);
  });
});
