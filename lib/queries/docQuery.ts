import type { User } from '@/payload-types'

import type { Locale } from '@/i18n/locales'
import type { DocCollection } from '@/lib/docCollections'

import { tags } from '../cacheTags'
import { cachedQuery } from '../cachedQuery'
import type { WithFallback } from '../withFallback'
import { findDocBySlug } from './findDocBySlug'

type Config = {
  depth: number
  fallbackFields: readonly string[]
  /** Collections shown inside this page (related cards, venue, organizer): their publishes
   * change what this page shows, so they revalidate it too. */
  embeds: DocCollection[]
}

/**
 * A detail-page query: cached per slug and locale for visitors, tagged with the document and the
 * collections it embeds; uncached and draft-aware for a previewing staff member.
 */
export function docQuery<T>(collection: DocCollection, { depth, fallbackFields, embeds }: Config) {
  const cached = cachedQuery(
    `doc:${collection}`,
    (slug: string, locale: Locale) =>
      findDocBySlug<T>(collection, slug, locale, { depth, fallbackFields }),
    { tags: ([slug]) => [tags.doc(collection, slug), ...embeds.map(tags.collection)] },
  )
  return (slug: string, locale: Locale, viewer?: User | null): Promise<WithFallback<T> | null> =>
    viewer
      ? findDocBySlug<T>(collection, slug, locale, { depth, fallbackFields, viewer })
      : cached(slug, locale)
}
