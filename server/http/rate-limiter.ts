type Bucket = { tokens: number; updatedAt: number };

/**
 * One token bucket per channel key: a full minute of burst, refilled continuously at the channel's
 * per-minute rate. Per process; several instances each allow the rate (documented).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  take(key: string, perMinute: number, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const capacity = Math.max(1, perMinute);
    const perMs = capacity / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: capacity, updatedAt: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + Math.max(0, now - bucket.updatedAt) * perMs);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }
}
