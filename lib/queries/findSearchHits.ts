import type { Where } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'

import { getPayload } from '../payload'
import { searchedFields, searchSources, type SearchType } from '../searchSources'

export type SearchDoc = Record<string, unknown> & { id: number; createdAt: string }

/**
 * At most `limit` documents of one type whose title or summary has every word of `query`, newest
 * first, read in the visitor's locale (English where a field is untranslated) at depth 0.
 * Matches in the visitor's language come first; untranslated documents are shown in English, so
 * English text fills what is left, and is not searched when the visitor's language fills it.
 */
export async function findSearchHits(
  type: SearchType,
  query: string,
  locale: Locale,
  limit: number,
): Promise<SearchDoc[]> {
  const source = searchSources[type]
  const payload = await getPayload()
  // `like` matches every word, case-insensitively, anywhere in the text (ILIKE in Postgres), so
  // a two-character Chinese word finds 重庆 inside a longer title. It searches the text of the
  // locale the find reads in.
  const matching: Where = {
    or: searchedFields(source).map((field) => ({ [field]: { like: query } })),
  }
  const read = async (where: Where, count: number) =>
    (
      await payload.find({
        collection: type,
        locale,
        where,
        depth: 0,
        limit: count,
        pagination: false,
        select: {
          slug: true,
          createdAt: true,
          [source.title]: true,
          [source.image]: true,
          ...(source.summary ? { [source.summary]: true } : {}),
          ...Object.fromEntries((source.date?.fields ?? []).map((field) => [field, true])),
        },
        overrideAccess: false,
      })
    ).docs as unknown as SearchDoc[]
  const own = await read(matching, limit)
  if (locale === defaultLocale || own.length === limit) return own
  // A `where` reads one locale's text, so English matches are found in English first.
  const { docs: english } = await payload.find({
    collection: type,
    locale: defaultLocale,
    where: own.length ? { and: [matching, { id: { not_in: own.map((d) => d.id) } }] } : matching,
    depth: 0,
    limit: limit - own.length,
    pagination: false,
    select: { createdAt: true },
    overrideAccess: false,
  })
  if (english.length === 0) return own
  const more = await read({ id: { in: english.map((d) => d.id) } }, english.length)
  return [...own, ...more].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
}
