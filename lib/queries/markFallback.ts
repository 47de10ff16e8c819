import { defaultLocale, type Locale } from '@/i18n/locales'
import type { DocCollection } from '@/lib/docCollections'

import { getPayload } from '../payload'
import { withListFallback } from '../withFallback'

/** The localized texts a card of each collection shows (components/*Card.tsx). */
export const cardFields: Record<DocCollection, readonly string[]> = {
  articles: ['title', 'excerpt'],
  attractions: ['name', 'summary'],
  events: ['title'],
  businesses: ['name'],
  districts: ['name', 'summary'],
}

/**
 * The documents of a list, each with the fields that fell back to English in this locale, so a
 * card can mark its title and summary `lang="en"`. One more read of just those fields without
 * fallback, for the whole list at once; it runs inside the cached list queries, so a cached page
 * pays nothing for it.
 */
export async function markFallback<T extends { id: number }>(
  collection: DocCollection,
  locale: Locale,
  docs: T[],
  fields: readonly string[] = cardFields[collection],
): Promise<(T & { fallback: string[] })[]> {
  if (locale === defaultLocale || docs.length === 0)
    return docs.map((d) => ({ ...d, fallback: [] }))
  const payload = await getPayload()
  const own = await payload.find({
    collection,
    locale,
    fallbackLocale: false,
    where: { id: { in: docs.map((d) => d.id) } },
    depth: 0,
    limit: docs.length,
    pagination: false,
    select: Object.fromEntries(fields.map((field) => [field, true])),
    overrideAccess: false,
  })
  return withListFallback(docs, own.docs as { id: number }[], fields)
}
