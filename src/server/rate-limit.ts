/**
 * Rate limiting without keeping addresses: each client is known only by an HMAC of its address under a
 * secret drawn at start and kept in memory. The HMAC cannot be reversed into the address, and after a
 * restart it no longer matches anything. Buckets live in memory only; nothing is written or logged.
 */
import { createHmac, randomBytes } from 'node:crypto';

export interface Limit {
  /** Requests allowed per minute, and as a burst. 0 means no limit. */
  perMinute: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Past this many clients, the oldest buckets are dropped rather than letting memory grow. */
const MAX_BUCKETS = 100_000;

export class RateLimiter {
  readonly #secret = randomBytes(32);
  readonly #buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The opaque key of a client for one scope (submissions, login…). */
  keyOf(scope: string, address: string): string {
    return createHmac('sha256', this.#secret).update(`${scope}\u0000${address}`).digest('base64url').slice(0, 22);
  }

  /** Takes one token; returns 0 when allowed, or the seconds to wait. */
  take(scope: string, address: string, limit: Limit): number {
    return this.#use(scope, address, limit, true);
  }

  /** Whether a token is left, without taking it: 0 when one is, or the seconds to wait. */
  peek(scope: string, address: string, limit: Limit): number {
    return this.#use(scope, address, limit, false);
  }

  /** Forgets a client's bucket in one scope: it starts full again (a successful sign-in). */
  reset(scope: string, address: string): void {
    this.#buckets.delete(this.keyOf(scope, address));
  }

  #use(scope: string, address: string, limit: Limit, take: boolean): number {
    if (limit.perMinute <= 0) return 0;
    const key = this.keyOf(scope, address);
    const now = this.now();
    const ratePerMs = limit.perMinute / 60_000;
    const bucket = this.#buckets.get(key) ?? { tokens: limit.perMinute, at: now };
    bucket.tokens = Math.min(limit.perMinute, bucket.tokens + (now - bucket.at) * ratePerMs);
    bucket.at = now;
    // Re-inserting keeps the Map in least-recently-used order, for the eviction below.
    this.#buckets.delete(key);
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > MAX_BUCKETS) this.#buckets.delete(this.#buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      if (take) bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000));
  }

  get size(): number {
    return this.#buckets.size;
  }
}
