import { z } from "zod";
import type { AppContext } from "../app-context";
import type { WebhookDelivery } from "./deliveries";
import { enqueueWebhook } from "./enqueue";

/** The body every webhook POST carries; `data` depends on `type`. Documented in the OpenAPI document. */
export const webhookEnvelopeSchema = z.object({
  id: z.string().describe("Delivery id; the same on every retry of this event."),
  type: z.enum(["message.agent", "conversation.status", "ping"]),
  channelId: z.string(),
  createdAt: z.string().describe("ISO 8601"),
  data: z.record(z.string(), z.unknown()),
});

export const agentMessageDataSchema = z.object({
  conversationId: z.string(),
  customerId: z.string(),
  message: z.object({ id: z.string(), author: z.literal("agent"), text: z.string(), createdAt: z.string() }),
});

export type AgentMessageData = z.infer<typeof agentMessageDataSchema>;

/** What the agent inbox calls after an agent answers, so API channels learn of it without polling. */
export function enqueueAgentReply(app: AppContext, channelId: string, data: AgentMessageData): Promise<WebhookDelivery | null> {
  return enqueueWebhook(app, channelId, { type: "message.agent", data: agentMessageDataSchema.parse(data) });
}

export function enqueueConversationStatus(
  app: AppContext,
  channelId: string,
  data: { conversationId: string; customerId: string; status: "bot" | "queued" | "agent" | "closed" },
): Promise<WebhookDelivery | null> {
  return enqueueWebhook(app, channelId, { type: "conversation.status", data });
}
