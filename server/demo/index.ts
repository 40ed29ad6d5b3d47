import type { AppContext } from "../app-context";
import { memoService } from "../services";
import { readSetting } from "../settings";
import { buildDemoCommerceData } from "./commerce-data";
import { handleDemoCommerce } from "./commerce-handler";

export { DEMO_COMMERCE_CUSTOMERS } from "./commerce-catalog";
export { DEMO_WIDGET_KEY_SETTING, seedDemoWidgetChannel } from "./seed-widget-channel";
export { demoWidgetKey } from "./widget-key";
export { renderDemoShopPage } from "./shop-page";

/** Where the demo order system is mounted; the demo `orders` connection points here. */
export const DEMO_COMMERCE_PATH = "/demo/commerce";

export async function isDemoSeeded(app: AppContext): Promise<boolean> {
  return Boolean(await readSetting<boolean>(app.db, "demo_seeded"));
}

/** Null when the workspace was not demo-seeded: the routes then answer 404. */
export async function handleDemoCommerceRequest(app: AppContext, request: Request, path: string): Promise<Response | null> {
  if (!(await isDemoSeeded(app))) return null;
  const state = memoService(app, "demo.commerce", () => ({ data: buildDemoCommerceData(), returns: new Map<string, string>() }));
  return handleDemoCommerce(state.data, state.returns, request, path);
}
