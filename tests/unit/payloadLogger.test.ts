import { Writable } from 'node:stream'

import { Forbidden, NotFound, ValidationError } from 'payload'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { isRequestMistake, payloadLogger } from '@/lib/payloadLogger'
import { TooManyRequests } from '@/lib/tooManyRequests'

/** Drizzle wraps the driver's error; the SQLSTATE and PostgreSQL's reason are on its cause. */
const refusedValue = () =>
  Object.assign(new Error('Failed query: select "articles"."id" …\nparams: published,10,-40'), {
    cause: Object.assign(new Error('OFFSET must not be negative'), { code: '2201X' }),
  })

/** Minified as in the production build, where a class is called `o`. */
const minified = <T extends Error>(error: T): T =>
  Object.defineProperty(error, 'name', { value: 'o' })

/** The options Payload gets, on a real pino writing JSON lines to memory instead of the terminal. */
function logger() {
  const lines: { level: number; msg?: string; err?: { stack?: string } }[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(
        ...chunk
          .toString()
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line)),
      )
      done()
    },
  })
  return { log: pino(payloadLogger.options, sink), lines }
}

describe('the Payload logger', () => {
  it("logs a request's mistake as one line at INFO, whatever the build named its class", () => {
    const { log, lines } = logger()
    const forbidden = minified(new Forbidden())
    log.error({ err: forbidden })
    log.error({ err: minified(new NotFound()) })
    log.error({ err: new TooManyRequests('Too many attempts', 60) })
    log.error({ err: refusedValue() })
    expect(lines.map(({ level, msg, err }) => ({ level, msg, stack: err?.stack }))).toEqual([
      { level: 30, msg: `403 ${forbidden.message}`, stack: undefined },
      { level: 30, msg: '404 Not Found', stack: undefined },
      { level: 30, msg: '429 Too many attempts', stack: undefined },
      { level: 30, msg: '400 OFFSET must not be negative', stack: undefined },
    ])
  })

  it('logs anything else at ERROR with its stack, as Payload would', () => {
    const { log, lines } = logger()
    log.error({ err: new TypeError('x is undefined') })
    log.error({ err: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })
    log.error('a plain message')
    expect(lines.map((line) => line.level)).toEqual([50, 50, 50])
    expect(lines[0].err?.stack).toMatch(/TypeError: x is undefined\n\s+at /)
  })

  it('tells a mistake from a failure by status, not by name', () => {
    expect(isRequestMistake(minified(new ValidationError({ errors: [] })))).toBe(true)
    expect(isRequestMistake(Object.assign(new Error('boom'), { status: 500 }))).toBe(false)
    // GraphQL's wrapper around what a resolver threw
    expect(
      isRequestMistake({ message: 'Not Found', originalError: minified(new NotFound()) }),
    ).toBe(true)
    expect(isRequestMistake({ message: 'boom', originalError: new TypeError('boom') })).toBe(false)
    expect(isRequestMistake(undefined)).toBe(false)
    expect(isRequestMistake('a string')).toBe(false)
  })
})
