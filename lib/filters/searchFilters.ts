import { searchTypes, type SearchType } from '@/lib/searchSources'

import { oneOfParam, pageParam, param, type SearchParams } from './params'

/**
 * Queries shorter than this are noise; longer ones are cut (not refused) at the maximum. Past
 * lib/filters/params' limit for any parameter, a `q` is a probe and is ignored: an empty search.
 */
export const minQueryLength = 2
export const maxQueryLength = 100

export type SearchFilters = { q?: string; type?: SearchType; page: number }

/**
 * The words as searched: one line, single spaces, at most the maximum. Normalising them again
 * changes nothing, so a search has one canonical query (lib/filters/filteredLists).
 */
export function normaliseQuery(value: string | undefined): string {
  // Control characters are never part of a word, and PostgreSQL refuses a NUL in any text.
  const words = (value ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  // Cut by characters, not UTF-16 units, so a rare Han character or an emoji is never halved.
  return Array.from(words).slice(0, maxQueryLength).join('').trim()
}

/** The search page's query: the words, the type of result it is narrowed to, and the page. */
export function parseSearchFilters(params: SearchParams): SearchFilters {
  const q = normaliseQuery(param(params, 'q')) || undefined
  const type = oneOfParam(params, 'type', searchTypes)
  const page = pageParam(params)
  // A type narrows words and only a type's hits come in pages: without them, the same page.
  if (!q) return { page: 1 }
  return type ? { q, type, page } : { q, page: 1 }
}
