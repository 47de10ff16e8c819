import type { Where } from 'payload'

import type { EventWindow } from '../eventWindow'

type Extra = {
  category?: string
  districtId?: number
  free?: boolean
  venueId?: number
  organizerId?: number
  excludeId?: number
}

/**
 * Events overlapping a window: starting before its end and ending after its start (an event
 * without an end is a moment at its start). The past view lists events that are over.
 */
export function eventWhere(window: EventWindow, extra: Extra = {}): Where {
  const and: Where[] = []
  if (window.past && window.to) {
    and.push({
      or: [
        { endsAt: { less_than: window.to } },
        { and: [{ endsAt: { exists: false } }, { startsAt: { less_than: window.to } }] },
      ],
    })
  } else {
    if (window.to) and.push({ startsAt: { less_than: window.to } })
    if (window.from)
      and.push({
        or: [
          { endsAt: { greater_than_equal: window.from } },
          {
            and: [{ endsAt: { exists: false } }, { startsAt: { greater_than_equal: window.from } }],
          },
        ],
      })
  }
  if (extra.category) and.push({ category: { equals: extra.category } })
  if (extra.districtId) and.push({ 'venue.district': { equals: extra.districtId } })
  if (extra.free) and.push({ isFree: { equals: true } })
  if (extra.venueId) and.push({ venue: { equals: extra.venueId } })
  if (extra.organizerId) and.push({ organizer: { equals: extra.organizerId } })
  if (extra.excludeId) and.push({ id: { not_equals: extra.excludeId } })
  return { and }
}
