import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectPageErrors, launchBrowser, screenshot } from "../support/browser";
import { startServer, type TestServer } from "../support/server";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// Playwright's CSS engine pierces the widget's open shadow root.
const w = (page: Page, name: string) => page.locator(`[data-kefu="${name}"]`);

async function say(page: Page, text: string): Promise<void> {
  const before = await w(page, "message-bot").count();
  await w(page, "input").fill(text);
  await w(page, "input").press("Enter");
  await page.waitForFunction(
    (count) => (document.querySelector("#kefu-widget")?.shadowRoot?.querySelectorAll('[data-kefu="message-bot"]').length ?? 0) > count,
    before,
  );
}

describe("web chat widget on the demo shop page", () => {
  it("completes a logistics query in Chinese: question, tracking number, status and ETA", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.url}/demo/widget`);
    await w(page, "launcher").click();
    await say(page, "我的快递到哪了？");
    await say(page, "SF1234567890123");
    const log = (await w(page, "log").textContent()) ?? "";
    expect(log).toContain("运输中");
    expect(log).toMatch(/2024-11-11|2024年11月11日|11月11日|11\/11/);
    await screenshot(page, "widget-logistics-zh");

    // conversationId and the customer id survive a reload: the history is shown again.
    const conversationId = await page.evaluate(() => (window as unknown as { KefuWidget: { conversationId: () => string } }).KefuWidget.conversationId());
    expect(conversationId).toBeTruthy();
    await page.reload();
    await w(page, "launcher").click().catch(() => undefined);
    await w(page, "log").getByText("SF1234567890123").first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("completes a logistics query in English with an order number", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/demo/widget?lang=en&tier=vip`);
    await w(page, "launcher").click();
    await say(page, "Where is my parcel?");
    await say(page, "2024110812345678");
    expect((await w(page, "log").textContent()) ?? "").toContain("In transit");
    await screenshot(page, "widget-logistics-en");
    await context.close();
  });
});

describe("widget mechanics (API answered by the test)", () => {
  it("renders quick replies as buttons, shows agent replies from polling, and never interprets HTML", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const hostile = `<img src=x onerror="window.__xss=1">`;
    const posted: { text: string; customer: { id: string; tier?: string } }[] = [];
    let polls = 0;
    await page.route("**/api/v1/messages", async (route: Route) => {
      const body = route.request().postDataJSON() as { text: string; customer: { id: string } };
      posted.push(body);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.fulfill({
        json: {
          conversationId: "conv-stub",
          replies: [{ text: `${hostile} got: ${body.text}`, quickReplies: ["Yes", "No"] }],
          status: body.text === "No" ? "queued" : "bot",
          understanding: { intent: { name: "other", confidence: 0.2 }, emotion: { label: "neutral", score: 0.5 }, entities: [] },
        },
      });
    });
    await page.route("**/api/v1/conversations/conv-stub/messages**", (route: Route) => {
      polls += 1;
      const agent = polls > 1 ? [{ id: "a1", direction: "out", author: "agent", text: "Hi, I'm Amy from support", createdAt: new Date().toISOString() }] : [];
      return route.fulfill({ json: { messages: agent, nextCursor: agent.length ? "c1" : null } });
    });
    await page.goto(`${server.url}/demo/widget?lang=en&tier=vip&customer=cust-vip-002`);
    await w(page, "launcher").click();
    await w(page, "input").fill(hostile);
    await w(page, "input").press("Enter");
    await w(page, "typing").and(page.locator(".on")).waitFor();
    await w(page, "quick-replies").getByRole("button", { name: "No" }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await expect(w(page, "message-customer").first().textContent()).resolves.toBe(hostile);
    await expect(w(page, "message-bot").first().textContent()).resolves.toContain(hostile);
    await w(page, "quick-replies").getByRole("button", { name: "No" }).click();
    await w(page, "note").getByText("Connecting you to a human agent").waitFor();
    await w(page, "message-agent").getByText("Hi, I'm Amy from support").waitFor({ timeout: 10_000 });
    expect(posted.map((body) => body.text)).toEqual([hostile, "No"]);
    expect(posted[0].customer).toMatchObject({ id: "cust-vip-002", tier: "vip" });
    await screenshot(page, "widget-mechanics-en");
    expect(errors).toEqual([]);
    await context.close();
  });
});
