import type { Where } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'

import { tags } from './cacheTags'
import { cachedQuery } from './cachedQuery'
import { asMedia } from './media'
import { getPayload } from './payload'
import { markFallback } from './queries/markFallback'
import { searchSources as sources, searchTypes, type SearchType } from './searchSources'

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

async function searchType(type: SearchType, query: string, locale: Locale): Promise<SearchHit[]> {
  const source = sources[type]
  const fields = [source.title, source.summary].filter((f): f is string => Boolean(f))
  // `like` matches every word, case-insensitively, anywhere in the text (ILIKE in Postgres), so
  // a two-character Chinese word finds 重庆 inside a longer title. Untranslated documents are
  // shown in English, so English text is searched as well as the visitor's language.
  const where: Where = { or: fields.map((field) => ({ [field]: { like: query } })) }
  const payload = await getPayload()
  const locales = locale === defaultLocale ? [locale] : [locale, defaultLocale]
  const found = await Promise.all(
    locales.map((l) =>
      payload.find({
        collection: type,
        locale: l,
        where,
        depth: 0,
        limit: perType,
        pagination: false,
        select: {
          slug: true,
          [source.title]: true,
          ...(source.summary ? { [source.summary]: true } : {}),
        },
        overrideAccess: false,
      }),
    ),
  )
  const ids = [...new Set(found.flatMap((r) => r.docs.map((d) => d.id as number)))].slice(
    0,
    perType,
  )
  if (ids.length === 0) return []
  // Read the hits once more in the visitor's locale, so every title is in their language.
  const { docs } = await payload.find({
    collection: type,
    locale,
    where: { id: { in: ids } },
    depth: 1,
    limit: perType,
    pagination: false,
    select: {
      slug: true,
      [source.title]: true,
      [source.image]: true,
      ...(source.summary ? { [source.summary]: true } : {}),
      ...(source.date ? { [source.date]: true } : {}),
    },
    overrideAccess: false,
  })
  const marked = await markFallback(type, locale, docs as { id: number }[], fields)
  const byTitleFirst = (doc: Record<string, unknown>) =>
    String(doc[source.title] ?? '')
      .toLowerCase()
      .includes(query.toLowerCase())
      ? 0
      : 1
  return (marked as unknown as (Record<string, unknown> & { fallback: string[] })[])
    .sort((a, b) => byTitleFirst(a) - byTitleFirst(b))
    .map((doc) => {
      const image = doc[source.image]
      return {
        type,
        id: doc.id as number,
        slug: doc.slug as string,
        title: String(doc[source.title] ?? ''),
        summary: source.summary ? (doc[source.summary] as string | null) : null,
        image: asMedia(Array.isArray(image) ? image[0] : image),
        date: source.date ? (doc[source.date] as string | null) : null,
        fallback: doc.fallback.map((field) => (field === source.title ? 'title' : 'summary')),
      }
    })
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
  const results = await Promise.all(types.map((type) => searchType(type, query, locale)))
  return results.flat()
}

/** `searchUncached` through the data cache, cleared when any searched collection changes. */
export const search = cachedQuery('search', searchUncached, {
  tags: () => searchTypes.map((type) => tags.collection(type)),
  revalidate: 3600,
})
