import type { AfterErrorHook } from 'payload'

import { translator } from '@/i18n/translator'

/**
 * SQLSTATEs with which PostgreSQL refuses a value a request put into a query: class 22 (data
 * exceptions: `abc` or `1e99` for an integer id, a negative page, an unknown enum value, a NUL
 * byte), 42883 (an operator the column's type lacks: `like` on a date) and 42804 (a type that
 * does not fit: `limit[]=x`).
 */
const refusedValue = (code: string) => code.startsWith('22') || code === '42883' || code === '42804'

function sqlState(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    e = (e as { cause?: unknown }).cause
  }
  return undefined
}

/** What was thrown: GraphQL wraps what a resolver threw in an error of its own. */
export const thrown = (error: unknown): unknown =>
  (error as { originalError?: unknown } | null | undefined)?.originalError ?? error

/** A value from the request that could not be read or used: the client's mistake, not ours. */
export function isBadValue(error: unknown): boolean {
  const e = thrown(error)
  if (e instanceof SyntaxError || e instanceof URIError) return true
  const code = sqlState(e)
  return code !== undefined && refusedValue(code)
}

/**
 * Payload passes query-string values (ids, paging, `where`) to the database as they come, and
 * answers the database's refusal, or a JSON.parse of a malformed `where`, with a 500. Those are
 * bad requests: answered 400, in the requester's language, without the query in the body (through
 * GraphQL, whose answer is a 200, the error says 400 instead of "Something went wrong.", 500).
 */
export const answerBadValues: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isBadValue(error)) return
  const message = translator(req.i18n?.language, 'requestErrors')('badValue')
  if (graphqlResult) {
    const extensions = { ...graphqlResult.extensions, statusCode: 400 }
    return { graphqlResult: { ...graphqlResult, message, extensions } }
  }
  return { status: 400, response: { errors: [{ message }] } }
}
