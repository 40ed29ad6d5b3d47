import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { getDelivery, insertDelivery, listPendingDeliveries, recordAttempt, type WebhookDelivery } from "./deliveries";
import { signWebhookBody, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./sign";

export type DispatcherOptions = {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Delay before retry n (1-based) is baseDelayMs · 2^(n-1), capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  timeoutMs: number;
  fetch: typeof fetch;
};

export const DEFAULT_DISPATCHER_OPTIONS: DispatcherOptions = {
  maxAttempts: 8,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  timeoutMs: 10_000,
  fetch: (...args) => fetch(...args),
};

export function retryDelayMs(retry: number, options: Pick<DispatcherOptions, "baseDelayMs" | "maxDelayMs">): number {
  return Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
}

/**
 * Delivers signed webhook events in the background. Every delivery is persisted before the first
 * attempt, so a restart resumes pending ones (`resume`) instead of losing them.
 */
export class WebhookDispatcher {
  private readonly options: DispatcherOptions;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly db: Kysely<Database>,
    options: Partial<DispatcherOptions> = {},
  ) {
    this.options = { ...DEFAULT_DISPATCHER_OPTIONS, ...options };
  }

  async enqueue(input: { channelId: string; eventType: string; data: unknown }): Promise<WebhookDelivery | null> {
    const channel = await this.db
      .selectFrom("channels")
      .select(["webhook_url", "webhook_secret", "disabled"])
      .where("id", "=", input.channelId)
      .executeTakeFirst();
    if (!channel?.webhook_url || !channel.webhook_secret || channel.disabled) return null;
    const delivery = await insertDelivery(this.db, { ...input, url: channel.webhook_url });
    this.schedule(delivery.id, 0);
    return delivery;
  }

  async resume(): Promise<number> {
    const pending = await listPendingDeliveries(this.db);
    for (const delivery of pending) {
      const due = delivery.next_attempt_at ? Date.parse(delivery.next_attempt_at) - Date.now() : 0;
      this.schedule(delivery.id, Math.max(0, due));
    }
    return pending.length;
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** Resolves when nothing is scheduled or in flight (tests, graceful shutdown). */
  async idle(pollMs = 10): Promise<void> {
    while (this.timers.size > 0 || this.inFlight.size > 0) await new Promise((resolve) => setTimeout(resolve, pollMs));
  }

  private schedule(id: string, delayMs: number): void {
    clearTimeout(this.timers.get(id));
    const timer = setTimeout(() => {
      this.timers.delete(id);
      this.inFlight.add(id);
      void this.attempt(id)
        .catch((error: unknown) => console.error(`webhook ${id}:`, error))
        .finally(() => this.inFlight.delete(id));
    }, delayMs);
    timer.unref();
    this.timers.set(id, timer);
  }

  private async attempt(id: string): Promise<void> {
    const delivery = await getDelivery(this.db, id);
    if (!delivery || delivery.status !== "pending") return;
    const channel = await this.db.selectFrom("channels").select("webhook_secret").where("id", "=", delivery.channel_id).executeTakeFirst();
    const attempts = delivery.attempts + 1;
    let statusCode: number | null = null;
    let error: string | null = null;
    if (!channel?.webhook_secret) {
      error = "The channel has no webhook secret.";
    } else {
      try {
        const response = await this.options.fetch(delivery.url, {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            [SIGNATURE_HEADER]: signWebhookBody(channel.webhook_secret, delivery.payload_json),
            [TIMESTAMP_HEADER]: String(Math.floor(Date.now() / 1000)),
            "X-Kefu-Delivery": delivery.id,
            "X-Kefu-Event": delivery.event_type,
          },
          body: delivery.payload_json,
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        statusCode = response.status;
        await response.body?.cancel();
        if (!response.ok) error = `HTTP ${response.status}`;
      } catch (cause) {
        error = cause instanceof Error ? cause.message : String(cause);
      }
    }
    const delivered = error === null;
    const retryIn = !delivered && attempts < this.options.maxAttempts ? retryDelayMs(attempts, this.options) : null;
    const nextAttemptAt = retryIn === null ? null : new Date(Date.now() + retryIn).toISOString();
    await recordAttempt(this.db, id, { attempts, statusCode, error, delivered, nextAttemptAt });
    if (retryIn !== null) this.schedule(id, retryIn);
  }
}
