import { getAppContext } from "../../server/app-context";
import { demoWidgetKey, handleDemoCommerceRequest, isDemoSeeded, renderDemoShopPage } from "../../server/demo";

const notFound = () => new Response("Not found: the demo workspace is not seeded.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** /demo/commerce/*: the demo order system, only in a demo-seeded workspace. */
export async function handleDemoCommerceRoute(request: Request, path: string): Promise<Response> {
  const app = await getAppContext();
  return (await handleDemoCommerceRequest(app, request, path)) ?? notFound();
}

/** /demo/widget: the fake shop page with the widget tag (?lang=en, ?customer=…, ?tier=vip). */
export async function handleDemoWidgetPage(request: Request): Promise<Response> {
  const app = await getAppContext();
  const key = (await isDemoSeeded(app)) ? await demoWidgetKey(app) : null;
  if (!key) return notFound();
  const url = new URL(request.url);
  const tier = url.searchParams.get("tier");
  const html = renderDemoShopPage({
    channelKey: key,
    locale: url.searchParams.get("lang") === "en" ? "en" : "zh-CN",
    customerId: url.searchParams.get("customer")?.slice(0, 100) || undefined,
    tier: tier === "vip" || tier === "normal" ? tier : undefined,
  });
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
