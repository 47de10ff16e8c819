type HeaderSource = { get(name: string): string | null } | null | undefined

/**
 * The address a request came from, for per-IP rate limits.
 *
 * Used by every per-IP limit (sign-in, partner applications, the contact form). A Web `Request`
 * carries no socket address, but `next start` copies the socket's address into
 * `X-Forwarded-For` when the request arrives without one. So:
 * - Behind a reverse proxy (production: nginx in front of the app), set TRUST_PROXY to the number
 *   of proxies (`1` or `true` for one). The address is then the entry that many places from the
 *   right of X-Forwarded-For: the one our own proxy appended. The left-most entries are whatever
 *   the client sent, so they are never used.
 * - Without TRUST_PROXY the right-most X-Forwarded-For entry is used: Next's socket address for an
 *   honest client, but a client can pre-set the header and pick its own bucket. Per-IP limits are
 *   then best effort, and the account lockout (users: maxLoginAttempts) remains the backstop.
 */
export function clientIp(
  headers: HeaderSource,
  env: Record<string, string | undefined> = process.env,
): string {
  if (!headers) return 'unknown'
  const hops = trustedHops(env.TRUST_PROXY)
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (forwarded.length > 0) {
    const index = Math.max(0, forwarded.length - Math.max(hops, 1))
    return normalize(forwarded[index])
  }
  const real = hops > 0 ? headers.get('x-real-ip')?.trim() : undefined
  return real ? normalize(real) : 'unknown'
}

function trustedHops(value: string | undefined): number {
  if (!value || value === 'false' || value === '0') return 0
  if (value === 'true') return 1
  const n = Number.parseInt(value, 10)
  return Number.isFinite(n) && n > 0 ? n : 0
}

/** IPv4-mapped IPv6 (`::ffff:1.2.3.4`) and the plain IPv4 address are the same client. */
function normalize(ip: string): string {
  return ip.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1').slice(0, 64)
}
