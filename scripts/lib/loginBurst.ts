import autocannon from 'autocannon'

export type BurstResult = {
  requests: number
  /** Answers by HTTP status: 401 while the limit allows attempts, 429 once it refuses them. */
  byStatus: Record<string, number>
  errors: number
}

/**
 * Wrong-password sign-ins as fast as `connections` allow, all from one client address (given as
 * X-Forwarded-For, as the proxy in front of the app reports it), for an account that does not
 * exist, so no real account is locked. In its own worker thread, so that the burst's client does
 * not slow the measurement of the reads running beside it.
 */
export async function loginBurst(
  base: string,
  { seconds, connections, ip }: { seconds: number; connections: number; ip: string },
): Promise<BurstResult> {
  const result = await autocannon({
    url: `${base}/api/users/login`,
    method: 'POST',
    connections,
    duration: seconds,
    workers: 1,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({
      email: `load-burst-${Date.now()}@example.invalid`,
      password: 'not-the-password',
    }),
  })
  return {
    requests: result.requests.total,
    byStatus: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]),
    ),
    errors: result.errors,
  }
}
