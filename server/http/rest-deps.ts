import type { z } from "zod";
import type { AppContext } from "../app-context";
import type { ChannelKind } from "../channels/schemas";
import type { EventRequest, MessageRequest } from "./schemas";

export type ChannelRef = { id: string; kind: ChannelKind };

/**
 * What the REST layer needs from the other domains. Results are `unknown` on purpose: every answer
 * is parsed with the contract's response schema before it leaves, so the wire format is ours.
 */
export type RestDeps = {
  handleInboundMessage: (app: AppContext, channel: ChannelRef, input: MessageRequest) => Promise<unknown>;
  listMessages: (app: AppContext, channelId: string, conversationId: string, afterCursor: string | null) => Promise<unknown>;
  recordExternalEvent: (app: AppContext, channel: ChannelRef, event: EventRequest) => Promise<unknown>;
  understand: (app: AppContext, text: string, locale: "zh-CN" | "en" | undefined) => Promise<unknown>;
  experiments: { requestSchema: z.ZodType; analyze: (input: never) => unknown } | null;
};
