import { addDays, parseDay } from '@/lib/dates'
import { eventCategories, type EventCategory } from '@/lib/taxonomy'

import { flagParam, oneOfParam, pageParam, param, slugParam, type SearchParams } from './params'

export const eventPresets = ['upcoming', 'today', 'weekend', 'month', 'past', 'range'] as const
export type EventPreset = (typeof eventPresets)[number]

export type EventFilters = {
  when: EventPreset
  /** Local days (YYYY-MM-DD), only for `when: 'range'`. */
  from?: string
  to?: string
  category?: EventCategory
  district?: string
  free: boolean
  page: number
}

/** A custom range longer than this is cut: a calendar page is not an archive export. */
const maxRangeDays = 366

export function parseEventFilters(params: SearchParams): EventFilters {
  let from = parseDay(param(params, 'from'))
  let to = parseDay(param(params, 'to'))
  // Valid dates always mean a custom range (the form only sends them when a visitor typed them);
  // a bad date is simply not a filter, and an unknown preset is the default view.
  let when: EventPreset =
    from || to ? 'range' : (oneOfParam(params, 'when', eventPresets) ?? 'upcoming')
  if (when === 'range') {
    if (!from && !to) when = 'upcoming'
    if (from && to && from > to) [from, to] = [to, from]
    if (from && to && to > addDays(from, maxRangeDays)) to = addDays(from, maxRangeDays)
  }
  return {
    when,
    ...(when === 'range' ? { from: from ?? undefined, to: to ?? undefined } : {}),
    category: oneOfParam(params, 'category', eventCategories),
    district: slugParam(params, 'district'),
    free: flagParam(params, 'free'),
    page: pageParam(params),
  }
}

/** The filters as query parameters: the default view and a range (its dates say it) go unsaid. */
export function eventQuery(filters: EventFilters) {
  const { when, ...rest } = filters
  return { ...rest, when: when === 'upcoming' || when === 'range' ? undefined : when }
}
