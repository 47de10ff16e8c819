import type { Locale } from '@/i18n/locales'
import type { DocCollection } from '@/lib/docCollections'

import { populatedList } from '../populatedList'
import { markFallback } from './markFallback'

/** The relationship lists a detail page shows as cards, each with the collection it points to. */
export type CardRelations<T> = Partial<Record<keyof T & string, DocCollection>>

/**
 * A document whose related documents are shown as cards, each one marked (as a list's cards are)
 * with the card fields that fell back to English. One read per related collection, made inside
 * the page's cached query. Ids left unpopulated (documents the visitor may not read) are dropped,
 * as the page would drop them.
 */
export async function markRelatedFallback<T extends object>(
  doc: T,
  locale: Locale,
  relations: CardRelations<T>,
): Promise<T> {
  const lists = await Promise.all(
    (Object.entries(relations) as [string, DocCollection][]).map(async ([field, collection]) => {
      const related = populatedList<{ id: number }>((doc as Record<string, unknown[]>)[field])
      return [field, await markFallback(collection, locale, related)]
    }),
  )
  return { ...doc, ...Object.fromEntries(lists) }
}
