/**
 * The sign-in limit under a burst, against the production server (started with TRUST_PROXY=1,
 * so X-Forwarded-For names the client as a proxy in front of it would).
 */
import { describe, expect, it } from 'vitest'

import { baseUrl } from '../helpers/browser'

const login = (ip: string, password: string, lang = 'en') =>
  fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': ip,
      'accept-language': lang,
    },
    body: JSON.stringify({ email: 'editor@example.com', password }),
  })

describe('sign-in rate limit', () => {
  it('20 failed sign-ins from one address in a burst: 5 get 401, the rest 429', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => login('203.0.113.50', 'wrong-password', 'zh-CN,zh;q=0.9')),
    )
    const statuses = responses.map((r) => r.status).sort()
    expect(statuses.filter((s) => s === 401)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(15)

    const limited = responses.find((r) => r.status === 429)!
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    const body = (await limited.json()) as { errors: { message: string }[] }
    // In the language the request asked for.
    expect(body.errors[0].message).toMatch(/登录失败次数过多.*分钟/)
  })

  it('keeps refusing that address, even with the right password', async () => {
    expect((await login('203.0.113.50', process.env.SEED_PASSWORD!)).status).toBe(429)
  })

  it('lets the right password in from another address (the account is not locked)', async () => {
    const res = await login('203.0.113.51', process.env.SEED_PASSWORD!)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { token?: string }).token).toBeTruthy()
  })

  it('applies to the GraphQL sign-in too', async () => {
    const res = await fetch(`${baseUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.50' },
      body: JSON.stringify({
        query: `mutation { loginUser(email: "editor@example.com", password: "x") { token } }`,
      }),
    })
    const body = (await res.json()) as { errors?: { message: string }[] }
    expect(body.errors?.[0].message).toMatch(/Too many failed sign-in attempts/)
  })
})
