import type { TemplateContext } from "../render-template";
import type { MessageEvent, StepContext } from "./types";

/** The roots templates and conditions see: customer, vars, order (alias of vars.order), understanding. */
export function buildTemplateContext(context: StepContext, vars: Readonly<Record<string, unknown>>, lastMessage: MessageEvent | null): TemplateContext {
  return {
    customer: context.customer,
    vars: { ...vars },
    order: vars.order,
    conversation: { channel: context.channel, lastMessage: lastMessage?.text ?? "" },
    understanding: lastMessage?.understanding,
  };
}

/** A safe read of a dot path (`items.0.name`) in parsed JSON: own properties only. */
export function readPath(value: unknown, path: string): unknown {
  let current = value;
  for (const segment of path.split(".")) {
    if (segment === "__proto__" || segment === "constructor" || segment === "prototype") return undefined;
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Deep copy of a context with every string URL-encoded, for templates that build a URL path. */
export function encodeForUrl<T>(value: T): T {
  if (typeof value === "string") return encodeURIComponent(value) as T;
  if (typeof value === "number" || typeof value === "boolean") return encodeURIComponent(String(value)) as T;
  if (Array.isArray(value)) return value.map(encodeForUrl) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, encodeForUrl(inner)])) as T;
  }
  return value;
}
