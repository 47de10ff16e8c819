/**
 * The per-IP limits on the sign-in operation and the public application form, exercised through
 * Payload with the request an API call would carry (the Local API itself is never limited).
 * The burst against a running server is in tests/e2e/partner-rate-limit.test.ts.
 */
import type { Payload } from 'payload'

import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { loginLimit } from '@/hooks/limitAuthAttempts'
import { publicFormLimit } from '@/hooks/limitPublicCreate'
import { submitApplication } from '@/lib/partners/submitApplication'
import { resetRateLimits } from '@/lib/rateLimit'

import { createUser, unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

/** What Payload's REST handler puts on the request: the headers and the API it came through. */
const fromIp = (ip: string, lang = 'en') => ({
  payloadAPI: 'REST' as const,
  headers: new Headers({ 'x-forwarded-for': ip, 'accept-language': lang }),
})

async function statusOf(run: () => Promise<unknown>): Promise<number | 'ok'> {
  try {
    await run()
    return 'ok'
  } catch (error) {
    return (error as { status?: number }).status ?? 500
  }
}

describe('rate limits', () => {
  let payload: Payload
  let user: User
  beforeAll(async () => {
    payload = await testPayload()
  })
  // A fresh account each time: Payload counts failures per account (maxLoginAttempts) too.
  beforeEach(async () => {
    resetRateLimits()
    user = await createUser(payload, ['editor'])
  })

  const login = (ip: string, password: string) =>
    payload.login({
      collection: 'users',
      data: { email: user.email, password },
      req: fromIp(ip),
    })

  it('refuses sign-ins from an address after 5 failures, with 429 and the wait', async () => {
    const statuses: (number | 'ok')[] = []
    for (let i = 0; i < 8; i++) statuses.push(await statusOf(() => login('203.0.113.1', 'wrong')))
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429])
    const error = await login('203.0.113.1', 'test-password-123').catch((e) => e)
    expect(error.status).toBe(429)
    expect(error.message).toMatch(/Too many failed sign-in attempts.*5 minutes/)
    expect(error.data.retryAfterSeconds).toBeGreaterThan(0)
  })

  it('still lets the right password in from another address, and the account is not locked', async () => {
    for (let i = 0; i < loginLimit.limit + 3; i++) await statusOf(() => login('203.0.113.1', 'x'))
    const ok = await login('203.0.113.2', 'test-password-123')
    expect(ok.token).toBeTruthy()
  })

  it('counts only failures: successful sign-ins never use up the budget', async () => {
    for (let i = 0; i < loginLimit.limit + 2; i++) {
      expect((await login('203.0.113.3', 'test-password-123')).token).toBeTruthy()
    }
    expect(await statusOf(() => login('203.0.113.3', 'wrong'))).toBe(401)
  })

  it('never limits server code (the Local API without a request)', async () => {
    for (let i = 0; i < loginLimit.limit + 2; i++) {
      expect(
        await statusOf(() =>
          payload.login({ collection: 'users', data: { email: user.email, password: 'no' } }),
        ),
      ).toBe(401)
    }
    expect((await login('203.0.113.4', 'test-password-123')).token).toBeTruthy()
  })

  const application = (fields: Record<string, string> = {}) => {
    const form = new FormData()
    form.set('company', `Limit Test ${unique()}`)
    form.set('contact', 'Zhao Lei')
    form.set('email', `zhao-${unique()}@test.example`)
    for (const [k, v] of Object.entries(fields)) form.set(k, v)
    return form
  }

  it('limits applications per address, and says how long to wait', async () => {
    const states = []
    for (let i = 0; i < publicFormLimit.limit + 2; i++) {
      states.push(
        (await submitApplication(payload, application(), { ip: '198.51.100.20', locale: 'en' }))
          .status,
      )
    }
    expect(states).toEqual(['sent', 'sent', 'sent', 'sent', 'sent', 'limited', 'limited'])
    const other = await submitApplication(payload, application(), {
      ip: '198.51.100.21',
      locale: 'en',
    })
    expect(other.status).toBe('sent')
  })

  it('shares the budget with direct API posts to the collection', async () => {
    for (let i = 0; i < publicFormLimit.limit; i++) {
      await payload.create({
        collection: 'partner-applications',
        data: { company: `API ${i}`, contact: 'Bot', email: 'bot@test.example', status: 'new' },
        overrideAccess: false,
        req: fromIp('198.51.100.30', 'de'),
      })
    }
    const error = await payload
      .create({
        collection: 'messages',
        data: { name: 'x', email: 'x@test.example', subject: 'x', body: 'x' },
        overrideAccess: false,
        req: fromIp('198.51.100.30'),
      })
      .then(() => null)
    // Messages keep their own budget; applications are used up for this address.
    expect(error).toBeNull()
    const state = await submitApplication(payload, application(), {
      ip: '198.51.100.30',
      locale: 'en',
    })
    expect(state.status).toBe('limited')
  })

  it('drops a submission whose honeypot is filled, without telling the bot', async () => {
    const company = `Bot Corp ${unique()}`
    const state = await submitApplication(payload, application({ company, fax: 'spam' }), {
      ip: '198.51.100.40',
      locale: 'en',
    })
    expect(state.status).toBe('sent')
    const { totalDocs } = await payload.count({
      collection: 'partner-applications',
      where: { company: { equals: company } },
    })
    expect(totalDocs).toBe(0)
  })

  it('refuses bad input with a code per field and keeps what was typed', async () => {
    const state = await submitApplication(
      payload,
      application({
        email: 'not-an-email',
        website: 'javascript:alert(1)',
        company: 'X'.repeat(161),
      }),
      { ip: '198.51.100.50', locale: 'en' },
    )
    expect(state.status).toBe('invalid')
    if (state.status !== 'invalid') return
    expect(state.errors).toEqual({
      company: { code: 'tooLong', max: 160 },
      email: { code: 'email' },
      website: { code: 'url' },
    })
    expect(state.values.email).toBe('not-an-email')
  })
})
