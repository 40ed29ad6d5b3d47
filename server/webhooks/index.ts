export { listDeliveries, type WebhookDelivery } from "./deliveries";
export { enqueueWebhook, webhookDispatcher } from "./enqueue";
export { agentMessageDataSchema, enqueueAgentReply, enqueueConversationStatus, webhookEnvelopeSchema, type AgentMessageData } from "./events";
export { signWebhookBody, verifyWebhookSignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./sign";
