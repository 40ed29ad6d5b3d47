import { renderTemplate } from "../../render-template";
import { follow, type NodeExecutor } from "../executor";
import { encodeForUrl, readPath } from "../template-context";

/** Builds the request (path variables URL-encoded), then maps the answer's fields into variables. */
export const apiCallExecutor: NodeExecutor<"api_call"> = {
  enter(node, input) {
    const path = renderTemplate(node.data.path, encodeForUrl(input.template)).text;
    const body = node.data.body === undefined ? undefined : renderStrings(node.data.body, (text) => renderTemplate(text, input.template).text);
    return {
      then: {
        kind: "wait_effect",
        effect: { type: "call_api", nodeId: node.id, connection: node.data.connection, method: node.data.method, path, body, timeoutMs: node.data.timeoutMs, retries: node.data.retries },
      },
    };
  },
  onEffectResult(node, input, result) {
    if (result.kind === "api_failure") return { then: follow(result.reason === "timeout" ? "timeout" : "error") };
    if (result.kind !== "api_response") return { then: follow("error") };
    if (result.status === 404 && input.hasEdge("not_found")) return { then: follow("not_found") };
    if (result.status < 200 || result.status > 299) return { then: follow("error") };
    const vars: Record<string, unknown> = {};
    for (const { from, to } of node.data.mapping) {
      const value = from === "$status" ? result.status : readPath(result.body, from);
      if (value !== undefined) vars[to] = value;
    }
    return { vars, then: follow("success") };
  },
};

function renderStrings(value: unknown, render: (text: string) => string): unknown {
  if (typeof value === "string") return render(value);
  if (Array.isArray(value)) return value.map((item) => renderStrings(item, render));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, renderStrings(inner, render)]));
  }
  return value;
}
