import type { Locale } from '@/i18n/locales'

import { tags } from './cacheTags'
import { cachedQuery } from './cachedQuery'
import { asMedia } from './media'
import { findImages, firstUploadId } from './queries/findImages'
import { findSearchHits, type SearchDoc } from './queries/findSearchHits'
import { markFallback } from './queries/markFallback'
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

/** Queries shorter than this are noise; longer ones are cut (not refused) at the maximum. */
export const minQueryLength = 2
export const maxQueryLength = 100
const perType = 10

export function normaliseQuery(value: string | undefined): string {
  // Control characters are never part of a word, and PostgreSQL refuses a NUL in any text.
  return (value ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxQueryLength)
}

/** The hits of one type with the fields that fell back to English, title matches first. */
async function findMarkedHits(type: SearchType, query: string, locale: Locale) {
  const source = sources[type]
  const docs = await findSearchHits(type, query, locale, perType)
  const marked = await markFallback(type, locale, docs, searchedFields(source))
  const byTitleFirst = (doc: SearchDoc) =>
    String(doc[source.title] ?? '')
      .toLowerCase()
      .includes(query.toLowerCase())
      ? 0
      : 1
  return marked.sort((a, b) => byTitleFirst(a) - byTitleFirst(b))
}

/**
 * Site search over the four visitor collections, at most ten hits of each type, straight from the
 * database. Pages call `search`; this is for measuring the queries (scripts/benchSearch.ts).
 */
export async function searchUncached(
  query: string,
  locale: Locale,
  only?: SearchType,
): Promise<SearchHit[]> {
  if (query.length < minQueryLength) return []
  const types = only ? [only] : [...searchTypes]
  const found = await Promise.all(
    types.map(async (type) => ({ type, docs: await findMarkedHits(type, query, locale) })),
  )
  const imageOf = (type: SearchType, doc: SearchDoc) => firstUploadId(doc[sources[type].image])
  const images = await findImages(
    found.flatMap(({ type, docs }) => docs.map((doc) => imageOf(type, doc))),
    locale,
  )
  return found.flatMap(({ type, docs }) => {
    const source = sources[type]
    return docs.map((doc) => ({
      type,
      id: doc.id,
      slug: doc.slug as string,
      title: String(doc[source.title] ?? ''),
      summary: source.summary ? (doc[source.summary] as string | null) : null,
      image: asMedia(images.get(imageOf(type, doc) ?? 0)),
      date: source.date?.of(doc) ?? null,
      fallback: doc.fallback.map((field) => (field === source.title ? 'title' : 'summary')),
    }))
  })
}

/** `searchUncached` through the data cache, cleared when any searched collection changes. */
export const search = cachedQuery('search', searchUncached, {
  tags: () => searchTypes.map((type) => tags.collection(type)),
  revalidate: 3600,
})
