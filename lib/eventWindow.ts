import { addDays, currentHour, endOfDay, localDay, startOfDay, weekday } from './dates'
import type { EventFilters } from './filters/eventFilters'

/** The time window a calendar view covers, as ISO instants; `past` lists the newest first. */
export type EventWindow = { from?: string; to?: string; past?: boolean }

/** The later of two ISO instants; an absent one is no bound. */
export const later = (a: string | undefined, b: string) => (a && a > b ? a : b)

/**
 * Presets in Chongqing time. Events that are over are hidden unless the visitor asked for the
 * past (or a custom range in it). "Now" is rounded to the hour so that cached answers are shared.
 */
export function eventWindow(
  filters: Pick<EventFilters, 'when' | 'from' | 'to'>,
  now = new Date(),
): EventWindow {
  const hour = currentHour(now)
  const today = localDay(now)
  switch (filters.when) {
    case 'today':
      return { from: hour, to: endOfDay(today).toISOString() }
    case 'weekend': {
      const day = weekday(today)
      const saturday = day === 6 ? addDays(today, -1) : addDays(today, 5 - day)
      return {
        from: later(startOfDay(saturday).toISOString(), hour),
        to: endOfDay(addDays(saturday, 1)).toISOString(),
      }
    }
    case 'month': {
      const [y, m] = today.split('-').map(Number)
      const lastDay = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
      return { from: hour, to: endOfDay(lastDay).toISOString() }
    }
    case 'range':
      return {
        from: filters.from ? startOfDay(filters.from).toISOString() : hour,
        to: filters.to ? endOfDay(filters.to).toISOString() : undefined,
      }
    case 'past':
      return { to: hour, past: true }
    default:
      return { from: hour }
  }
}
