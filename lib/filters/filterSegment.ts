/**
 * How a filtered list's cached page is addressed (lib/filters/filteredLists): the folder the proxy
 * rewrites to, `%5Ffilter` (an escaped underscore, so never a slug), and the segment of the
 * unfiltered first page. Its own module because the language switcher, a client component, reads
 * it without the filter parsers.
 */
export const filterSegmentName = '_filter'
export const noFilters = 'all'

/** The query string a segment stands for (empty for the unfiltered page); null if undecodable. */
export function queryOfSegment(segment: string): string | null {
  try {
    const query = decodeURIComponent(segment)
    return query === noFilters ? '' : query
  } catch {
    return null
  }
}
