/**
 * How a filtered list's cached page is addressed (lib/filters/filteredLists): the folder the proxy
 * rewrites to, `%5Ffilter` (an escaped underscore, so never a slug), and the segment that carries
 * the canonical query. Its own module because the language switcher, a client component, reads
 * it without the filter parsers.
 */
export const filterSegmentName = '_filter'
export const noFilters = 'all'

const base64url = /^[A-Za-z0-9_-]+$/

/**
 * The segment for a canonical query string: base64url of its UTF-8, which no layer between the
 * proxy's rewrite and the page escapes or unescapes, whatever a search word holds (`%`, `/`, 重庆).
 */
export function segmentOfQuery(query: string): string {
  if (!query) return noFilters
  const binary = String.fromCharCode(...new TextEncoder().encode(query))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The query string a segment stands for (empty for the unfiltered page); null if undecodable. */
export function queryOfSegment(segment: string): string | null {
  if (segment === noFilters) return ''
  if (!base64url.test(segment)) return null
  try {
    const binary = atob(segment.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}
