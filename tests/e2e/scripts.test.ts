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

describe("script library in the browser", () => {
  it("an editor adds an angry VIP English variant, sees the coverage cell turn own, previews it and publishes", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInAs(page, server.url, "editor@demo.local", DEMO_PASSWORD);
    await page.goto(`${server.url}/scripts`);
    await page.getByTestId("scripts-table").waitFor();
    await screenshot(page, "scripts-list-en");
    await page.getByTestId("script-search").fill("anything_else");
    await page.getByTestId("script-search").press("Enter");
    await page.waitForURL(/q=anything_else/);
    await page.getByRole("link", { name: "common.anything_else" }).click();
    await page.waitForURL(/\/scripts\/common\.anything_else$/);
    await page.getByTestId("coverage-grid").waitFor();

    const cell = page.getByTestId("cell-en-vip-angry");
    expect(await cell.getAttribute("data-source")).toBe("fallback");
    await page.getByTestId("preview-tier").selectOption("vip");
    await page.getByTestId("preview-emotion").selectOption("angry");
    await page.getByTestId("preview-locale").selectOption("en");
    await page.getByTestId("add-variant").click();
    const index = (await page.locator('[data-testid^="variant-"][data-testid$="-text"]').count()) - 1;
    await page.getByTestId(`variant-${index}-text`).fill("{{customer.name}}, I'm truly sorry. Is there anything else I can fix for you right now?");
    await expect.poll(() => cell.getAttribute("data-source")).toBe("own");
    await expect.poll(() => page.getByTestId("preview-text").textContent()).toBe("Emily, I'm truly sorry. Is there anything else I can fix for you right now?");
    await screenshot(page, "scripts-editor-en");

    await page.keyboard.press("Control+s");
    await expect.poll(() => page.getByTestId("editor-message").textContent()).toContain("Draft saved");
    await page.getByTestId("publish-note").fill("Angry VIP wording in English");
    await page.getByTestId("publish").click();
    await expect.poll(() => page.getByTestId("editor-message").textContent()).toContain("Published version 2");
    await page.getByTestId("history").getByText("Angry VIP wording in English").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the editor in Chinese, read-only for an analyst", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await signInAs(page, server.url, "analyst@demo.local", DEMO_PASSWORD);
    await page.goto(`${server.url}/scripts/soothe.anxious`);
    await page.getByTestId("coverage-grid").waitFor();
    expect(await page.getByTestId("publish").count()).toBe(0);
    expect(await page.getByTestId("variant-0-text").getAttribute("readonly")).not.toBeNull();
    await expect.poll(() => page.getByTestId("preview-text").textContent()).toBeTruthy();
    await screenshot(page, "scripts-editor-zh-readonly");
    await context.close();
  });
});
