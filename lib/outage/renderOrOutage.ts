import http from 'node:http'
import { Readable } from 'node:stream'

import type { NextRequest } from 'next/server'

import { selfOrigin } from '@/lib/selfOrigin'

import { probeDue } from './databaseOutage'
import { outagePage } from './outageResponse'
import { requestLocale } from './requestLocale'

/** Marks the proxy's own inner request, which must take the ordinary path. */
export const innerRequestHeader = 'x-portal-outage-check'

const hopByHop = [
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-encoding',
  'content-length',
]

/**
 * While the database is suspected down, the proxy renders a page through a request to this same
 * server and looks at the answer: a page served from cache (or any answer under 500) goes out as
 * it is, a failed render becomes the localized 503. Next fixes the status of a failed render at
 * 500 with no way to change it from inside the page, so the decision has to be made out here.
 */
export async function renderOrOutage(request: NextRequest, routed: Response): Promise<Response> {
  const readOnly = request.method === 'GET' || request.method === 'HEAD'
  if (!readOnly || (routed.status >= 300 && routed.status < 400)) return routed
  // The health route clears the suspicion once the database answers again.
  if (probeDue())
    askSelf('/api/health').then(
      (res) => res.resume(),
      () => {},
    )

  try {
    const { pathname, search } = request.nextUrl
    const inner = await askSelf(`${pathname}${search}`, request)
    if (inner.statusCode && inner.statusCode < 500) {
      const headers = new Headers()
      for (const [name, value] of Object.entries(inner.headers)) {
        // The inner request's own proxy headers stay behind too: Next would take its
        // `x-middleware-rewrite` (a filtered list's, a search's) as this proxy's, and fail on it.
        if (value === undefined || hopByHop.includes(name) || name.startsWith('x-middleware-'))
          continue
        for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
      }
      const body = Readable.toWeb(inner) as ReadableStream<Uint8Array>
      return new Response(request.method === 'HEAD' ? null : body, {
        status: inner.statusCode,
        headers,
      })
    }
    inner.destroy()
  } catch {
    // The server could not even be asked; the visitor still gets the explanation.
  }
  return outagePage(requestLocale(request))
}

/**
 * A request to this server over loopback, marked as inner, with the visitor's headers when given.
 * Plain node:http rather than fetch: inside the proxy, fetch is Next's patched one, and after a
 * failed inner render it left the following requests hanging.
 */
function askSelf(path: string, like?: NextRequest): Promise<http.IncomingMessage> {
  const headers: Record<string, string> = {}
  like?.headers.forEach((value, name) => {
    if (name !== 'host' && !hopByHop.includes(name)) headers[name] = value
  })
  headers[innerRequestHeader] = '1'
  headers['accept-encoding'] = 'identity'
  return new Promise((resolve, reject) => {
    const req = http.request(`${selfOrigin()}${path}`, {
      method: like?.method ?? 'GET',
      headers,
      timeout: 30_000,
    })
    req.once('response', resolve)
    req.once('timeout', () => req.destroy(new Error('inner request timed out')))
    req.once('error', reject)
    req.end()
  })
}
