import type { Event } from '@/payload-types'

import type { Locale } from '@/i18n/locales'

import { tags } from '../cacheTags'
import { cachedQuery } from '../cachedQuery'
import { cardSelect } from '../cardSelect'
import { eventListAsOf } from '../eventListAsOf'
import type { EventWindow } from '../eventWindow'
import { occurrenceIn } from '../eventOccurrences'
import { getPayload } from '../payload'
import { docQuery } from './docQuery'
import { markFallback } from './markFallback'
import { eventWhere } from './eventWhere'
import { pageSize } from './pageSize'

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

/**
 * One query behind the calendar, the feed, and the "upcoming at this venue" lists. Each event
 * comes with the occurrence the window shows it by.
 */
export async function eventListUncached(
  locale: Locale,
  { window, page = 1, limit = pageSize, ...extra }: EventListOptions,
) {
  const payload = await getPayload()
  const result = await payload.find({
    collection: 'events',
    locale,
    depth: 1,
    limit,
    page,
    // By the occurrence in the window: Payload sorts on the earliest (latest) matching one.
    sort: window.past ? '-occurrences.startsAt' : 'occurrences.startsAt',
    select: cardSelect.events,
    where: eventWhere(window, extra),
    overrideAccess: false,
  })
  const docs = await markFallback('events', locale, result.docs)
  return { ...result, docs: docs.map((doc) => ({ ...doc, occurrence: occurrenceIn(doc, window) })) }
}

const cachedEventList = cachedQuery('events:list', eventListUncached, {
  // Lists depend on the clock too: the window key changes hourly, and entries expire anyway.
  tags: () => [tags.collection('events'), tags.collection('attractions')],
  revalidate: 3600,
})

export const getEventList = async (locale: Locale, options: EventListOptions) =>
  eventListAsOf(await cachedEventList(locale, options), options.window)

export const getEvent = docQuery<Event>('events', {
  depth: 1,
  fallbackFields: ['title', 'summary', 'description', 'address', 'audience'],
  embeds: ['attractions', 'businesses'],
  related: { venue: 'attractions', organizer: 'businesses' },
})
