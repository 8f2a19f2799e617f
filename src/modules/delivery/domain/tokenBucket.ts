/**
 * Token buckets per caller: each holds up to `burst` tokens and refills at `ratePerSecond`; a request
 * takes one. An empty bucket says how long until the next token, for `Retry-After`.
 */
export type RateDecision =
  { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly maxCallers = 10_000,
  ) {}

  take(caller: string, now: number): RateDecision {
    let bucket = this.buckets.get(caller)
    if (!bucket) {
      // Forget the callers seen longest ago rather than grow without limit (a full bucket is the default).
      if (this.buckets.size >= this.maxCallers)
        this.buckets.delete(this.buckets.keys().next().value as string)
      bucket = { tokens: this.burst, at: now }
      this.buckets.set(caller, bucket)
    } else {
      bucket.tokens = Math.min(
        this.burst,
        bucket.tokens + ((now - bucket.at) / 1000) * this.ratePerSecond,
      )
      bucket.at = now
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return { allowed: true, remaining: Math.floor(bucket.tokens) }
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.ratePerSecond)),
    }
  }
}
