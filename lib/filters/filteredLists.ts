import { withQuery, type QueryValue } from '@/lib/urls'

export { filterSegmentName } from './filterSegment'

import { parseArticleFilters } from './articleFilters'
import { parseAttractionFilters } from './attractionFilters'
import { parseBusinessFilters } from './businessFilters'
import { eventQuery, parseEventFilters } from './eventFilters'
import { segmentOfQuery } from './filterSegment'
import { parseSearchFilters } from './searchFilters'
import type { SearchParams } from './params'

/**
 * The list pages whose filters and paging live in the query string, search included. A page that
 * reads the query string renders on every request, so the proxy turns each visitor's query into
 * its canonical form and rewrites to a path that carries it (`/en/events?free=1&category=expo` →
 * `/en/events/_filter/<category=expo&free=1 in base64url>`). Each distinct combination is then
 * rendered once, cached like any other page (in memory, least recently used out first:
 * next.config.mjs) and revalidated by tag on publish, while the address the visitor shares stays
 * the query-string one.
 */
export type FilteredList<F> = {
  /**
   * The segment for what a visitor asked: its canonical query (known filters only, sorted, no
   * defaults) in `segmentOfQuery`'s encoding.
   */
  segment: (params: SearchParams) => string
  /**
   * The filters a segment's query (`queryOfSegment`) names, or null when it is not canonical: only
   * the proxy's rewrite leads here, so anything else was typed by hand and would only fill the
   * cache with copies.
   */
  filtersOf: (search: string) => F | null
}

/**
 * A list from how it reads its filters and how it writes them back as query parameters
 * (`withQuery` leaves out the defaults).
 */
function filteredList<F extends object>(
  parse: (params: SearchParams) => F,
  query: (filters: F) => Record<string, QueryValue> = (f) => f as Record<string, QueryValue>,
): FilteredList<F> {
  const canonical = (params: SearchParams) => {
    const entries = Object.entries(query(parse(params))).sort(([a], [b]) => a.localeCompare(b))
    return withQuery('', Object.fromEntries(entries)).slice(1)
  }
  return {
    segment: (params) => segmentOfQuery(canonical(params)),
    filtersOf: (search) => {
      const params = searchParamsOf(new URLSearchParams(search))
      return canonical(params) === search ? parse(params) : null
    },
  }
}

export const filteredLists = {
  news: filteredList(parseArticleFilters),
  attractions: filteredList(parseAttractionFilters),
  events: filteredList(parseEventFilters, eventQuery),
  businesses: filteredList(parseBusinessFilters),
  search: filteredList(parseSearchFilters),
}

export type FilteredSection = keyof typeof filteredLists

/** A query string as Next hands it to a page: the first value of each name. */
export function searchParamsOf(query: URLSearchParams): SearchParams {
  const params: SearchParams = {}
  for (const [name, value] of query) params[name] ??= value
  return params
}
