import { defaultLocale, type Locale } from '@/i18n/locales'
import type { DocCollection } from '@/lib/docCollections'

import { getPayload } from '../payload'
import { populatedList } from '../populatedList'
import { withListFallback } from '../withFallback'

/** The localized texts a card of each collection shows (components/*Card.tsx). */
export const cardFields: Record<DocCollection, readonly string[]> = {
  articles: ['title', 'excerpt'],
  attractions: ['name', 'summary'],
  events: ['title', 'address'],
  businesses: ['name'],
  districts: ['name', 'summary'],
}

/** Related documents a card names when the query populated them: a place's district, an
 * event's venue. Their names fall back to English on their own, so they are marked too. */
export const cardNamedRelations: Partial<Record<DocCollection, Record<string, DocCollection>>> = {
  attractions: { district: 'districts' },
  businesses: { district: 'districts' },
  events: { venue: 'attractions' },
}

type Marked<T> = T & { fallback: string[] }

/** The same documents read in this locale without fallback: only the fields asked for. */
async function findOwnTexts(
  collection: DocCollection,
  locale: Locale,
  ids: number[],
  fields: readonly string[],
) {
  const payload = await getPayload()
  const own = await payload.find({
    collection,
    locale,
    fallbackLocale: false,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: Object.fromEntries(fields.map((field) => [field, true])),
    overrideAccess: false,
  })
  return own.docs as { id: number }[]
}

/** The distinct populated documents a relationship field holds across a list, names marked. */
async function markNamed(
  collection: DocCollection,
  locale: Locale,
  values: unknown[],
): Promise<Map<number, Marked<{ id: number }>>> {
  const distinct = [
    ...new Map(populatedList<{ id: number }>(values).map((doc) => [doc.id, doc])).values(),
  ]
  if (distinct.length === 0) return new Map()
  const own = await findOwnTexts(
    collection,
    locale,
    distinct.map((d) => d.id),
    ['name'],
  )
  return new Map(withListFallback(distinct, own, ['name']).map((doc) => [doc.id, doc]))
}

/**
 * The documents of a list, each with the fields that fell back to English in this locale, so a
 * card can mark its title and summary `lang="en"`; a populated district or venue it names gets
 * its own `fallback`. One more read of just those fields without fallback for the whole list at
 * once, and one per named relation; they run inside the cached list queries, so a cached page
 * pays nothing for them.
 */
export async function markFallback<T extends { id: number }>(
  collection: DocCollection,
  locale: Locale,
  docs: T[],
  fields: readonly string[] = cardFields[collection],
): Promise<Marked<T>[]> {
  if (locale === defaultLocale || docs.length === 0)
    return docs.map((d) => ({ ...d, fallback: [] }))
  const relations = Object.entries(cardNamedRelations[collection] ?? {})
  const field = (doc: T, name: string) => (doc as Record<string, unknown>)[name]
  const [own, ...named] = await Promise.all([
    findOwnTexts(
      collection,
      locale,
      docs.map((d) => d.id),
      fields,
    ),
    ...relations.map(([name, related]) =>
      markNamed(
        related,
        locale,
        docs.map((doc) => field(doc, name)),
      ),
    ),
  ])
  const marked = withListFallback(docs, own, fields)
  return marked.map((doc) =>
    relations.reduce((result, [name], i) => {
      const value = field(doc, name)
      if (!value || typeof value !== 'object') return result
      return { ...result, [name]: named[i].get((value as { id: number }).id) ?? value }
    }, doc),
  )
}
