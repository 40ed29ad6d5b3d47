import type { AppContext } from "../app-context";
import { getChannelByKey, type ChannelRow } from "../channels/service";
import { DomainError } from "../errors";
import { memoService } from "../services";
import { RateLimiter } from "./rate-limiter";

export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return match ? match[1] : null;
}

/** 401 without a known key, 403 for a disabled channel, 429 once the channel's bucket is empty. */
export async function authenticateChannel(app: AppContext, request: Request): Promise<ChannelRow> {
  const key = bearerToken(request);
  if (!key) throw new DomainError("unauthorized", "Send the channel key as `Authorization: Bearer <key>`.");
  const channel = await getChannelByKey(app.db, key);
  if (!channel) throw new DomainError("unauthorized", "This channel key is not valid (it may have been rotated).");
  if (channel.disabled) throw new DomainError("forbidden", "This channel is disabled.");
  const limiter = memoService(app, "rest.rateLimiter", () => new RateLimiter());
  const verdict = limiter.take(channel.id, channel.rate_limit_per_minute);
  if (!verdict.ok) {
    throw new DomainError("rate_limited", `Rate limit of ${channel.rate_limit_per_minute} requests per minute reached.`, {
      retryAfterSeconds: verdict.retryAfterSeconds,
    });
  }
  return channel;
}
