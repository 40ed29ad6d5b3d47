import { jsonResponse } from "../api-error";
import { requireChannelOf, type Endpoint } from "../endpoint";
import { readJsonBody } from "../read-json-body";
import { eventRequestSchema } from "../schemas";

/** POST /api/v1/events: conversions and ratings that happen outside the chat. */
export const postEvent: Endpoint = {
  method: "POST",
  auth: "channel",
  async handle(ctx) {
    const channel = requireChannelOf(ctx);
    const event = eventRequestSchema.parse(await readJsonBody(ctx.request));
    await ctx.deps.recordExternalEvent(ctx.app, { id: channel.id, kind: channel.kind }, event);
    return jsonResponse({ ok: true });
  },
};
