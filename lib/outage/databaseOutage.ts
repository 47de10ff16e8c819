import { outageDigest } from './outageDigest'

/** Seconds a client should wait before retrying; the database usually restarts within this. */
export const outageRetryAfter = 30

/**
 * Whether the database is believed to be down, shared by every bundle in this process (the proxy,
 * the app routes and instrumentation are bundled apart, so a module variable would not be).
 * The state only chooses how failures are answered: while it is set, the proxy renders each page
 * through an inner request whose failure becomes a friendly 503, and any other 500 is sent as a
 * 503 (serveFailuresAsUnavailable). A wrong "down" costs speed, never pages.
 */
type State = { downSince: number | null; lastProbe: number }

const key = Symbol.for('chongqing-portal.databaseOutage')
const store = globalThis as unknown as Record<symbol, State | undefined>
const state: State = (store[key] ??= { downSince: null, lastProbe: 0 })

export function reportDatabaseDown(): void {
  state.downSince ??= Date.now()
}

export function reportDatabaseUp(): void {
  state.downSince = null
}

export function databaseSuspectedDown(): boolean {
  return state.downSince !== null
}

/** At most one probe every `intervalMs` while the database is suspected down. */
export function probeDue(intervalMs = 2000): boolean {
  const now = Date.now()
  if (now - state.lastProbe < intervalMs) return false
  state.lastProbe = now
  return true
}

// node-postgres socket errors, and PostgreSQL's connection-exception, operator-intervention and
// insufficient-resources classes (08xxx, 57Pxx, 53xxx).
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
])
const connectionMessage =
  /connection terminated|timeout exceeded when trying to connect|cannot connect to postgres|client has encountered a connection error|the database system is (starting up|shutting down)/i

/** Whether an error (or any error in its `cause` chain) means the database cannot be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    if (typeof e !== 'object') return false
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string' && (networkCodes.has(code) || /^(08|57P|53)/.test(code)))
      return true
    if (typeof message === 'string' && connectionMessage.test(message)) return true
    e = cause
  }
  return false
}

/** Rethrows a query's failure, marked with `outageDigest` when the database could not be reached. */
export function rethrowMarkingOutage(error: unknown): never {
  if (!isDatabaseUnreachable(error)) throw error
  reportDatabaseDown()
  throw Object.assign(new Error('The database could not be reached.', { cause: error }), {
    digest: outageDigest,
  })
}
