import type { User } from '@/payload-types'

import type { Locale } from '@/i18n/locales'
import type { DocCollection } from '@/lib/docCollections'

import { tags } from '../cacheTags'
import { cachedQuery } from '../cachedQuery'
import type { WithFallback } from '../withFallback'
import { findDocBySlug } from './findDocBySlug'
import { markRelatedFallback, type ShownRelations } from './markRelatedFallback'

type Config<T> = {
  depth: number
  fallbackFields: readonly string[]
  /** Collections shown inside this page (related cards, venue, organizer): their publishes
   * change what this page shows, so they revalidate it too. */
  embeds: DocCollection[]
  /** Relationships shown as cards or by name; each learns which of its texts fell back. */
  related?: ShownRelations<T>
}

/**
 * A detail-page query: cached per slug and locale for visitors, tagged with the document and the
 * collections it embeds; uncached and draft-aware for a previewing staff member.
 */
export function docQuery<T extends object>(
  collection: DocCollection,
  { depth, fallbackFields, embeds, related }: Config<T>,
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
    if (!found || !related) return found
    return { ...found, doc: await markRelatedFallback(found.doc, locale, related) }
  }
  const cached = cachedQuery(
    `doc:${collection}`,
    (slug: string, locale: Locale) => load(slug, locale),
    { tags: ([slug]) => [tags.doc(collection, slug), ...embeds.map(tags.collection)] },
  )
  return (slug: string, locale: Locale, viewer?: User | null): Promise<WithFallback<T> | null> =>
    viewer ? load(slug, locale, viewer) : cached(slug, locale)
}
