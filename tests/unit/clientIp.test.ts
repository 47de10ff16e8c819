import { describe, expect, it } from 'vitest'

import { clientIp } from '@/lib/clientIp'

const headers = (h: Record<string, string>) => new Headers(h)

describe('clientIp', () => {
  it('takes the address our proxy appended, never what the client put in front', () => {
    const h = headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' })
    expect(clientIp(h, { TRUST_PROXY: '1' })).toBe('203.0.113.7')
    expect(clientIp(h, { TRUST_PROXY: 'true' })).toBe('203.0.113.7')
  })

  it('counts hops from the right when there are two proxies', () => {
    const h = headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.2' })
    expect(clientIp(h, { TRUST_PROXY: '2' })).toBe('203.0.113.7')
  })

  it('uses X-Real-IP from a trusted proxy that sets only that', () => {
    expect(clientIp(headers({ 'x-real-ip': '198.51.100.4' }), { TRUST_PROXY: '1' })).toBe(
      '198.51.100.4',
    )
    expect(clientIp(headers({ 'x-real-ip': '198.51.100.4' }), {})).toBe('unknown')
  })

  it('without a proxy uses the socket address Next puts in X-Forwarded-For', () => {
    expect(clientIp(headers({ 'x-forwarded-for': '::ffff:192.0.2.1' }), {})).toBe('192.0.2.1')
  })

  it('answers unknown without headers', () => {
    expect(clientIp(undefined, {})).toBe('unknown')
    expect(clientIp(headers({}), { TRUST_PROXY: '1' })).toBe('unknown')
  })
})
