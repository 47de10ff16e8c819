import { NextResponse, type NextRequest } from 'next/server'

import { isLocale } from '@/i18n/locales'
import {
  filterSegmentName,
  filteredLists,
  searchParamsOf,
  type FilteredSection,
} from '@/lib/filters/filteredLists'

const listPath = /^\/([^/]+)\/([^/]+)\/?$/
const isFilteredSection = (section: string): section is FilteredSection =>
  Object.hasOwn(filteredLists, section)

/**
 * A list page's address (`/en/events?free=1`) rewritten to the cached page of its canonical
 * filters (lib/filters/filteredLists). `routed` is next-intl's answer for the request; a redirect
 * of its own is left alone, and whatever it added (the locale cookie, the Link header, request
 * headers) is kept.
 */
export function filteredListRewrite(request: NextRequest, routed: Response): Response {
  const [, locale = '', section = ''] = listPath.exec(request.nextUrl.pathname) ?? []
  if (!isLocale(locale) || !isFilteredSection(section)) return routed
  if (!routed.headers.has('x-middleware-next')) return routed
  const params = searchParamsOf(request.nextUrl.searchParams)
  const url = request.nextUrl.clone()
  url.pathname = `/${locale}/${section}/${filterSegmentName}/${filteredLists[section].segment(params)}`
  const rewritten = NextResponse.rewrite(url)
  routed.headers.forEach((value, key) => {
    if (key !== 'x-middleware-next') rewritten.headers.append(key, value)
  })
  return rewritten
}

/** The rewrite's target asked for directly: no page links there, so it is not an address. */
export const isFilterPath = (pathname: string) => pathname.split('/')[3] === filterSegmentName
