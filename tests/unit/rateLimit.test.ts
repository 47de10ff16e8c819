import { afterEach, describe, expect, it, vi } from 'vitest'

import { rateLimit, refundRateLimit, resetRateLimits } from '@/lib/rateLimit'

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

  it('opens a new window when the old one has passed', () => {
    vi.useFakeTimers()
    for (let i = 0; i < 3; i++) rateLimit('t:a', 2, 1_000)
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
