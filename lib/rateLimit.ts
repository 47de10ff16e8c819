/**
 * A sliding-window limiter kept in this process's memory: enough for one app instance (the
 * portal runs as one). Behind several instances it would need a shared store.
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
  return function attempt(
    key: string,
    now = Date.now(),
  ): { allowed: boolean; retryAfterMs: number } {
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
}
