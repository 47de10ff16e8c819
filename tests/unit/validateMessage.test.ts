import { describe, expect, it } from 'vitest'

import { validateMessage } from '@/lib/contact/validateMessage'

describe('contact message validation', () => {
  it('accepts a complete message, trimmed', () => {
    const result = validateMessage({
      name: ' Li ',
      email: 'li@example.com',
      subject: 'Hi',
      body: 'Hello',
    })
    expect(result).toEqual({
      ok: true,
      data: { name: 'Li', email: 'li@example.com', subject: 'Hi', body: 'Hello' },
    })
  })

  it('names each problem by field with a code the page words in the visitor language', () => {
    const result = validateMessage({
      name: '',
      email: 'not-an-address',
      subject: 'x'.repeat(201),
      body: 42,
    })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors).toEqual({
        name: 'required',
        email: 'email',
        subject: 'tooLong',
        body: 'required',
      })
  })
})
