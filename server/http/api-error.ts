import { ZodError } from "zod";
import { DomainError, HTTP_STATUS, isDomainError } from "../errors";
import type { ApiErrorBody } from "./schemas";

/** Headers every v1 answer carries: channel keys are bearer tokens (no cookies), so any origin may call. */
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type",
  "Access-Control-Max-Age": "600",
};

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...CORS_HEADERS, ...headers },
  });
}

export function invalidBody(error: ZodError): DomainError {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? ` at "${first.path.map(String).join(".")}"` : "";
  return new DomainError("invalid", `The request is invalid${where}: ${first?.message ?? "see issues"}.`, error);
}

/** The one error shape of the REST API: `{"error":{"code","message","issues"?}}`. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ZodError) return errorResponse(invalidBody(error));
  if (!isDomainError(error)) {
    console.error("REST API error:", error);
    return jsonResponse({ error: { code: "internal", message: "The server could not complete the request." } }, 500);
  }
  const body: ApiErrorBody = { error: { code: error.code, message: error.message } };
  if (error.details instanceof ZodError) {
    body.error.issues = error.details.issues.map((issue) => ({
      path: issue.path.map((part) => (typeof part === "symbol" ? String(part) : part)),
      message: issue.message,
      code: issue.code,
    }));
  }
  const headers: Record<string, string> = {};
  const retryAfter = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (error.code === "rate_limited" && typeof retryAfter === "number") headers["Retry-After"] = String(retryAfter);
  if (error.code === "unauthorized") headers["WWW-Authenticate"] = 'Bearer realm="kefu"';
  return jsonResponse(body, HTTP_STATUS[error.code], headers);
}
