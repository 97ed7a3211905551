/**
 * A small fixed-window limiter for login and registration attempts. It lives in one process: behind several
 * servers each keeps its own count, which still bounds guessing per server.
 */
import { ApiError } from "./errors.js";

/** Counts attempts per key and throws RATE_LIMITED past the limit. */
export class RateLimiter {
  private readonly hits = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records an attempt for `key` at `now`; throws when the key is over its limit. */
  hit(key: string, now: number): void {
    const h = this.hits.get(key);
    if (!h || now - h.start >= this.windowMs) {
      this.hits.set(key, { start: now, count: 1 });
      if (this.hits.size > 10_000) this.sweep(now);
      return;
    }
    h.count += 1;
    if (h.count > this.limit) {
      const wait = Math.ceil((h.start + this.windowMs - now) / 60_000);
      throw new ApiError("RATE_LIMITED", `Too many attempts. Please wait about ${wait} minute(s) and try again.`);
    }
  }

  /** Forgets a key (after a successful login). */
  reset(key: string): void {
    this.hits.delete(key);
  }

  private sweep(now: number): void {
    for (const [k, h] of this.hits) if (now - h.start >= this.windowMs) this.hits.delete(k);
  }
}
