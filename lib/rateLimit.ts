/**
 * Sliding-window rate limiters kept in this process's memory: enough for one app instance (the
 * portal runs as one). Behind several instances they would need a shared store (Redis: a sorted
 * set per key, ZADD + ZREMRANGEBYSCORE + ZCARD), or each instance would allow `limit` on its own.
 */
export function createRateLimiter({
  limit,
  windowMs,
  maxKeys = 10_000,
}: {
  limit: number
  windowMs: number
  maxKeys?: number
}) {
  const hits = new Map<string, number[]>()

  function prune(now: number) {
    for (const [key, times] of hits) {
      if (times[times.length - 1] <= now - windowMs) hits.delete(key)
    }
  }

  /** Records an attempt; false when this key has used up its window. */
  function attempt(key: string, now = Date.now()): { allowed: boolean; retryAfterMs: number } {
    const recent = (hits.get(key) ?? []).filter((t) => t > now - windowMs)
    if (recent.length >= limit) {
      hits.set(key, recent)
      return { allowed: false, retryAfterMs: recent[0] + windowMs - now }
    }
    recent.push(now)
    hits.set(key, recent)
    if (hits.size > maxKeys) prune(now)
    return { allowed: true, retryAfterMs: 0 }
  }

  /** Takes back the key's latest attempt (e.g. a sign-in that turned out to be right). */
  attempt.refund = (key: string) => {
    hits.get(key)?.pop()
  }
  attempt.clear = () => hits.clear()
  return attempt
}

type Limiter = ReturnType<typeof createRateLimiter>

// One registry per process, even when Next bundles this module into several server layers.
const registryKey = Symbol.for('chongqing-portal.rate-limiters')
const store = globalThis as unknown as Record<symbol, Map<string, Limiter>>
const limiters: Map<string, Limiter> = (store[registryKey] ??= new Map())

/**
 * Counts one hit against `key` (a bucket name plus the client address) in a window of
 * `windowMs`; `ok` is false once `limit` hits already fall in it.
 */
export function rateLimit(
  key: string,
  limit: number,
  windowMs: number,
): { ok: boolean; retryAfterSeconds: number } {
  const id = `${limit}/${windowMs}`
  let limiter = limiters.get(id)
  if (!limiter) limiters.set(id, (limiter = createRateLimiter({ limit, windowMs })))
  const { allowed, retryAfterMs } = limiter(key)
  return {
    ok: allowed,
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(retryAfterMs / 1000)),
  }
}

/** Takes back the latest hit of `key`, whatever its limit. */
export function refundRateLimit(key: string): void {
  for (const limiter of limiters.values()) limiter.refund(key)
}

/** Forgets every hit of every `rateLimit` bucket; for tests. */
export function resetRateLimits(): void {
  for (const limiter of limiters.values()) limiter.clear()
}
