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
 * A page in a language, as the proxy passes it on: a page that reads its query rewritten to a
 * cached page, a list (`/en/events?free=1`) or a search (`/en/search?q=火锅`) to the page of its
 * canonical query (lib/filters/filteredLists); any other page as it was asked for. It sets no
 * cookie: every page is one answer for all visitors, and a shared cache (nginx,
 * deploy/nginx.conf) does not keep an answer that sets one.
 */
export function cachedPageRewrite(request: NextRequest): Response {
  const target = cachedPath(request.nextUrl)
  if (!target) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = target
  return NextResponse.rewrite(url)
}

/** The rewrite's target asked for directly: no page links there, so it is not an address. */
export const isFilterPath = (pathname: string) => pathname.split('/')[3] === filterSegmentName
