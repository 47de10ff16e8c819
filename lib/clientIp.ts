/**
 * The visitor's address as the first proxy saw it. Behind the compose reverse proxy that is the
 * first X-Forwarded-For entry; `next start` alone sets it from the socket.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || headers.get('x-real-ip') || 'unknown'
}
