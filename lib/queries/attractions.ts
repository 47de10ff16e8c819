import type { Where } from 'payload'

import type { Attraction } from '@/payload-types'

import type { Locale } from '@/i18n/locales'

import { tags } from '../cacheTags'
import { cachedQuery } from '../cachedQuery'
import { cardSelect } from '../cardSelect'
import type { AttractionFilters } from '../filters/attractionFilters'
import { getPayload } from '../payload'
import { docQuery } from './docQuery'
import { markFallback } from './markFallback'
import { pageSize } from './pageSize'

type ListFilters = Omit<AttractionFilters, 'district'> & { districtId?: number }

export const getAttractionList = cachedQuery(
  'attractions:list',
  async (locale: Locale, filters: ListFilters, limit: number = pageSize) => {
    const and: Where[] = []
    if (filters.category) and.push({ category: { equals: filters.category } })
    if (filters.districtId) and.push({ district: { equals: filters.districtId } })
    if (filters.free) and.push({ 'admission.isFree': { equals: true } })
    const payload = await getPayload()
    const result = await payload.find({
      collection: 'attractions',
      locale,
      depth: 1,
      limit,
      page: filters.page,
      sort: ['-featured', 'name'],
      select: cardSelect.attractions,
      where: { and },
      overrideAccess: false,
    })
    return { ...result, docs: await markFallback('attractions', locale, result.docs) }
  },
  { tags: () => [tags.collection('attractions'), tags.collection('districts')] },
)

/** How many attractions each category has, for the home page's category tiles. */
export const getAttractionCategoryCounts = cachedQuery(
  'attractions:categories',
  async () => {
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection: 'attractions',
      depth: 0,
      limit: 1000,
      pagination: false,
      select: { category: true },
      overrideAccess: false,
    })
    return docs.reduce<Record<string, number>>((counts, doc) => {
      counts[doc.category] = (counts[doc.category] ?? 0) + 1
      return counts
    }, {})
  },
  { tags: () => [tags.collection('attractions')] },
)

/** Attractions within about 8 km, nearest first (a bounding box, then exact distances). */
export const getNearbyAttractions = cachedQuery(
  'attractions:nearby',
  async (locale: Locale, lat: number, lng: number, excludeId: number, limit: number = 4) => {
    const box = 0.08
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection: 'attractions',
      locale,
      depth: 1,
      limit: 50,
      select: cardSelect.attractions,
      where: {
        and: [
          { id: { not_equals: excludeId } },
          { 'location.lat': { greater_than: lat - box, less_than: lat + box } },
          { 'location.lng': { greater_than: lng - box, less_than: lng + box } },
        ],
      },
      overrideAccess: false,
    })
    const distance = (a: (typeof docs)[number]) =>
      Math.hypot(
        (a.location?.lat ?? 0) - lat,
        ((a.location?.lng ?? 0) - lng) * Math.cos((lat * Math.PI) / 180),
      )
    const nearest = docs.sort((a, b) => distance(a) - distance(b)).slice(0, limit)
    return markFallback('attractions', locale, nearest)
  },
  { tags: () => [tags.collection('attractions')] },
)

export const getAttraction = docQuery<Attraction>('attractions', {
  depth: 1,
  fallbackFields: [
    'name',
    'summary',
    'description',
    'address',
    'openingHours.note',
    'admission.note',
    'accessibility',
    'transport',
  ],
  embeds: ['districts'],
  related: { district: 'districts' },
})
