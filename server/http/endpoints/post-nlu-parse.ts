import { jsonResponse } from "../api-error";
import type { Endpoint } from "../endpoint";
import { readJsonBody } from "../read-json-body";
import { nluParseRequestSchema, restUnderstandingSchema } from "../schemas";

/** POST /api/v1/nlu/parse: the understanding of a text with the active model, nothing stored. */
export const postNluParse: Endpoint = {
  method: "POST",
  auth: "channel",
  async handle(ctx) {
    const input = nluParseRequestSchema.parse(await readJsonBody(ctx.request));
    const understanding = await ctx.deps.understand(ctx.app, input.text, input.locale);
    return jsonResponse(restUnderstandingSchema.parse(understanding));
  },
};
