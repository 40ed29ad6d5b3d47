import type { AppContext } from "./app-context";

const services = new WeakMap<AppContext, Map<string, unknown>>();

/**
 * Long-lived per-process services (the NLU model holder, the runtime's queues, …) hang off the
 * AppContext without each domain editing its type: created once per context on first use.
 */
export function memoService<T>(app: AppContext, key: string, create: () => T): T {
  let byKey = services.get(app);
  if (!byKey) {
    byKey = new Map();
    services.set(app, byKey);
  }
  if (!byKey.has(key)) byKey.set(key, create());
  return byKey.get(key) as T;
}
