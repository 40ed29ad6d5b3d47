import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, launchBrowser, screenshot, signInAs } from "../support/browser";
import { DEMO_PASSWORD, startServer, type TestServer } from "../support/server";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("channels and API console pages", () => {
  it("an ops manager creates a channel, sees its key once, sets a webhook and disables it", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.on("dialog", (dialog) => void dialog.accept());
    const errors = collectPageErrors(page);
    await signInAs(page, server.url, "ops@demo.local", DEMO_PASSWORD);
    await page.getByTestId("nav-channels").click();
    await page.getByTestId("channels-table").waitFor();

    await page.locator('input[name="name"]').fill("会员 App");
    await page.locator('select[name="kind"]').selectOption("app");
    await page.locator('input[name="rateLimit"]').fill("120");
    await page.getByTestId("create-channel").click();
    const key = await page.getByTestId("revealed-key").textContent();
    expect(key).toMatch(/^kf_/);
    await screenshot(page, "channels-key-once-zh");
    const check = await fetch(`${server.url}/api/v1/nlu/parse`, {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify({ text: "你好" }),
    });
    expect(check.status).toBe(200);
    await page.getByTestId("dismiss-secret").click();
    await expect(page.getByTestId("secret-notice").count()).resolves.toBe(0);
    await expect(page.content()).resolves.not.toContain(key ?? "missing");

    await page.getByTestId("edit-会员 App").click();
    await page.locator('input[name="editWebhookUrl"]').fill("https://example.com/kefu-hook");
    await page.getByTestId("save-channel").click();
    await expect(page.getByTestId("revealed-webhook-secret").textContent()).resolves.toMatch(/^whsec_/);
    await page.getByTestId("dismiss-secret").click();
    await page.getByTestId("channel-row-会员 App").getByText("https://example.com/kefu-hook").waitFor();
    await screenshot(page, "channels-editor-zh");

    await page.getByTestId("toggle-会员 App").click();
    await page.getByTestId("channel-row-会员 App").getByText("已停用").waitFor();
    const refused = await fetch(`${server.url}/api/v1/nlu/parse`, {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify({ text: "你好" }),
    });
    expect(refused.status).toBe(403);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("renders the API reference from the OpenAPI document with curl examples", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInAs(page, server.url, "admin@demo.local", DEMO_PASSWORD);
    await page.getByTestId("nav-api").click();
    await page.getByTestId("endpoint-post-/api/v1/messages").waitFor();
    for (const path of ["/api/v1/conversations/{id}/messages", "/api/v1/events", "/api/v1/nlu/parse", "/api/v1/experiments/analyze"]) {
      await expect(page.getByTestId(`endpoint-${path.includes("conversations") ? "get" : "post"}-${path}`).count()).resolves.toBe(1);
    }
    const text = await page.locator("main").textContent();
    expect(text).toContain("customer.tier");
    expect(text).toContain("curl -sS -X POST");
    expect(text).toContain("Authorization: Bearer YOUR_CHANNEL_KEY");
    await screenshot(page, "api-reference-en");
    expect(errors).toEqual([]);
    await context.close();
  });
});
