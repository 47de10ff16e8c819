import type { Event } from '@/payload-types'

import type { Locale } from '@/i18n/locales'

import { tags } from '../cacheTags'
import { cachedQuery } from '../cachedQuery'
import type { EventWindow } from '../eventWindow'
import { getPayload } from '../payload'
import { docQuery } from './docQuery'
import { markFallback } from './markFallback'
import { eventWhere } from './eventWhere'
import { pageSize } from './pageSize'

const listSelect = {
  title: true,
  slug: true,
  summary: true,
  images: true,
  category: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  eventStatus: true,
  isFree: true,
  price: true,
  venue: true,
  address: true,
  location: true,
  updatedAt: true,
} as const

export type EventListOptions = {
  window: EventWindow
  category?: string
  districtId?: number
  free?: boolean
  venueId?: number
  organizerId?: number
  excludeId?: number
  page?: number
  limit?: number
}

/** One query behind the calendar, the feed, and the "upcoming at this venue" lists. */
export const getEventList = cachedQuery(
  'events:list',
  async (locale: Locale, { window, page = 1, limit = pageSize, ...extra }: EventListOptions) => {
    const payload = await getPayload()
    const result = await payload.find({
      collection: 'events',
      locale,
      depth: 1,
      limit,
      page,
      sort: window.past ? '-startsAt' : 'startsAt',
      select: listSelect,
      where: eventWhere(window, extra),
      overrideAccess: false,
    })
    return { ...result, docs: await markFallback('events', locale, result.docs) }
  },
  // Lists depend on the clock too: the window key changes hourly, and entries expire anyway.
  { tags: () => [tags.collection('events'), tags.collection('attractions')], revalidate: 3600 },
)

export const getEvent = docQuery<Event>('events', {
  depth: 1,
  fallbackFields: ['title', 'summary', 'description', 'address', 'audience'],
  embeds: ['attractions', 'businesses'],
  related: { venue: 'attractions', organizer: 'businesses' },
})
