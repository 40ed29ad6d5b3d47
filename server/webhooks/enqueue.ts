import type { AppContext } from "../app-context";
import { memoService } from "../services";
import type { WebhookDelivery } from "./deliveries";
import { WebhookDispatcher } from "./dispatcher";

/** The process's dispatcher; created on first use, when it also resumes deliveries left pending. */
export function webhookDispatcher(app: AppContext): WebhookDispatcher {
  return memoService(app, "webhooks", () => {
    const dispatcher = new WebhookDispatcher(app.db);
    void dispatcher.resume().catch((error: unknown) => console.error("webhook resume:", error));
    return dispatcher;
  });
}

/**
 * Sends an asynchronous event (an agent's reply, a status change) to the channel's webhook.
 * Returns null when the channel has no webhook; delivery itself happens in the background.
 */
export function enqueueWebhook(
  app: AppContext,
  channelId: string,
  event: { type: string; data: unknown },
): Promise<WebhookDelivery | null> {
  return webhookDispatcher(app).enqueue({ channelId, eventType: event.type, data: event.data });
}
