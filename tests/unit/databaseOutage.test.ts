import { describe, expect, it } from 'vitest'

import {
  databaseSuspectedDown,
  isDatabaseUnreachable,
  reportDatabaseUp,
  rethrowMarkingOutage,
} from '@/lib/outage/databaseOutage'
import { outageDigest } from '@/lib/outage/outageDigest'
import { requestLocale } from '@/lib/outage/requestLocale'

describe('isDatabaseUnreachable', () => {
  it('recognises connection failures, also when wrapped as a cause', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    })
    expect(isDatabaseUnreachable(refused)).toBe(true)
    expect(isDatabaseUnreachable(new Error('Failed query: select 1', { cause: refused }))).toBe(
      true,
    )
    expect(isDatabaseUnreachable(Object.assign(new Error('terminating'), { code: '57P01' }))).toBe(
      true,
    )
    expect(isDatabaseUnreachable(new Error('timeout exceeded when trying to connect'))).toBe(true)
  })

  it('leaves other errors alone', () => {
    expect(isDatabaseUnreachable(new Error('Cannot read properties of undefined'))).toBe(false)
    // A unique violation is the database answering, not failing to.
    expect(
      isDatabaseUnreachable(Object.assign(new Error('duplicate key'), { code: '23505' })),
    ).toBe(false)
    expect(isDatabaseUnreachable(null)).toBe(false)
    expect(isDatabaseUnreachable('ECONNREFUSED')).toBe(false)
  })
})

describe('rethrowMarkingOutage', () => {
  it('marks an unreachable database for the error page and notes the outage', () => {
    reportDatabaseUp()
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
    const thrown = (() => {
      try {
        rethrowMarkingOutage(new Error('Failed query', { cause: refused }))
      } catch (error) {
        return error as Error & { digest?: string }
      }
    })()
    expect(thrown?.digest).toBe(outageDigest)
    expect(thrown?.message).not.toMatch(/ECONNREFUSED/)
    expect(databaseSuspectedDown()).toBe(true)
    reportDatabaseUp()
  })

  it('rethrows any other error as it was', () => {
    const bug = new TypeError('Cannot read properties of undefined')
    expect(() => rethrowMarkingOutage(bug)).toThrow(bug)
    expect(databaseSuspectedDown()).toBe(false)
  })
})

describe('requestLocale', () => {
  const req = (url: string, headers: Record<string, string> = {}) =>
    new Request(`http://site.test${url}`, { headers })

  it('prefers the URL, then the remembered language, then the browser', () => {
    expect(requestLocale(req('/ar/events', { 'accept-language': 'fr' }))).toBe('ar')
    expect(requestLocale(req('/api/articles', { cookie: 'a=1; NEXT_LOCALE=ja' }))).toBe('ja')
    expect(requestLocale(req('/api/articles', { 'accept-language': 'de-DE,de;q=0.9' }))).toBe('de')
    expect(requestLocale(req('/api/articles'))).toBe('en')
  })
})
