import { describe, expect, it } from 'vitest'

import { payloadSecret } from '@/lib/secret'

describe('payloadSecret', () => {
  const production = { NODE_ENV: 'production' } as NodeJS.ProcessEnv

  it('refuses to run in production without a secret', () => {
    expect(() => payloadSecret(production)).toThrow(/PAYLOAD_SECRET/)
  })
  it('refuses a weak secret in production', () => {
    expect(() => payloadSecret({ ...production, PAYLOAD_SECRET: 'short-secret' })).toThrow(/32/)
  })
  it('accepts a strong secret in production', () => {
    const secret = 'k'.repeat(40)
    expect(payloadSecret({ ...production, PAYLOAD_SECRET: secret })).toBe(secret)
  })
  it('lets development run without one', () => {
    expect(payloadSecret({ NODE_ENV: 'development' } as NodeJS.ProcessEnv)).toBeTruthy()
  })
})
