import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canAccess, SECTION_ROLES, type Role, type Section } from "../../server/auth/roles";
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

const DEMO_ROLES: Record<string, Role> = {
  "admin@demo.local": "admin",
  "ops@demo.local": "ops_manager",
  "editor@demo.local": "content_editor",
  "analyst@demo.local": "analyst",
  "agent@demo.local": "agent",
};

/** The sections the server's role policy grants; the sidebar must show exactly these. */
function sectionsOf(role: Role): string[] {
  return (Object.keys(SECTION_ROLES) as Section[]).filter((section) => canAccess(role, section)).sort();
}

describe("console shell", () => {
  it.each(Object.entries(DEMO_ROLES))("%s sees only the sections of the role", async (email, role) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInAs(page, server.url, email, DEMO_PASSWORD);
    const navIds = await page.locator('[data-testid^="nav-"]').evaluateAll((links) =>
      links.map((link) => link.getAttribute("data-testid")?.replace("nav-", "")),
    );
    expect([...navIds].sort()).toEqual(sectionsOf(role));
    if (role !== "admin") expect(navIds).not.toContain("users");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("answers 403 on a forbidden URL and keeps the shell", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signInAs(page, server.url, "agent@demo.local", DEMO_PASSWORD);
    const response = await page.goto(`${server.url}/admin/users`);
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("error-403").isVisible()).resolves.toBe(true);
    await expect(page.getByTestId("sidebar").isVisible()).resolves.toBe(true);
    await context.close();
  });

  it("switches language, remembers it for the user, and signs out", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInAs(page, server.url, "admin@demo.local", DEMO_PASSWORD);
    await expect(page.getByTestId("nav-users").textContent()).resolves.toContain("Users");
    await screenshot(page, "home-en");

    await Promise.all([page.waitForURL(/\/$/), page.getByTestId("lang-zh-CN").click()]);
    await page.getByTestId("nav-users").filter({ hasText: "用户管理" }).waitFor();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
    await page.goto(`${server.url}/admin/users`);
    await expect(page.locator("h1").textContent()).resolves.toBe("用户管理");
    await screenshot(page, "users-zh");

    // A new browser (no language cookie, English browser) gets the saved choice after sign-in.
    const other = await browser.newContext({ locale: "en-US" });
    const second = await other.newPage();
    await signInAs(second, server.url, "admin@demo.local", DEMO_PASSWORD);
    await expect(second.getByTestId("nav-home").textContent()).resolves.toContain("概览");
    await other.close();

    await page.getByTestId("user-menu").locator("summary").click();
    await Promise.all([page.waitForURL(/\/login/), page.getByTestId("sign-out").click()]);
    await page.goto(`${server.url}/admin/users`);
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("takes its default language from the browser", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await expect(page.locator("h1").textContent()).resolves.toBe("登录客服工作台");
    await screenshot(page, "login-zh");
    await context.close();
  });
});
