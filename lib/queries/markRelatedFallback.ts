import type { Locale } from '@/i18n/locales'
import type { DocCollection } from '@/lib/docCollections'

import { populatedList } from '../populatedList'
import { markFallback } from './markFallback'

/** The relationships a detail page shows (lists as cards, or one document by name, such as an
 * event's venue), each with the collection it points to. */
export type ShownRelations<T> = Partial<Record<keyof T & string, DocCollection>>

/**
 * A document whose related documents are shown, each one marked (as a list's cards are) with the
 * card fields that fell back to English. One read per related collection, made inside the page's
 * cached query. Ids left unpopulated (documents the visitor may not read) are dropped from a list,
 * as the page would drop them, and left as they are in a single relationship.
 */
export async function markRelatedFallback<T extends object>(
  doc: T,
  locale: Locale,
  relations: ShownRelations<T>,
): Promise<T> {
  const marked = await Promise.all(
    (Object.entries(relations) as [string, DocCollection][]).map(async ([field, collection]) => {
      const value = (doc as Record<string, unknown>)[field]
      if (Array.isArray(value))
        return [field, await markFallback(collection, locale, populatedList<{ id: number }>(value))]
      if (!value || typeof value !== 'object') return [field, value]
      const [one] = await markFallback(collection, locale, [value as { id: number }])
      return [field, one]
    }),
  )
  return { ...doc, ...Object.fromEntries(marked) }
}
