import { jsonResponse } from "../api-error";
import { requireChannelOf, type Endpoint } from "../endpoint";
import { findReplay, fingerprintMessage, rememberResponse } from "../message-idempotency";
import { readJsonBody } from "../read-json-body";
import { messageRequestSchema, messageResponseSchema } from "../schemas";

/** POST /api/v1/messages: one customer message in, the bot's replies out; replays are idempotent. */
export const postMessage: Endpoint = {
  method: "POST",
  auth: "channel",
  async handle(ctx) {
    const channel = requireChannelOf(ctx);
    const body = messageRequestSchema.parse(await readJsonBody(ctx.request));
    const fingerprint = fingerprintMessage(body);
    const replay = await findReplay(ctx.app.db, channel.id, body.messageId, fingerprint);
    if (replay) return jsonResponse(replay, 200, { "Idempotent-Replay": "true" });
    const result = await ctx.deps.handleInboundMessage(ctx.app, { id: channel.id, kind: channel.kind }, body);
    const response = messageResponseSchema.parse(result);
    return jsonResponse(await rememberResponse(ctx.app.db, channel.id, body.messageId, fingerprint, response));
  },
};
