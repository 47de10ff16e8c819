import { type Config, defaultLoggerOptions } from 'payload'

import { isBadValue, thrown } from '@/hooks/answerBadValues'

type LoggerConfig = Extract<NonNullable<Config['logger']>, { options: unknown }>

/** pino's number for `error`; only `fatal` is above it. */
const ERROR = 50

/**
 * A request's own mistake: an error Payload answers with a 4xx (a permission refused, an unknown
 * id, a field that does not validate, a query on a path that cannot be queried, a rate limit), or
 * a value the database refused, which hooks/answerBadValues answers with a 400.
 */
export function isRequestMistake(error: unknown): boolean {
  if (isBadValue(error)) return true
  const status = (thrown(error) as { status?: unknown } | null | undefined)?.status
  return typeof status === 'number' && status >= 400 && status < 500
}

/** One line: the status and the first line of the reason (the database's, for a refused value). */
function summary(error: unknown): string {
  const e = thrown(error) as { status?: number; message?: unknown; cause?: { message?: unknown } }
  const reason = isBadValue(e) && e.cause?.message ? e.cause.message : e.message
  return `${e.status ?? 400} ${String(reason).split('\n')[0].slice(0, 200)}`
}

/**
 * Payload logs each error a request meets at ERROR, with its stack (and for a refused value the
 * whole SQL), unless `loggingLevels` names its class; and it reads the name from the class, which
 * the production build minifies (its Forbidden is class `o`). So every 403, 404, invalid field or
 * bad query string was ~20 lines at ERROR, thousands of them in the bad-input tests, where an
 * operator looks for what broke. A request's mistake is one line at INFO instead, whatever the
 * build calls its class; anything else is logged as Payload logs it, to Payload's own output.
 */
export const payloadLogger: LoggerConfig = {
  destination: defaultLoggerOptions,
  options: {
    hooks: {
      logMethod(args, method, level) {
        const err = (args[0] as { err?: unknown } | null | undefined)?.err
        if (level >= ERROR && isRequestMistake(err)) return this.info(summary(err))
        return method.apply(this, args)
      },
    },
  },
}
