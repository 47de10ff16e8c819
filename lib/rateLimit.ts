/**
 * A small fixed-window rate limiter kept in this process's memory, keyed by whatever the caller
 * puts in `key` (a bucket name plus the client IP). Good enough for one Node process: a
 * deployment with several app instances behind a load balancer needs a shared store (Redis
 * INCR + PEXPIRE does the same in two commands), or each instance allows `limit` on its own.
 */
type Window = { count: number; resetAt: number }
type Result = { ok: boolean; retryAfterSeconds: number }

const storeKey = Symbol.for('chongqing-portal.rate-limit')
const store = globalThis as unknown as Record<symbol, Map<string, Window>>
// One map per process, even when Next bundles this module into several server layers.
const windows: Map<string, Window> = (store[storeKey] ??= new Map())
const maxKeys = 50_000

function sweep(now: number) {
  for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key)
}

/** Counts one hit against `key`; `ok` is false once more than `limit` hits fall in the window. */
export function rateLimit(key: string, limit: number, windowMs: number): Result {
  const now = Date.now()
  if (windows.size >= maxKeys) sweep(now)
  let w = windows.get(key)
  if (!w || w.resetAt <= now) {
    w = { count: 0, resetAt: now + windowMs }
    windows.set(key, w)
  }
  w.count += 1
  return {
    ok: w.count <= limit,
    retryAfterSeconds: w.count <= limit ? 0 : Math.max(1, Math.ceil((w.resetAt - now) / 1000)),
  }
}

/** Takes back one hit, e.g. when a login attempt that was counted up front succeeded. */
export function refundRateLimit(key: string): void {
  const w = windows.get(key)
  if (w && w.count > 0) w.count -= 1
}

/** Forgets every window; for tests. */
export function resetRateLimits(): void {
  windows.clear()
}
