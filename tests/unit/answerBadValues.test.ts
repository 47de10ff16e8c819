import { describe, expect, it } from 'vitest'

import { isBadValue } from '@/hooks/answerBadValues'

/** Drizzle wraps the driver's error; the SQLSTATE is on its cause. */
const failedQuery = (code: string) =>
  Object.assign(new Error('Failed query: select …'), {
    cause: Object.assign(new Error(), { code }),
  })

describe('isBadValue', () => {
  it("is the database refusing a request's value", () => {
    for (const code of ['22P02', '22003', '2201X', '22021', '42883', '42804'])
      expect(isBadValue(failedQuery(code)), code).toBe(true)
  })

  it('is found inside the error GraphQL wraps it in', () => {
    const wrapped = (originalError: Error) =>
      Object.assign(new Error('OFFSET must not be negative'), { originalError })
    expect(isBadValue(wrapped(failedQuery('2201X')))).toBe(true)
    expect(isBadValue(wrapped(new SyntaxError('Unexpected token')))).toBe(true)
    expect(isBadValue(wrapped(failedQuery('57P01')))).toBe(false)
  })

  it('is a malformed JSON or percent-encoded value', () => {
    expect(isBadValue(new SyntaxError('Unexpected token'))).toBe(true)
    expect(isBadValue(new URIError('URI malformed'))).toBe(true)
  })

  it('is not the database being down, a constraint, or a bug', () => {
    for (const code of ['08006', '57P01', '23505', '42P01', 'ECONNREFUSED'])
      expect(isBadValue(failedQuery(code)), code).toBe(false)
    expect(isBadValue(new TypeError('x is undefined'))).toBe(false)
    expect(isBadValue(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(false)
  })
})
