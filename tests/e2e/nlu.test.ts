import type { Browser, Page } from "playwright-core";
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

async function tryIt(page: Page, text: string): Promise<string | null> {
  await page.getByTestId("try-it-input").fill(text);
  await page.getByTestId("try-it-submit").click();
  // Wait for the result of this very text, not the previous one still on screen.
  const result = page.locator(`[data-testid="try-it-result"][data-text="${text}"]`);
  await result.waitFor();
  return result.getByTestId("try-it-intent").getAttribute("data-intent");
}

describe("intents console", () => {
  it("an ops manager adds an intent with phrases, retrains, and Try it returns the new intent", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInAs(page, server.url, "ops@demo.local", DEMO_PASSWORD);
    await page.getByTestId("nav-intents").click();
    await page.getByTestId("intents-table").waitFor();
    await expect(page.getByTestId("active-version").textContent()).resolves.toBe("v1");
    await screenshot(page, "nlu-intents-en");

    await page.getByTestId("new-intent").click();
    const form = page.getByTestId("create-intent-form");
    await form.locator('input[name="name"]').fill("gift_wrap");
    await form.locator('input[name="labelZh"]').fill("礼品包装");
    await form.locator('input[name="labelEn"]').fill("Gift wrapping");
    await form.locator('input[name="description"]').fill("Gift wrap and greeting cards");
    await page.getByTestId("create-intent-submit").click();
    await page.getByTestId("intent-row-gift_wrap").waitFor();

    await page.getByTestId("intent-row-gift_wrap").getByRole("link").click();
    await page.waitForURL(/\/intents\/gift_wrap$/);
    await page.getByTestId("bulk-add-text").fill(
      ["可以帮我包装成礼物吗", "需要礼品包装", "能加个礼盒包装吗", "送人的麻烦包装好看点", "有没有礼品包装服务", "帮我包成礼物", "礼盒包装多少钱", "可以写贺卡吗"].join("\n"),
    );
    await page.getByTestId("bulk-add-submit").click();
    await page.getByTestId("bulk-add-result").waitFor();
    await page.getByTestId("bulk-locale-en").click();
    await page.getByTestId("bulk-add-text").fill(
      ["can you gift wrap it", "I need gift wrapping", "please wrap it as a present", "do you offer gift boxes", "add a greeting card", "is gift wrap available", "wrap this as a gift", "gift packaging please"].join("\n"),
    );
    await page.getByTestId("bulk-add-submit").click();
    await page.getByTestId("phrases-en").getByText("gift packaging please").waitFor();
    await screenshot(page, "nlu-intent-detail-en");

    await page.getByTestId("retrain").click();
    await page.locator('[data-testid="retrain-status"][data-state="done"]').waitFor({ timeout: 60_000 });
    await page.getByTestId("active-version").filter({ hasText: "v2" }).waitFor();
    await screenshot(page, "nlu-retrained-en");

    await page.goto(`${server.url}/intents/try`);
    expect(await tryIt(page, "这个能帮我做成礼品包装吗")).toBe("gift_wrap");
    await expect(page.getByTestId("try-it-version").textContent()).resolves.toContain("v2");
    expect(await tryIt(page, "could you gift wrap it for me")).toBe("gift_wrap");
    await tryIt(page, "订单2024110812345678怎么还没发货？！气死我了，再不发我就投诉！");
    await screenshot(page, "nlu-try-it-en");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the evaluation and the knowledge base in Chinese", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInAs(page, server.url, "admin@demo.local", DEMO_PASSWORD);
    await page.goto(`${server.url}/intents`);
    await page.getByTestId("intents-table").waitFor();
    await screenshot(page, "nlu-intents-zh");
    await page.goto(`${server.url}/intents/evaluation`);
    await page.getByTestId("confusion-matrix").waitFor();
    await expect(page.locator("h1").textContent()).resolves.toBe("模型评估");
    await screenshot(page, "nlu-evaluation-zh");

    await page.goto(`${server.url}/knowledge`);
    await page.getByTestId("kb-table").waitFor();
    await page.getByTestId("kb-new").click();
    const form = page.getByTestId("kb-entry-form");
    await form.locator('input[name="question"]').fill("积分可以抵扣现金吗？");
    await form.locator('textarea[name="alternatives"]').fill("积分能当钱用吗\n积分怎么抵现");
    await form.locator('textarea[name="answer"]').fill("每100积分可抵扣1元，下单时勾选“使用积分”即可。");
    await form.locator('input[name="tags"]').fill("积分, 会员");
    await page.getByTestId("kb-save").click();
    await page.getByTestId("kb-table").getByText("积分可以抵扣现金吗？").waitFor();
    await page.getByTestId("kb-test-input").fill("积分能抵扣现金吗");
    await page.getByTestId("kb-test-form").getByRole("button").click();
    await expect(page.getByTestId("kb-test-result").getAttribute("data-hit")).resolves.toBe("true");
    await screenshot(page, "nlu-knowledge-zh");
    expect(errors).toEqual([]);
    await context.close();
  });
});
