import { ServerResponse } from 'node:http'

import { databaseSuspectedDown, outageRetryAfter } from './databaseOutage'

const patched = Symbol.for('chongqing-portal.serveFailuresAsUnavailable')

/**
 * Answers 503 with `Retry-After`, instead of 500, for whatever fails while the database is down.
 *
 * Next fixes the status of a failed page render at 500, and a page cannot change it. The proxy
 * turns such failures into the outage page (lib/outage/renderOrOutage), but for speed a plain GET
 * of a document or a list skips the proxy (proxy.ts), so a page that was never cached would tell
 * crawlers and caches "broken" rather than "come back in 30 s". Its body stays Next's error page,
 * which explains the outage in the visitor's language. The head is the last moment the status
 * can change, and by then the failed query has reported the outage (lib/cachedQuery).
 */
export function serveFailuresAsUnavailable() {
  const proto = ServerResponse.prototype as ServerResponse & { [patched]?: true }
  if (proto[patched]) return
  const writeHead = proto.writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse
  proto.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status !== 500 || !databaseSuspectedDown()) return writeHead.call(this, status, ...rest)
    this.setHeader('Retry-After', String(outageRetryAfter))
    this.setHeader('Cache-Control', 'no-store')
    // writeHead(status, reason?, headers?): Node's own reason phrase for 503, not "Internal…".
    const headers = typeof rest[0] === 'string' ? rest.slice(1) : rest
    return writeHead.call(this, 503, ...headers)
  } as ServerResponse['writeHead']
  proto[patched] = true
}
