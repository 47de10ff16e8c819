import { sql } from '@payloadcms/db-postgres'

import { getPayload } from './payload'

export async function checkDatabase(timeoutMs = 2000): Promise<{ ok: boolean; latencyMs: number }> {
  const started = Date.now()
  try {
    const payload = await getPayload()
    const db = payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }
    await Promise.race([
      db.drizzle.execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ])
    return { ok: true, latencyMs: Date.now() - started }
  } catch {
    return { ok: false, latencyMs: Date.now() - started }
  }
}
