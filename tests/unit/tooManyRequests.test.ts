import { APIError } from 'payload'
import { describe, expect, it } from 'vitest'

import { TooManyRequests } from '@/lib/tooManyRequests'

describe('a rate limit refusal', () => {
  it('is a public 429 API error with the wait in its data', () => {
    const error = new TooManyRequests('Too many attempts', 120)
    expect(error).toBeInstanceOf(APIError)
    expect(error).toMatchObject({
      status: 429,
      isPublic: true,
      data: { retryAfterSeconds: 120 },
    })
  })
})
