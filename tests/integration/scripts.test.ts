import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsoleClient } from "../support/http";
import { RestCustomer } from "../support/rest-client";
import { DEMO_PASSWORD, startServer, type TestServer } from "../support/server";

let server: TestServer;
let editor: ConsoleClient;
let analyst: ConsoleClient;

beforeAll(async () => {
  server = await startServer();
  editor = new ConsoleClient(server.url);
  analyst = new ConsoleClient(server.url);
  await editor.signIn("editor@demo.local", DEMO_PASSWORD);
  await analyst.signIn("analyst@demo.local", DEMO_PASSWORD);
});
afterAll(async () => server?.stop());

type Json = Record<string, unknown>;
async function query<T = Json>(client: ConsoleClient, procedure: string, input?: unknown): Promise<T> {
  const body = (await (await client.trpcQuery(procedure, input)).json()) as { result?: { data: T }; error?: unknown };
  if (!body.result) throw new Error(`${procedure}: ${JSON.stringify(body.error)}`);
  return body.result.data;
}
async function mutate<T = Json>(client: ConsoleClient, procedure: string, input: unknown): Promise<{ status: number; data: T; error?: { message: string } }> {
  const response = await client.trpcMutation(procedure, input);
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  return { status: response.status, data: body.result?.data as T, error: body.error };
}
const count = (sql: string) => (new Database(server.databaseFile, { readonly: true }).prepare(sql).get() as { n: number }).n;

type Script = { revision: number; working: { description: string; tags: string[]; channels: string[]; variants: { tier: string; emotion: string; locale: string; text: string }[] }; coverage: { summary: { own: number; fallback: number } } };

