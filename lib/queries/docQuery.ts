import type { User } from '@/payload-types'

import type { Locale } from '@/i18n/locales'
import type { DocCollection } from '@/lib/docCollections'

import { tags } from '../cacheTags'
import { cachedQuery } from '../cachedQuery'
import type { WithFallback } from '../withFallback'
import { findDocBySlug } from './findDocBySlug'
import { markRelatedFallback, type CardRelations } from './markRelatedFallback'

type Config<T> = {
  depth: number
  fallbackFields: readonly string[]
  /** Collections shown inside this page (related cards, venue, organizer): their publishes
   * change what this page shows, so they revalidate it too. */
  embeds: DocCollection[]
  /** Relationship lists shown as cards; each card learns which of its texts fell back. */
  cards?: CardRelations<T>
}

/**
 * A detail-page query: cached per slug and locale for visitors, tagged with the document and the
 * collections it embeds; uncached and draft-aware for a previewing staff member.
 */
export function docQuery<T extends object>(
  collection: DocCollection,
  { depth, fallbackFields, embeds, cards }: Config<T>,
) {
  const load = async (
    slug: string,
    locale: Locale,
    viewer?: User | null,
  ): Promise<WithFallback<T> | null> => {
    const found = await findDocBySlug<T>(collection, slug, locale, {
      depth,
      fallbackFields,
      viewer,
    })
    if (!found || !cards) return found
    return { ...found, doc: await markRelatedFallback(found.doc, locale, cards) }
  }
  const cached = cachedQuery(
    `doc:${collection}`,
    (slug: string, locale: Locale) => load(slug, locale),
    { tags: ([slug]) => [tags.doc(collection, slug), ...embeds.map(tags.collection)] },
  )
  return (slug: string, locale: Locale, viewer?: User | null): Promise<WithFallback<T> | null> =>
    viewer ? load(slug, locale, viewer) : cached(slug, locale)
}
