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

describe("runtime settings in the browser", () => {
  it("an ops manager test-calls the demo order system through the orders connection", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInAs(page, server.url, "ops@demo.local", DEMO_PASSWORD);
    await page.goto(`${server.url}/settings/connections`);
    await page.getByTestId("connection-orders").waitFor();
    expect(await page.getByTestId("connection-orders").textContent()).toContain("/demo/commerce");
    await page.getByTestId("test-orders").click();
    await page.getByTestId("test-path").fill("/orders/2024110812345678");
    await page.getByTestId("test-send").click();
    await expect.poll(() => page.getByTestId("test-status").textContent()).toContain("200");
    expect(await page.getByTestId("test-result").textContent()).toContain("SF1234567890123");
    await screenshot(page, "settings-connections-zh");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an ops manager raises the angry threshold; the page shows it after a reload", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, server.url, "ops@demo.local", DEMO_PASSWORD);
    await page.goto(`${server.url}/settings/policies`);
    await page.getByTestId("policy-angry_escalate-score").fill("0.85");
    await page.getByTestId("save-policies").click();
    await page.getByTestId("policies-saved").waitFor();
    await page.reload();
    await expect.poll(() => page.getByTestId("policy-angry_escalate-score").inputValue()).toBe("0.85");
    await screenshot(page, "settings-policies-en");
    await context.close();
  });
});
