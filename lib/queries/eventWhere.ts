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
 * Events taking place in a window: with an occurrence (lib/eventOccurrences; a single event has
 * one) starting before the window's end and ending at or after its start. Both conditions meet
 * in one occurrence, as Payload joins the occurrences table once for the query. The past view
 * lists events with an occurrence that is over.
 */
export function eventWhere(window: EventWindow, extra: Extra = {}): Where {
  const and: Where[] = []
  if (window.past && window.to) {
    and.push({ 'occurrences.endsAt': { less_than: window.to } })
  } else {
    if (window.to) and.push({ 'occurrences.startsAt': { less_than: window.to } })
    if (window.from) and.push({ 'occurrences.endsAt': { greater_than_equal: window.from } })
  }
  if (extra.category) and.push({ category: { equals: extra.category } })
  if (extra.districtId) and.push({ 'venue.district': { equals: extra.districtId } })
  if (extra.free) and.push({ isFree: { equals: true } })
  if (extra.venueId) and.push({ venue: { equals: extra.venueId } })
  if (extra.organizerId) and.push({ organizer: { equals: extra.organizerId } })
  if (extra.excludeId) and.push({ id: { not_equals: extra.excludeId } })
  return { and }
}
