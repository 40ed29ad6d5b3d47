import { getAppContext } from "../../server/app-context";
import { buildOpenApiDocument, errorResponse, liveRestDeps, REST_ENDPOINTS, runEndpoint, type RestEndpointName } from "../../server/http";
import { DomainError } from "../../server/errors";
import { webhookDispatcher } from "../../server/webhooks";
import { getSession } from "./session.server";

/** The v1 resource routes are one line each: this runs the named endpoint for the request. */
export async function handleApiV1(name: RestEndpointName, request: Request, params: Record<string, string | undefined> = {}) {
  const app = await getAppContext();
  webhookDispatcher(app); // first use resumes deliveries left pending by a restart
  return runEndpoint(REST_ENDPOINTS[name], app, liveRestDeps, request, {
    params,
    hasConsoleSession: async () => Boolean((await getSession(request)).user),
  });
}

export function apiV1NotFound(): Response {
  return errorResponse(new DomainError("not_found", "No such API endpoint. See /api/v1/openapi.json."));
}

/** The OpenAPI document as the console's API page renders it (same builder as /api/v1/openapi.json). */
export function openApiDocumentFor(request: Request) {
  return buildOpenApiDocument({ serverUrl: new URL(request.url).origin, analysisRequestSchema: liveRestDeps.experiments?.requestSchema });
}
