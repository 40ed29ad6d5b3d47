import { DomainError } from "../../errors";
import { jsonResponse } from "../api-error";
import { requireChannelOf, type Endpoint } from "../endpoint";
import { messagesPageSchema, messagesQuerySchema } from "../schemas";

/** GET /api/v1/conversations/:id/messages?after=cursor: polling for agent replies. */
export const getConversationMessages: Endpoint = {
  method: "GET",
  auth: "channel",
  async handle(ctx) {
    const channel = requireChannelOf(ctx);
    const conversationId = ctx.params.id;
    if (!conversationId) throw new DomainError("not_found", "No such conversation.");
    const url = new URL(ctx.request.url);
    const query = messagesQuerySchema.parse(Object.fromEntries(url.searchParams));
    const page = await ctx.deps.listMessages(ctx.app, channel.id, conversationId, query.after || null);
    if (page === null || page === undefined) throw new DomainError("not_found", "No such conversation on this channel.");
    return jsonResponse(messagesPageSchema.parse(page));
  },
};
