import type { Where } from 'payload'

import type { Business } from '@/payload-types'

import type { Locale } from '@/i18n/locales'

import { tags } from '../cacheTags'
import { cachedQuery } from '../cachedQuery'
import { cardSelect } from '../cardSelect'
import type { BusinessFilters } from '../filters/businessFilters'
import { getPayload } from '../payload'
import { docQuery } from './docQuery'
import { markFallback } from './markFallback'
import { pageSize } from './pageSize'

type ListFilters = Omit<BusinessFilters, 'district'> & { districtId?: number }

/** A–Z is by slug, which is made from the Latin name: the same order in every language. */
function letterRange(letter: string): Where {
  const next = String.fromCharCode(letter.charCodeAt(0) + 1)
  return { slug: { greater_than_equal: letter, less_than: next } }
}

export const getBusinessList = cachedQuery(
  'businesses:list',
  async (locale: Locale, filters: ListFilters, limit: number = pageSize) => {
    const and: Where[] = []
    if (filters.sector) and.push({ sector: { equals: filters.sector } })
    if (filters.districtId) and.push({ district: { equals: filters.districtId } })
    if (filters.origin) and.push({ originCountry: { equals: filters.origin } })
    if (filters.letter) and.push(letterRange(filters.letter))
    const payload = await getPayload()
    const result = await payload.find({
      collection: 'businesses',
      locale,
      depth: 1,
      limit,
      page: filters.page,
      sort: 'slug',
      select: cardSelect.businesses,
      where: { and },
      overrideAccess: false,
    })
    return { ...result, docs: await markFallback('businesses', locale, result.docs) }
  },
  { tags: () => [tags.collection('businesses'), tags.collection('districts')] },
)

const distinct = (values: (string | null | undefined)[]) =>
  [...new Set(values.filter((value): value is string => Boolean(value)))].sort()

/**
 * What the directory's filters offer: the investors' countries present, and the letters names
 * start with (their slugs, made from the Latin name), read in one query.
 */
export const getBusinessFacets = cachedQuery(
  'businesses:facets',
  async () => {
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection: 'businesses',
      depth: 0,
      limit: 2000,
      pagination: false,
      select: { originCountry: true, slug: true },
      overrideAccess: false,
    })
    return {
      origins: distinct(docs.map((d) => d.originCountry)),
      initials: distinct(docs.map((d) => d.slug?.[0])),
    }
  },
  { tags: () => [tags.collection('businesses')] },
)

export const getBusiness = docQuery<Business>('businesses', {
  depth: 1,
  fallbackFields: ['name', 'description', 'address'],
  embeds: ['districts'],
  related: { district: 'districts' },
})
