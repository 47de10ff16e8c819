import { afterEach, describe, expect, it, vi } from 'vitest'

import { createRateLimiter, rateLimit, refundRateLimit, resetRateLimits } from '@/lib/rateLimit'

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

describe('rateLimit', () => {
  afterEach(() => {
    vi.useRealTimers()
    resetRateLimits()
  })

  it('allows the limit and refuses the next hit with the seconds left in the window', () => {
    for (let i = 0; i < 5; i++) expect(rateLimit('t:a', 5, 60_000).ok).toBe(true)
    const refused = rateLimit('t:a', 5, 60_000)
    expect(refused.ok).toBe(false)
    expect(refused.retryAfterSeconds).toBeGreaterThan(0)
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60)
  })

  it('keeps keys apart', () => {
    for (let i = 0; i < 3; i++) rateLimit('t:a', 3, 60_000)
    expect(rateLimit('t:a', 3, 60_000).ok).toBe(false)
    expect(rateLimit('t:b', 3, 60_000).ok).toBe(true)
  })

  it('lets hits expire as the window slides on', () => {
    vi.useFakeTimers()
    for (let i = 0; i < 2; i++) rateLimit('t:a', 2, 1_000)
    expect(rateLimit('t:a', 2, 1_000).ok).toBe(false)
    vi.advanceTimersByTime(1_001)
    expect(rateLimit('t:a', 2, 1_000).ok).toBe(true)
  })

  it('gives a refunded hit back', () => {
    rateLimit('t:a', 1, 60_000)
    refundRateLimit('t:a')
    expect(rateLimit('t:a', 1, 60_000).ok).toBe(true)
  })
})
