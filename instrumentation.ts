/**
 * Boots Payload with the server rather than on the first request: migrations (production) run
 * before anyone is served, and the in-process job runner (scheduled publishing) starts even if
 * no page is ever requested. Payload only starts its crons when asked for them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  const { getPayload } = await import('./lib/payload')
  await getPayload()
}
