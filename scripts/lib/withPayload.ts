import type { Payload } from 'payload'

/**
 * Boots Payload against `url` for a script (migrate, seed): no job runner, no cache revalidation,
 * and it is shut down afterwards so the script can exit.
 */
export async function withPayload<T>(
  url: string,
  secret: string,
  work: (payload: Payload) => Promise<T>,
): Promise<T> {
  process.env.DATABASE_URL = url
  process.env.PAYLOAD_SECRET = secret
  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  try {
    return await work(payload)
  } finally {
    await payload.destroy()
    // destroy() leaves one pooled client checked out (so pool.end() would wait forever); when the
    // embedded server then stops, that client's 'terminating connection' error is expected.
    ;(payload.db as unknown as { pool?: { on: (e: string, f: () => void) => void } }).pool?.on(
      'error',
      () => {},
    )
  }
}

/**
 * Applies the committed migrations. They are passed in rather than read from the folder: Payload's
 * folder reader re-imports migrations/index.ts, which payload.config.ts already imports, and
 * under tsx that import never settles.
 */
export async function migrate(payload: Payload): Promise<void> {
  const { migrations } = await import('../../migrations')
  // The generated index is typed loosely; its entries are Payload migrations.
  await payload.db.migrate({ migrations: migrations as never })
}
