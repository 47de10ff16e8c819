/**
 * The key that signs sessions. Production refuses to run without a strong one; development and
 * tests get one from the start script (kept in .data/) or the test harness.
 */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET ?? ''
  if (
    env.NODE_ENV === 'production' &&
    env.NEXT_PHASE !== 'phase-production-build' &&
    secret.length < 32
  ) {
    throw new Error('PAYLOAD_SECRET must be set to at least 32 random characters in production.')
  }
  return secret || 'development-only-secret-never-used-in-production'
}
