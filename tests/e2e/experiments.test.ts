import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, launchBrowser, screenshot, signInAs } from "../support/browser";
import { RestCustomer } from "../support/rest-client";
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

describe("experiments in the browser", () => {
  it("an analyst reads the demo experiment's results in Chinese", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInAs(page, server.url, "analyst@demo.local", DEMO_PASSWORD);
    await page.goto(`${server.url}/experiments`);
    await page.getByTestId("experiments-table").getByText("退款确认话术").click();
    await page.getByTestId("metric-resolved_by_bot").waitFor();
    expect(await page.getByTestId("srm").textContent()).toContain("分流与权重一致");
    const verdict = await page.getByTestId("row-resolved_by_bot-solution").getByTestId("verdict").textContent();
    expect(["胜出", "落后", "暂无结论"]).toContain(verdict);
    await page.locator(".recharts-line").first().waitFor();
    await page.getByTestId("breakdown").getByText("web").waitFor();
    await screenshot(page, "experiments-results-zh");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("creates an experiment on a script, starts it, sees API traffic in the results and rolls the variation out", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInAs(page, server.url, "analyst@demo.local", DEMO_PASSWORD);
    await page.goto(`${server.url}/experiments`);
    await page.getByTestId("new-experiment").click();
    await page.getByTestId("exp-key").fill("goodbye-wording");
    await page.getByTestId("exp-name").fill("Greeting wording");
    await page.getByTestId("exp-script").fill("greeting.welcome");
    await page.getByTestId("exp-text-1").fill("Hi {{customer.name}}! Tell me what went wrong and I will fix it.");
    await page.getByTestId("exp-goal").selectOption("escalated");
    await screenshot(page, "experiments-form-en");
    await Promise.all([page.waitForURL(/\/experiments\/goodbye-wording$/), page.getByTestId("exp-submit").click()]);
    await page.getByTestId("exp-no-results").waitFor();
    await page.getByTestId("exp-start").click();
    await page.getByTestId("srm").waitFor();

    let treated = 0;
    for (let i = 0; i < 24; i++) {
      const answer = await new RestCustomer(server.url, { id: `e2e-exp-${i}`, locale: "en" }).say("hello");
      if (answer.replies.some((r) => r.text.includes("Tell me what went wrong"))) treated += 1;
    }
    expect(treated).toBeGreaterThan(0);
    expect(treated).toBeLessThan(24);
    await page.reload();
    const users = await page.getByTestId("metric-escalated").locator("tbody tr td:nth-child(2)").allTextContents();
    expect(users.map(Number).reduce((a, b) => a + b, 0)).toBe(24);
    expect(Number(users[1])).toBe(treated);

    await page.getByTestId("exp-rollout-treatment").click();
    await expect.poll(() => page.getByTestId("exp-notice").textContent()).toMatch(/Rolled out .* as version \d+/);
    await expect.poll(() => page.getByTestId("exp-status").textContent()).toBe("Stopped");
    const after = await new RestCustomer(server.url, { id: "e2e-exp-after", locale: "en" }).say("hello");
    expect(after.replies[0].text).toContain("Tell me what went wrong");
    await screenshot(page, "experiments-rolled-out-en");
    expect(errors).toEqual([]);
    await context.close();
  });
});
