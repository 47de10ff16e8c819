import { NextResponse, type NextRequest } from 'next/server'

import { isLocale } from '@/i18n/locales'
import { noFilters } from '@/lib/filters/filterSegment'
import {
  filterSegmentName,
  filteredLists,
  searchParamsOf,
  type FilteredSection,
} from '@/lib/filters/filteredLists'

const sectionPath = /^\/([^/]+)\/([^/]+)\/?$/
const isFilteredSection = (section: string): section is FilteredSection =>
  Object.hasOwn(filteredLists, section)

/** The cached page that answers this address, if there is one. */
function cachedPath({ pathname, searchParams }: URL): string | null {
  const [, locale = '', section = ''] = sectionPath.exec(pathname) ?? []
  if (!isLocale(locale) || !isFilteredSection(section)) return null
  const segment = filteredLists[section].segment(searchParamsOf(searchParams))
  // No filter worth keeping (`?page=1`, `?utm_source=…`): the bare address is the cached page.
  if (segment === noFilters) return null
  return `/${locale}/${section}/${filterSegmentName}/${segment}`
}

/**
 * A page that reads its query, rewritten to a cached page: a list (`/en/events?free=1`) or a
 * search (`/en/search?q=火锅`) to the page of its canonical query (lib/filters/filteredLists).
 * `routed` is next-intl's answer for the request; a redirect of its own is left alone, and
 * whatever it added (the Link header, request headers) is kept, but not the locale cookie it sets
 * when the page's language is not the browser's: every page is one answer for all visitors, and
 * a shared cache (nginx, deploy/nginx.conf) does not keep an answer that sets a cookie. The
 * language switcher remembers a choice itself.
 */
export function cachedPageRewrite(request: NextRequest, routed: Response): Response {
  if (!routed.headers.has('x-middleware-next')) return routed
  routed.headers.delete('set-cookie')
  const target = cachedPath(request.nextUrl)
  if (!target) return routed
  const url = request.nextUrl.clone()
  url.pathname = target
  const rewritten = NextResponse.rewrite(url)
  routed.headers.forEach((value, key) => {
    if (key !== 'x-middleware-next') rewritten.headers.append(key, value)
  })
  return rewritten
}

/** The rewrite's target asked for directly: no page links there, so it is not an address. */
export const isFilterPath = (pathname: string) => pathname.split('/')[3] === filterSegmentName
