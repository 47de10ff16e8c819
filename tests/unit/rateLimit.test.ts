import { describe, expect, it } from 'vitest'

import { createRateLimiter } from '@/lib/rateLimit'

describe('rate limiter', () => {
  it('allows five attempts per window per address, then refuses until the window moves on', () => {
    const attempt = createRateLimiter({ limit: 5, windowMs: 600_000 })
    for (let i = 0; i < 5; i++) expect(attempt('1.2.3.4', 1000 + i).allowed).toBe(true)
    const refused = attempt('1.2.3.4', 2000)
    expect(refused.allowed).toBe(false)
    expect(refused.retryAfterMs).toBe(1000 + 600_000 - 2000)
    expect(attempt('5.6.7.8', 2000).allowed).toBe(true)
    expect(attempt('1.2.3.4', 1000 + 600_001).allowed).toBe(true)
  })
})