describe("script library", () => {
  it("lists the seeded scripts with coverage, and filters by search and draft", async () => {
    const all = await query<{ key: string; publishedVersion: number; hasDraft: boolean }[]>(editor, "scripts.list");
    expect(all.length).toBeGreaterThanOrEqual(24);
    expect(all.every((s) => s.publishedVersion === 1 && !s.hasDraft)).toBe(true);
    const found = await query<{ key: string }[]>(editor, "scripts.list", { search: "加急" });
    expect(found.map((s) => s.key)).toContain("soothe.anxious");
  });

  it("an editor rewrites the angry VIP English variant and adds a sad one, the coverage changes, publishes, and the runtime speaks it", async () => {
    const before = await query<Script>(editor, "scripts.get", { key: "handoff.notice" });
    const angryVipEn = (v: { tier: string; emotion: string; locale: string }) => v.tier === "vip" && v.emotion === "angry" && v.locale === "en";
    const variants = [
      ...before.working.variants.map((v) => (angryVipEn(v) ? { ...v, text: "{{customer.name}}, I'm so sorry. A senior colleague is taking over right now." } : v)),
      { tier: "vip", emotion: "sad", locale: "en", text: "{{customer.name}}, I'm sorry to hear that. A colleague will be with you in a moment." },
    ];
    const saved = await mutate<{ revision: number }>(editor, "scripts.saveDraft", { key: "handoff.notice", content: { ...before.working, variants }, baseRevision: before.revision });
    expect(saved.status).toBe(200);
    const stale = await mutate(editor, "scripts.saveDraft", { key: "handoff.notice", content: { ...before.working, variants }, baseRevision: before.revision });
    expect(stale.status).toBe(409);
    const draft = await query<Script>(editor, "scripts.get", { key: "handoff.notice" });
    expect(draft.coverage.summary.own).toBe(before.coverage.summary.own + 1);
    const published = await mutate<{ version: number }>(editor, "scripts.publish", { key: "handoff.notice", note: "Angry VIP wording", baseRevision: saved.data.revision });
    expect(published.data).toEqual({ version: 2 });

    const customer = new RestCustomer(server.url, { id: "scripts-vip-1", name: "Emily", tier: "vip", locale: "en" });
    const answer = await customer.say("This is ridiculous!!! I want a human agent NOW!!! Terrible service!!!");
    const texts = answer.replies.map((r) => r.text);
    expect(answer.understanding.emotion.label).toBe("angry");
    expect(answer.replies[0].variant).toBe("vip/angry/en");
    expect(texts[0]).toBe("Emily, I'm so sorry. A senior colleague is taking over right now.");
    expect(count("select count(*) as n from audit_log where action = 'script.publish' and entity_id = 'handoff.notice'")).toBe(1);
  });

  it("restores an old version as a new one, shows history and a diff", async () => {
    const restored = await mutate<{ version: number }>(editor, "scripts.restore", { key: "handoff.notice", version: 1 });
    expect(restored.data).toEqual({ version: 3 });
    const script = await query<{ versions: { version: number; note: string }[] }>(editor, "scripts.get", { key: "handoff.notice" });
    expect(script.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    const diff = await query<{ changed: boolean; variants: { change: string }[] }>(editor, "scripts.diff", { key: "handoff.notice", from: 2, to: 3 });
    expect(diff.changed).toBe(true);
    expect(diff.variants.map((v) => v.change).sort()).toEqual(["changed", "removed"]);
  });

  it("CSV: export → import is a no-op; an invalid file is rejected with line numbers and writes nothing", async () => {
    const csv = await query<string>(editor, "scripts.exportCsv");
    expect(csv.startsWith("\uFEFFkey,description")).toBe(true);
    const dry = await mutate<{ ok: boolean; plan: { create: string[]; update: unknown[]; unchanged: string[] } }>(editor, "scripts.importCsv", { csv, apply: false });
    expect(dry.data.ok).toBe(true);
    expect(dry.data.plan.create).toEqual([]);
    expect(dry.data.plan.update).toEqual([]);
    const versionsBefore = count("select count(*) as n from script_versions");
    const broken = `${csv.trimEnd()}\r\nnew.script,desc,,,gold,angry,en,Hello,,,,\r\nnew.other,desc,,,any,any,fr,Bonjour,,,,\r\n`;
    const rejected = await mutate<{ ok: boolean; errors: { line: number; message: string }[] }>(editor, "scripts.importCsv", { csv: broken, apply: true });
    expect(rejected.data.ok).toBe(false);
    const lines = csv.trimEnd().split("\r\n").length;
    expect(rejected.data.errors.map((e) => e.line)).toEqual([lines + 1, lines + 2]);
    expect(count("select count(*) as n from script_versions")).toBe(versionsBefore);
    const good = `${csv.trimEnd()}\r\nnew.script,A new one,,,any,any,zh-CN,您好,,,,\r\n`;
    const applied = await mutate<{ ok: boolean; applied: boolean; plan: { create: string[] } }>(editor, "scripts.importCsv", { csv: good, apply: true, note: "bulk" });
    expect(applied.data).toMatchObject({ ok: true, applied: true, plan: { create: ["new.script"] } });
    expect(count("select count(*) as n from script_versions")).toBe(versionsBefore + 1);
  });

  it("analysts and ops managers read but cannot publish; banned words block publishing", async () => {
    expect((await mutate(analyst, "scripts.publish", { key: "greeting.welcome", note: "x", baseRevision: 1 })).status).toBe(403);
    await mutate(editor, "scripts.saveBannedWords", { words: ["垃圾"] });
    const script = await query<Script>(editor, "scripts.get", { key: "greeting.welcome" });
    const variants = script.working.variants.map((v, i) => (i === 0 ? { ...v, text: `${v.text} 垃圾` } : v));
    const saved = await mutate<{ revision: number }>(editor, "scripts.saveDraft", { key: "greeting.welcome", content: { ...script.working, variants }, baseRevision: script.revision });
    const refused = await mutate(editor, "scripts.publish", { key: "greeting.welcome", note: "x", baseRevision: saved.data.revision });
    expect(refused.status).toBe(400);
    expect(refused.error?.message).toMatch(/banned|lint/i);
  });
});
