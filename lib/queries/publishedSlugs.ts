import type { DocCollection } from '@/lib/docCollections'

import { tags } from '../cacheTags'
import { cachedQuery } from '../cachedQuery'
import { getPayload } from '../payload'

/** Slug and last change of every published document of a collection, for the sitemap. */
export const getPublishedSlugs = cachedQuery(
  'slugs',
  async (collection: DocCollection) => {
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection,
      depth: 0,
      limit: 50_000,
      pagination: false,
      select: { slug: true, updatedAt: true },
      overrideAccess: false,
    })
    return docs.map((d) => ({ slug: d.slug as string, updatedAt: d.updatedAt as string }))
  },
  { tags: ([collection]) => [tags.collection(collection)] },
)
