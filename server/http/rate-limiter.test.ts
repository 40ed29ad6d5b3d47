import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter";

describe("RateLimiter", () => {
  it("allows a minute's worth of burst, then refuses with the seconds until the next token", () => {
    const limiter = new RateLimiter();
    const results = Array.from({ length: 4 }, () => limiter.take("ch", 3, 1_000));
    expect(results.slice(0, 3).every((result) => result.ok)).toBe(true);
    expect(results[3]).toEqual({ ok: false, retryAfterSeconds: 20 });
  });

  it("refills continuously at the per-minute rate and keeps keys apart", () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 60; i += 1) expect(limiter.take("a", 60, 0).ok).toBe(true);
    expect(limiter.take("a", 60, 0).ok).toBe(false);
    expect(limiter.take("b", 60, 0).ok).toBe(true);
    expect(limiter.take("a", 60, 999).ok).toBe(false);
    expect(limiter.take("a", 60, 2_000).ok).toBe(true);
  });
});
