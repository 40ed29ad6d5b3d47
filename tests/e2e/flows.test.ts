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

describe("flow designer", () => {
  it("an ops manager adds a node to the refund flow, sees the problem come and go, autosaves and publishes version 2", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInAs(page, server.url, "ops@demo.local", DEMO_PASSWORD);
    await page.goto(`${server.url}/flows`);
    await page.getByTestId("flows-table").waitFor();
    await screenshot(page, "flows-list-en");
    await page.getByRole("link", { name: /Return & refund/ }).click();
    await page.getByTestId("node-post_return").waitFor();
    expect(await page.getByTestId("problem-count").textContent()).toBe("valid");

    await page.getByTestId("palette-message").click();
    await expect.poll(() => page.getByTestId("problem-count").textContent()).toMatch(/error/);
    expect(await page.getByTestId("node-message_1").getAttribute("data-problems")).not.toBe("0");
    await page.getByTestId("tab-problems").click();
    await page.getByTestId("problems").getByText("message_1").first().waitFor();
    await screenshot(page, "flows-designer-problem-en");

    // Connect the new node between `created` and `done` (drag from its exit to the target's entry).
    const exit = page.locator('[data-testid="node-message_1"] .react-flow__handle-right');
    const entry = page.locator('[data-testid="node-done"] .react-flow__handle-left');
    await exit.dragTo(entry);
    await expect.poll(() => page.getByTestId("problem-count").textContent()).toBe("valid");
    await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("All changes saved");

    await page.getByTestId("tab-versions").click();
    await page.getByTestId("publish-note").fill("Extra message before the end");
    await page.getByTestId("publish").click();
    await expect.poll(() => page.getByTestId("designer-notice").textContent()).toContain("Published version 2");
    await page.getByTestId("versions").getByText("Extra message before the end").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the simulator runs the logistics flow and lights up its path", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await signInAs(page, server.url, "ops@demo.local", DEMO_PASSWORD);
    await page.goto(`${server.url}/flows/logistics`);
    await page.getByTestId("tab-simulator").click();
    await page.getByTestId("sim-input").fill("我的快递到哪了");
    await page.getByTestId("sim-send").click();
    await expect.poll(() => page.getByTestId("sim-reply").count()).toBe(1);
    await page.getByTestId("sim-input").fill("SF1234567890123");
    await page.getByTestId("sim-send").click();
    await expect.poll(() => page.getByTestId("sim-log").textContent()).toContain("运输中");
    expect(await page.getByTestId("node-status").getAttribute("data-highlighted")).toBe("1");
    expect(await page.getByTestId("node-get_order").getAttribute("data-highlighted")).toBe("0");
    await screenshot(page, "flows-simulator-zh");
    await context.close();
  });

  it("an analyst opens the designer read-only", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, server.url, "analyst@demo.local", DEMO_PASSWORD);
    await page.goto(`${server.url}/flows/main`);
    await page.getByTestId("node-kb").waitFor();
    expect(await page.getByTestId("palette").count()).toBe(0);
    await page.getByTestId("tab-versions").click();
    expect(await page.getByTestId("publish").count()).toBe(0);
    await context.close();
  });
});
