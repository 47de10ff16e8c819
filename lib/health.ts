import { sql } from '@payloadcms/db-postgres'

import { reportDatabaseDown, reportDatabaseUp } from './outage/databaseOutage'
import { getPayload } from './payload'

/** One `select 1`; its answer also sets the process's outage state (lib/outage). */
export async function checkDatabase(timeoutMs = 2000): Promise<{ ok: boolean; latencyMs: number }> {
  const started = Date.now()
  try {
    const payload = await getPayload()
    const db = payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }
    await Promise.race([
      db.drizzle.execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ])
    reportDatabaseUp()
    return { ok: true, latencyMs: Date.now() - started }
  } catch {
    reportDatabaseDown()
    return { ok: false, latencyMs: Date.now() - started }
  }
}
