import type { Locale } from '@/i18n/locales'

import { tags } from './cacheTags'
import { cachedQuery } from './cachedQuery'
import { minQueryLength, type SearchFilters } from './filters/searchFilters'
import { asMedia } from './media'
import { findImages, firstUploadId } from './queries/findImages'
import { findSearchHits, type SearchDoc } from './queries/findSearchHits'
import { markFallback } from './queries/markFallback'
import { pageSize } from './queries/pageSize'
import {
  searchedFields,
  searchSources as sources,
  searchTypes,
  type SearchType,
} from './searchSources'

export { searchTypes, type SearchType } from './searchSources'

export type SearchHit = {
  type: SearchType
  id: number
  slug: string
  title: string
  summary?: string | null
  image?: unknown
  /** ISO date shown with events (when) and articles (published). */
  date?: string | null
  /** Which of `title` and `summary` fell back to English. */
  fallback: ('title' | 'summary')[]
}

/**
 * Without a type, the first few hits of each type, each group with a link to the rest: on a phone
 * a broad word ("chongqing") then reaches every type within a few screens, and the page renders
 * a dozen cards, not forty. With a type, its hits a list page at a time.
 */
const perGroup = 3

export type SearchGroup = { type: SearchType; total: number; hits: SearchHit[] }

/**
 * The hits of one type on the page asked for, with the fields that fell back to English; on the
 * page, title matches first.
 */
async function findGroup(type: SearchType, query: string, locale: Locale, page?: number) {
  const source = sources[type]
  const { docs, total } = await findSearchHits(type, query, locale, {
    page: page ?? 1,
    limit: page ? pageSize : perGroup,
  })
  const marked = await markFallback(type, locale, docs, searchedFields(source))
  const lowerQuery = query.toLowerCase()
  const inTitle = (doc: SearchDoc) =>
    String(doc[source.title] ?? '')
      .toLowerCase()
      .includes(lowerQuery)
  return { type, total, docs: marked.sort((a, b) => Number(inTitle(b)) - Number(inTitle(a))) }
}

/**
 * Site search over the four visitor collections, straight from the database: with `type`, one
 * page of that type's hits; without, the first few of each type that has any. Every group counts
 * all its matches. Pages call `search`; this is for measuring the queries (scripts/benchSearch).
 */
export async function searchUncached(
  query: string,
  locale: Locale,
  only?: { type: SearchType; page: number },
): Promise<SearchGroup[]> {
  if (query.length < minQueryLength) return []
  const found = (
    await Promise.all(
      (only ? [only.type] : searchTypes).map((type) => findGroup(type, query, locale, only?.page)),
    )
  ).filter((group) => group.total > 0)
  const imageOf = (type: SearchType, doc: SearchDoc) => firstUploadId(doc[sources[type].image])
  const images = await findImages(
    found.flatMap(({ type, docs }) => docs.map((doc) => imageOf(type, doc))),
    locale,
  )
  return found.map(({ type, total, docs }) => {
    const source = sources[type]
    return {
      type,
      total,
      hits: docs.map((doc) => ({
        type,
        id: doc.id,
        slug: doc.slug as string,
        title: String(doc[source.title] ?? ''),
        summary: source.summary ? (doc[source.summary] as string | null) : null,
        image: asMedia(images.get(imageOf(type, doc) ?? 0)),
        date: source.date?.of(doc) ?? null,
        fallback: doc.fallback.map((field) => (field === source.title ? 'title' : 'summary')),
      })),
    }
  })
}

/** `searchUncached` through the data cache, cleared when any searched collection changes. */
export const search = cachedQuery('search', searchUncached, {
  tags: () => [...searchTypes.map((type) => tags.collection(type)), tags.searchResults],
  revalidate: 3600,
})

/** What the search page shows: the groups, and how many hits and pages of them there are. */
export type SearchResults = { groups: SearchGroup[]; total: number; totalPages: number }

/** The results for the search page's filters: words, and a type and page or none. */
export async function searchResults(
  locale: Locale,
  { q = '', type, page }: SearchFilters,
): Promise<SearchResults> {
  const groups = await search(q, locale, type && { type, page })
  const total = groups.reduce((sum, group) => sum + group.total, 0)
  return { groups, total, totalPages: Math.ceil(total / pageSize) }
}
