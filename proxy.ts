import type { NextRequest } from 'next/server'

import createMiddleware from 'next-intl/middleware'
import { NextResponse } from 'next/server'

import { isLocale, localeCookie, type Locale } from './i18n/locales'
import { routing } from './i18n/routing'
import { negotiateLocale } from './lib/negotiateLocale'
import { databaseSuspectedDown } from './lib/outage/databaseOutage'
import { innerRequestHeader, renderOrOutage } from './lib/outage/renderOrOutage'
import { actionPostProblem } from './lib/requests/actionPostProblem'
import { cachedPageRewrite, isFilterPath } from './lib/requests/cachedPageRewrite'
import { pathProblem } from './lib/requests/pathProblem'
import { refusalPage, unroutablePage } from './lib/requests/refusalPage'
import { isBeyondPages, sections } from './lib/urls'

const intl = createMiddleware(routing)

/** Payload's, Next's and the preview's paths, and files: everything but the visitor's pages. */
const notVisitorPage = /^\/(?:(?:api|admin|preview)(?:\/|$)|_next|_vercel)|\.[^/]*$/

/** Rewritten to one cached 404 page per language (app/(frontend)/[locale]/%5Fmissing). */
const notFound = (request: NextRequest, locale: Locale) =>
  NextResponse.rewrite(new URL(`/${locale}/_missing`, request.url))

/**
 * Locale routing (with filtered lists and searches rewritten to cached pages), and
 * while the database is down, the outage answer for visitor pages (lib/outage).
 */
export default async function proxy(request: NextRequest) {
  const routed = await route(request)
  const quiet = !databaseSuspectedDown() || request.headers.has(innerRequestHeader)
  if (quiet || notVisitorPage.test(request.nextUrl.pathname)) return routed
  return renderOrOutage(request, routed)
}

/**
 * `/`, and a known section without a prefix (`/events`), redirect to the visitor's language; any
 * other first segment (`/xx`, `/wp-admin`), an unknown section (`/en/xx`) or a path deeper than
 * its pages (`/en/news/a/b`) is a 404 in their language rather than a redirect to a page that
 * does not exist.
 *
 * Before that, it answers requests Next itself would answer with a 500: a path with a broken
 * %-escape or a segment too long to cache (anywhere), and a form post it cannot take.
 */
async function route(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl
  const [first = '', ...below] = pathname.split('/').filter(Boolean)
  const locale = isLocale(first)
    ? first
    : negotiateLocale(
        request.cookies.get(localeCookie.name)?.value,
        request.headers.get('accept-language'),
      )
  const isApi = /^\/api(?:\/|$)/.test(pathname)
  const problem = pathProblem(pathname)
  if (problem === 'undecodable' && isApi) {
    return Response.json(
      { errors: [{ message: 'The path is not valid percent-encoding.' }] },
      { status: 400 },
    )
  }
  // A long segment under /api is Payload's to answer (a 400 or 404); anywhere else, Next would
  // try to cache the answer under that name.
  if (problem && !isApi) return unroutablePage(locale)
  if (notVisitorPage.test(pathname)) return NextResponse.next()

  if (request.method === 'POST') {
    const refused = await actionPostProblem(request)
    if (refused) return refusalPage(locale, refused)
  }
  if (isFilterPath(pathname)) return notFound(request, locale)
  if (isLocale(first) && below.length > 0 && isBeyondPages(below)) return notFound(request, locale)
  // A page in a language needs nothing of next-intl: each page takes its language from the path,
  // and next-intl would set a locale cookie when it is not the browser's (cachedPageRewrite).
  if (isLocale(first)) return cachedPageRewrite(request)
  if (first === '' || sections.includes(first)) return intl(request)
  return notFound(request, locale)
}

