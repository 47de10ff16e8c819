import type { District } from '@/payload-types'

import type { Locale } from '@/i18n/locales'

import { tags } from '../cacheTags'
import { cachedQuery } from '../cachedQuery'
import { getPayload } from '../payload'
import { docQuery } from './docQuery'
import { markFallback } from './markFallback'

/** Every published district: few, so filters and the index read them all at once. */
export const getDistricts = cachedQuery(
  'districts:all',
  async (locale: Locale) => {
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection: 'districts',
      locale,
      depth: 1,
      limit: 200,
      pagination: false,
      sort: 'name',
      select: { name: true, slug: true, summary: true, image: true, location: true },
      overrideAccess: false,
    })
    return markFallback('districts', locale, docs)
  },
  { tags: () => [tags.collection('districts')] },
)

/** The published district a list filter names by slug; undefined for none or an unknown one. */
export async function findDistrict(locale: Locale, slug: string | undefined) {
  if (!slug) return undefined
  return (await getDistricts(locale)).find((d) => d.slug === slug)
}

export const getDistrict = docQuery<District>('districts', {
  depth: 1,
  fallbackFields: ['name', 'summary'],
  embeds: [],
})
