import type { Attraction, Event } from '@/payload-types'

import type { Locale } from '@/i18n/locales'

import { repeatRule } from './eventOccurrences'
import type { IcsEvent } from './ics'
import { absoluteUrl, siteUrl, urls } from './urls'

type EventLike = Pick<
  Event,
  | 'id'
  | 'slug'
  | 'title'
  | 'summary'
  | 'startsAt'
  | 'endsAt'
  | 'allDay'
  | 'recurrence'
  | 'eventStatus'
  | 'venue'
  | 'address'
  | 'location'
  | 'updatedAt'
>

/** An event as an iCalendar entry; the UID stays the same in every language and feed. */
export function eventIcs(event: EventLike, locale: Locale): IcsEvent {
  const venue = event.venue && typeof event.venue === 'object' ? (event.venue as Attraction) : null
  const where = [venue?.name, venue?.address ?? event.address].filter(Boolean).join(', ')
  const location = venue?.location ?? event.location
  return {
    uid: `event-${event.id}@${new URL(siteUrl()).hostname}`,
    title: event.title,
    description: event.summary,
    location: where || null,
    geo:
      location?.lat != null && location.lng != null
        ? { lat: location.lat, lng: location.lng }
        : null,
    url: absoluteUrl(urls.event(event.slug, locale)),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    allDay: event.allDay,
    status: event.eventStatus,
    updatedAt: event.updatedAt,
    // The rule as an RRULE and the extra dates as RDATEs: a calendar app shows every date the site does.
    repeat: repeatRule(event),
    extraStarts: (event.recurrence?.dates ?? []).map(({ date }) => new Date(date).toISOString()),
  }
}