/**
 * Next applies the matcher before it runs the proxy, for a fraction of the proxy's cost (most of
 * it Next's own adapter: without it a cached article serves ~1.6× the requests a second). So a
 * plain GET of the home page, a section's first page (`/<locale>/<section>`) or a document
 * (`/<locale>/<section>/<slug>`) skips it: the page answers by itself, from the cache, and there
 * is nothing to rewrite, redirect or refuse. A list with a filter in its query (any name a list's
 * filters read) still goes through it, to be rewritten to its cached page. Next reads this object
 * without running the file, so names are written out here; tests/unit/proxyMatcher.test.ts holds
 * them to i18n/locales and to what lib/filters reads.
 */
export const config = {
  matcher: [
    // Payload owns /admin and /api; Next owns /_next; /preview switches staff into draft mode; a
    // last segment with a dot is a file; and the pages above.
    '/((?!api(?:/|$)|admin(?:/|$)|preview(?:/|$)|_next|_vercel|.*\\.[^/]*$|(?:en|zh|ja|ko|fr|de|es|ru|ar)(?:/(?:news|attractions|events|businesses|districts)(?:/[a-z0-9][a-z0-9-]{0,79})?)?$).*)',
    // Anywhere, addresses Next fails on before a page or route sees them.
    '/(.*%.*)',
    '/(.*[^/]{201}.*)',
    // Those pages too when the request has a body: a form post the proxy may have to refuse.
    {
      source:
        '/((?:en|zh|ja|ko|fr|de|es|ru|ar)(?:/(?:news|attractions|events|businesses|districts)(?:/[a-z0-9][a-z0-9-]{0,79})?)?)',
      has: [{ type: 'header', key: 'content-type' }],
    },
    {
      source:
        '/((?:en|zh|ja|ko|fr|de|es|ru|ar)(?:/(?:news|attractions|events|businesses|districts)(?:/[a-z0-9][a-z0-9-]{0,79})?)?)',
      has: [{ type: 'header', key: 'content-length' }],
    },
    {
      source:
        '/((?:en|zh|ja|ko|fr|de|es|ru|ar)(?:/(?:news|attractions|events|businesses|districts)(?:/[a-z0-9][a-z0-9-]{0,79})?)?)',
      has: [{ type: 'header', key: 'transfer-encoding' }],
    },
    // A list with a filter.
    {
      source: '/((?:en|zh|ja|ko|fr|de|es|ru|ar)/(?:news|attractions|events|businesses))',
      has: [{ type: 'query', key: 'category' }],
    },
    {
      source: '/((?:en|zh|ja|ko|fr|de|es|ru|ar)/(?:news|attractions|events|businesses))',
      has: [{ type: 'query', key: 'district' }],
    },
    {
      source: '/((?:en|zh|ja|ko|fr|de|es|ru|ar)/(?:news|attractions|events|businesses))',
      has: [{ type: 'query', key: 'free' }],
    },
    {
      source: '/((?:en|zh|ja|ko|fr|de|es|ru|ar)/(?:news|attractions|events|businesses))',
      has: [{ type: 'query', key: 'page' }],
    },
    {
      source: '/((?:en|zh|ja|ko|fr|de|es|ru|ar)/(?:news|attractions|events|businesses))',
      has: [{ type: 'query', key: 'when' }],
    },
    {
      source: '/((?:en|zh|ja|ko|fr|de|es|ru|ar)/(?:news|attractions|events|businesses))',
      has: [{ type: 'query', key: 'from' }],
    },
    {
      source: '/((?:en|zh|ja|ko|fr|de|es|ru|ar)/(?:news|attractions|events|businesses))',
      has: [{ type: 'query', key: 'to' }],
    },
    {
      source: '/((?:en|zh|ja|ko|fr|de|es|ru|ar)/(?:news|attractions|events|businesses))',
      has: [{ type: 'query', key: 'sector' }],
    },
    {
      source: '/((?:en|zh|ja|ko|fr|de|es|ru|ar)/(?:news|attractions|events|businesses))',
      has: [{ type: 'query', key: 'origin' }],
    },
    {
      source: '/((?:en|zh|ja|ko|fr|de|es|ru|ar)/(?:news|attractions|events|businesses))',
      has: [{ type: 'query', key: 'letter' }],
    },
  ],
}
