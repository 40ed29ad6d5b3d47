import type { EffectOf, EffectResult } from "../../flows";
import type { ConnectionConfig } from "./schemas";

/** Answers above this size are refused: a flow maps a few fields, it never needs megabytes. */
const MAX_RESPONSE_BYTES = 1024 * 1024;
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

export type CallOutcome = { result: EffectResult; attempts: number; latencyMs: number; url: string | null };

export type CallOptions = {
  /** CONNECTION_<NAME>_URL overrides of the base URL (lower-case names). */
  overrides: Record<string, string>;
  locale: string;
  idempotencyKey: string;
  /** This server's own origin, for base URLs that start with `/` (the demo order system). */
  selfOrigin: string;
  /** Base of the exponential backoff between retries. */
  backoffMs?: number;
};

/**
 * Calls a configured connection for an `api_call` node: only the connection's base URL plus the
 * node's path, never an arbitrary URL. Each attempt has the node's timeout; network errors,
 * timeouts and 429/502/503/504 are retried with exponential backoff; the answer is parsed
 * defensively (size cap, JSON only, an empty body is `null`).
 */
export async function callConnection(connection: ConnectionConfig | undefined, call: EffectOf<"call_api">, options: CallOptions): Promise<CallOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (!connection) {
    return { result: { kind: "api_failure", reason: "not_configured", message: `no connection named "${call.connection}"` }, attempts: 0, latencyMs: 0, url: null };
  }
  const configured = (options.overrides[connection.name] ?? connection.baseUrl).replace(/\/+$/, "");
  const base = configured.startsWith("/") ? options.selfOrigin + configured : configured;
  const url = base + call.path;
  if (!/^https?:\/\//.test(url)) {
    return { result: { kind: "api_failure", reason: "not_configured", message: `connection "${connection.name}" has no http(s) base URL` }, attempts: 0, latencyMs: 0, url: null };
  }
  const headers: Record<string, string> = { ...connection.headers, Accept: "application/json", "Accept-Language": options.locale, "Idempotency-Key": options.idempotencyKey };
  if (connection.secret) headers.Authorization = `Bearer ${connection.secret}`;
  if (call.body !== undefined) headers["Content-Type"] = "application/json";

  let last: EffectResult = { kind: "api_failure", reason: "network", message: "not attempted" };
  const attempts = call.retries + 1;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep((options.backoffMs ?? 100) * 2 ** (attempt - 2));
    last = await attemptOnce(url, call, headers);
    const retryable = last.kind === "api_failure" ? last.reason !== "malformed_response" : last.kind === "api_response" && RETRYABLE_STATUS.has(last.status);
    if (!retryable) return { result: last, attempts: attempt, latencyMs: elapsed(), url };
  }
  return { result: last, attempts, latencyMs: elapsed(), url };
}

async function attemptOnce(url: string, call: EffectOf<"call_api">, headers: Record<string, string>): Promise<EffectResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), call.timeoutMs);
  try {
    const response = await fetch(url, {
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: controller.signal,
      redirect: "error",
    });
    const text = await readCapped(response);
    if (text === null) return { kind: "api_failure", reason: "malformed_response", message: `answer larger than ${MAX_RESPONSE_BYTES} bytes` };
    if (text.trim() === "") return { kind: "api_response", status: response.status, body: null };
    try {
      return { kind: "api_response", status: response.status, body: JSON.parse(text) as unknown };
    } catch {
      // A non-JSON error page still tells the flow the status; a 2xx that is not JSON is broken.
      if (!response.ok) return { kind: "api_response", status: response.status, body: null };
      return { kind: "api_failure", reason: "malformed_response", message: "the answer is not JSON" };
    }
  } catch (error) {
    if (controller.signal.aborted) return { kind: "api_failure", reason: "timeout", message: `no answer within ${call.timeoutMs} ms` };
    return { kind: "api_failure", reason: "network", message: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > MAX_RESPONSE_BYTES) return null;
  const buffer = await response.arrayBuffer();
  if (buffer.byteLength > MAX_RESPONSE_BYTES) return null;
  return new TextDecoder().decode(buffer);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
