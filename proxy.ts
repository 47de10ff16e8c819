import type { NextRequest } from 'next/server'

import createMiddleware from 'next-intl/middleware'
import { NextResponse } from 'next/server'

import { isLocale } from './i18n/locales'
import { routing } from './i18n/routing'
import { negotiateLocale } from './lib/negotiateLocale'
import { databaseSuspectedDown } from './lib/outage/databaseOutage'
import { innerRequestHeader, renderOrOutage } from './lib/outage/renderOrOutage'
import { sections } from './lib/urls'

const intl = createMiddleware(routing)

/**
 * Locale routing, and the outage answer while the database is down (lib/outage).
 */
export default function proxy(request: NextRequest) {
  const routed = route(request)
  if (!databaseSuspectedDown() || request.headers.has(innerRequestHeader)) return routed
  return renderOrOutage(request, routed)
}

/**
 * `/`, and a known section without a prefix (`/events`), redirect to the visitor's language; any
 * other first segment (`/xx`, `/wp-admin`) is a 404 in their language rather than a redirect to
 * a page that does not exist.
 */
function route(request: NextRequest): Response {
  const first = request.nextUrl.pathname.split('/')[1] ?? ''
  if (first === '' || isLocale(first) || sections.includes(first)) return intl(request)
  const locale = negotiateLocale(
    request.cookies.get('NEXT_LOCALE')?.value,
    request.headers.get('accept-language'),
  )
  return NextResponse.rewrite(new URL(`/${locale}/not-found`, request.url))
}

export const config = {
  // Payload owns /admin and /api; Next owns /_next; /preview switches staff into draft mode;
  // anything with a dot is a file.
  matcher: ['/((?!api(?:/|$)|admin(?:/|$)|preview(?:/|$)|_next|_vercel|.*\\..*).*)'],
}
