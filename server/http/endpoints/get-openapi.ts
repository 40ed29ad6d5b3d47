import { jsonResponse } from "../api-error";
import type { Endpoint } from "../endpoint";
import { buildOpenApiDocument } from "../openapi";

/** GET /api/v1/openapi.json: public, like any API description. */
export const getOpenApi: Endpoint = {
  method: "GET",
  auth: "none",
  async handle(ctx) {
    const serverUrl = new URL(ctx.request.url).origin;
    return jsonResponse(buildOpenApiDocument({ serverUrl, analysisRequestSchema: ctx.deps.experiments?.requestSchema }));
  },
};
