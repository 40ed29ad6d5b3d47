import type { AppContext } from "../app-context";
import type { ChannelRow } from "../channels/service";
import { DomainError } from "../errors";
import { CORS_HEADERS, errorResponse, jsonResponse } from "./api-error";
import { authenticateChannel, bearerToken } from "./authenticate-channel";
import { assertDeclaredLength } from "./read-json-body";
import type { RestDeps } from "./rest-deps";

export type EndpointContext = {
  app: AppContext;
  deps: RestDeps;
  request: Request;
  params: Record<string, string | undefined>;
  /** Null only on endpoints that accept a console session instead of a key. */
  channel: ChannelRow | null;
};

export type Endpoint = {
  method: "GET" | "POST";
  auth: "channel" | "channel_or_session" | "none";
  handle: (ctx: EndpointContext) => Promise<Response>;
};

export type RunOptions = {
  params?: Record<string, string | undefined>;
  /** Supplied by the app layer, which owns cookies: true when a console user is signed in. */
  hasConsoleSession?: () => Promise<boolean>;
};

/** Runs one v1 endpoint: CORS preflight, method, size, auth and rate limit, then the one error shape. */
export async function runEndpoint(
  endpoint: Endpoint,
  app: AppContext,
  deps: RestDeps,
  request: Request,
  options: RunOptions = {},
): Promise<Response> {
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: CORS_HEADERS });
  try {
    if (request.method !== endpoint.method && !(endpoint.method === "GET" && request.method === "HEAD")) {
      return jsonResponse({ error: { code: "method_not_allowed", message: `Use ${endpoint.method}.` } }, 405, { Allow: endpoint.method });
    }
    assertDeclaredLength(request);
    let channel: ChannelRow | null = null;
    if (endpoint.auth === "channel" || (endpoint.auth === "channel_or_session" && bearerToken(request))) {
      channel = await authenticateChannel(app, request);
    } else if (endpoint.auth === "channel_or_session" && !(await options.hasConsoleSession?.())) {
      throw new DomainError("unauthorized", "Send a channel key as `Authorization: Bearer <key>` or sign in to the console.");
    }
    return await endpoint.handle({ app, deps, request, params: options.params ?? {}, channel });
  } catch (error) {
    return errorResponse(error);
  }
}

export function requireChannelOf(ctx: EndpointContext): ChannelRow {
  if (!ctx.channel) throw new DomainError("unauthorized", "A channel key is required.");
  return ctx.channel;
}
