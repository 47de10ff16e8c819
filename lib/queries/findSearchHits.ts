import type { Where } from 'payload'

import { defaultLocale, localeInfo, locales, type Locale } from '@/i18n/locales'

import { getPayload } from '../payload'
import { searchedFields, searchSources, type SearchType } from '../searchSources'

export type SearchDoc = Record<string, unknown> & { id: number; createdAt: string }

export type SearchPage = { docs: SearchDoc[]; total: number }

/**
 * The city's own language. A visitor on any page may paste a name copied from a map, a ticket or
 * a street sign (解放碑, 洪崖洞), and it is written in this language.
 */
const cityLocale: Locale = locales.find((l) => l.script === 'Hans')!.code
const han = /\p{Script=Han}/u
/** Scripts written with Han characters themselves: there a query in them is the page's language. */
const hanScripts = new Set(['Hans', 'Hant', 'Jpan'])

/**
 * The languages whose text a query is matched against, the visitor's first. A query in Han
 * characters on a page in another script was pasted from the city: it is matched in Chinese
 * instead of English, which a Chinese name is seldom part of. Two languages either way: for a
 * short query (no trigrams) each is another pass over every translation.
 */
function searchedLocales(query: string, locale: Locale): Locale[] {
  const pasted = han.test(query) && !hanScripts.has(localeInfo(locale).script)
  return [...new Set([locale, pasted ? cityLocale : defaultLocale])]
}

/**
 * One page of the documents of one type whose title or summary has every word of `query`, in
 * the visitor's language or in English (an untranslated document is shown in English, and a
 * visitor may type a name the way English writes it: "Chongqing" from /ar), or in Chinese for a
 * name pasted in Chinese characters; newest first, read in the visitor's language at depth 0, with
 * how many match in all.
 */
export async function findSearchHits(
  type: SearchType,
  query: string,
  locale: Locale,
  { page, limit }: { page: number; limit: number },
): Promise<SearchPage> {
  const source = searchSources[type]
  const payload = await getPayload()
  // `like` matches every word, case-insensitively, anywhere in the text (ILIKE in Postgres), so a
  // two-character Chinese word finds 重庆 inside a longer title. A plain field searches the text
  // of the locale the find reads in; `title.en` searches the English text.
  const suffixes = searchedLocales(query, locale).map((code) => (code === locale ? '' : `.${code}`))
  const where: Where = {
    or: suffixes.flatMap((suffix) =>
      searchedFields(source).map((field) => ({ [field + suffix]: { like: query } })),
    ),
  }
  const { docs, totalDocs } = await payload.find({
    collection: type,
    locale,
    where,
    depth: 0,
    page,
    limit,
    sort: '-createdAt',
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
  return { docs: docs as unknown as SearchDoc[], total: totalDocs }
}
