import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsoleClient } from "../support/http";
import { DEMO_PASSWORD, startServer, type TestServer } from "../support/server";

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

describe("health and sign-in", () => {
  it("answers /healthz with ok", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("sets an HttpOnly, SameSite=Lax session cookie on sign-in", async () => {
    const client = new ConsoleClient(server.url);
    const response = await client.request("/login", {
      method: "POST",
      body: new URLSearchParams({ email: "ops@demo.local", password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(302);
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith("kefu_session="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it("marks the cookie Secure behind HTTPS", async () => {
    const response = await fetch(`${server.url}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "X-Forwarded-Proto": "https" },
      body: new URLSearchParams({ email: "ops@demo.local", password: DEMO_PASSWORD }),
    });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith("kefu_session="));
    expect(cookie).toMatch(/Secure/);
  });

  it("throttles repeated failed sign-ins for an e-mail, even with the right password afterwards", async () => {
    const client = new ConsoleClient(server.url);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      statuses.push((await client.signIn("analyst@demo.local", "wrong-password")).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    expect((await client.signIn("analyst@demo.local", DEMO_PASSWORD)).status).toBe(429);
    // Another account is not affected.
    expect((await client.signIn("editor@demo.local", DEMO_PASSWORD)).status).toBe(302);
  });

  it("signs out and forgets the session", async () => {
    const client = new ConsoleClient(server.url);
    await client.signIn("ops@demo.local", DEMO_PASSWORD);
    expect((await client.trpcQuery("me.get")).status).toBe(200);
    const csrf = client.csrfToken ?? "";
    const out = await client.request("/logout", { method: "POST", body: new URLSearchParams({ csrf }) });
    expect(out.status).toBe(302);
    expect((await client.trpcQuery("me.get")).status).toBe(401);
  });
});

describe("role checks on tRPC", () => {
  it("answers 401 without a session", async () => {
    const response = await fetch(`${server.url}/api/trpc/users.list`);
    expect(response.status).toBe(401);
  });

  it("answers 403 to a signed-in user with the wrong role, 200 to an admin", async () => {
    const agent = new ConsoleClient(server.url);
    await agent.signIn("agent@demo.local", DEMO_PASSWORD);
    expect((await agent.trpcQuery("users.list")).status).toBe(403);
    expect((await agent.trpcQuery("audit.list", {})).status).toBe(403);

    const admin = new ConsoleClient(server.url);
    await admin.signIn("admin@demo.local", DEMO_PASSWORD);
    const response = await admin.trpcQuery("users.list");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { email: string }[] } };
    expect(body.result.data.map((user) => user.email)).toContain("agent@demo.local");
  });

  it("answers 403 on a forbidden console URL", async () => {
    const agent = new ConsoleClient(server.url);
    await agent.signIn("agent@demo.local", DEMO_PASSWORD);
    expect((await agent.request("/admin/users")).status).toBe(403);
    expect((await agent.request("/admin/audit")).status).toBe(403);
  });
});

describe("CSRF protection", () => {
  it("rejects a console mutation without the CSRF token and changes nothing", async () => {
    const admin = new ConsoleClient(server.url);
    await admin.signIn("admin@demo.local", DEMO_PASSWORD);
    const input = { email: "csrf-victim@example.com", name: "X", role: "admin" };
    const rejected = await admin.trpcMutation("users.create", input, null);
    expect(rejected.status).toBe(403);
    const forged = await admin.trpcMutation("users.create", input, "forged-token");
    expect(forged.status).toBe(403);
    const list = (await (await admin.trpcQuery("users.list")).json()) as { result: { data: { email: string }[] } };
    expect(list.result.data.map((user) => user.email)).not.toContain("csrf-victim@example.com");

    const accepted = await admin.trpcMutation("users.create", { ...input, role: "agent" });
    expect(accepted.status).toBe(200);
  });

  it("rejects a sign-out form post without the token", async () => {
    const client = new ConsoleClient(server.url);
    await client.signIn("ops@demo.local", DEMO_PASSWORD);
    const response = await client.request("/logout", { method: "POST", body: new URLSearchParams({}) });
    expect(response.status).toBe(403);
    expect((await client.trpcQuery("me.get")).status).toBe(200);
  });
});

describe("user administration", () => {
  it("creates, changes role, disables and writes the audit log", async () => {
    const admin = new ConsoleClient(server.url);
    await admin.signIn("admin@demo.local", DEMO_PASSWORD);
    const created = (await (
      await admin.trpcMutation("users.create", { email: "new.agent@example.com", name: "新坐席", role: "agent" })
    ).json()) as { result: { data: { user: { id: string }; password: string } } };
    const { user, password } = created.result.data;
    expect(password.length).toBeGreaterThanOrEqual(12);

    const fresh = new ConsoleClient(server.url);
    expect((await fresh.signIn("new.agent@example.com", password)).status).toBe(302);

    expect((await admin.trpcMutation("users.update", { id: user.id, role: "analyst" })).status).toBe(200);
    expect((await admin.trpcMutation("users.update", { id: user.id, disabled: true })).status).toBe(200);
    expect((await fresh.trpcQuery("me.get")).status).toBe(401);

    const audit = (await (await admin.trpcQuery("audit.list", { entityType: "user" })).json()) as {
      result: { data: { rows: { action: string; entity_id: string }[] } };
    };
    const actions = audit.result.data.rows.filter((row) => row.entity_id === user.id).map((row) => row.action);
    expect(actions).toEqual(["user.disable", "user.update", "user.create"]);
  });

  it("rejects invalid input with 400 and the field", async () => {
    const admin = new ConsoleClient(server.url);
    await admin.signIn("admin@demo.local", DEMO_PASSWORD);
    const response = await admin.trpcMutation("users.create", { email: "not-an-email", name: "", role: "boss" });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain("email");
  });
});
