import type { Payload } from 'payload'

import { isDatabaseUnreachable, reportDatabaseDown } from './databaseOutage'

/**
 * When PostgreSQL stops, it closes the pool's idle connections and node-postgres emits `error`
 * on the pool; with no listener that event would crash the server. Listening also lets the site
 * switch to its outage answers before any visitor meets a failed page.
 */
export function watchDatabasePool(payload: Payload): void {
  const pool = (payload.db as { pool?: { on: (event: 'error', fn: (e: unknown) => void) => void } })
    .pool
  pool?.on('error', (error) => {
    if (isDatabaseUnreachable(error)) reportDatabaseDown()
    payload.logger.warn(`database connection lost: ${String(error)}`)
  })
}
