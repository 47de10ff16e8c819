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
 * A long search makes a long segment (~1,200 characters for 100 Chinese ones): a name for a page
 * kept in memory (lib/cache), which a cache on disk could not store.
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
    const query = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    // Spare bits make several spellings of one query; only the one written here is its page.
    return segmentOfQuery(query) === segment ? query : null
  } catch {
    return null
  }
}
