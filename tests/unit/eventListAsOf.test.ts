import { describe, expect, it } from 'vitest'

import { eventListAsOf } from '@/lib/eventListAsOf'
import { occurrenceIn, type Repeating } from '@/lib/eventOccurrences'
import type { EventWindow } from '@/lib/eventWindow'

// Tuesday 1 December 2026 in Chongqing (UTC+8): the cached answer for 21:00–22:00 is read at 21:45.
const hour = '2026-12-01T13:00:00.000Z'
const now = new Date('2026-12-01T13:45:00.000Z')

/** Nightly screenings, 19:30–21:30, from 1 to 3 December. */
const nightly: Repeating = {
  startsAt: '2026-12-01T11:30:00.000Z',
  endsAt: '2026-12-01T13:30:00.000Z',
  recurrence: { frequency: 'daily', until: '2026-12-03T11:30:00.000Z' },
}
/** A talk, 20:00–21:15 that evening. */
const talk: Repeating = { startsAt: '2026-12-01T12:00:00.000Z', endsAt: '2026-12-01T13:15:00.000Z' }
/** A fair running all week. */
const fair: Repeating = { startsAt: '2026-11-30T02:00:00.000Z', endsAt: '2026-12-06T10:00:00.000Z' }

/** A list as the cache holds it: each event shown by its occurrence as of the hour. */
const cached = (window: EventWindow, ...events: Repeating[]) => ({
  docs: events.map((event) => ({ ...event, occurrence: occurrenceIn(event, window) })),
  totalDocs: events.length + 10,
})

describe('eventListAsOf', () => {
  it('drops what ended since the hour began and shows the next screening, not the one just over', () => {
    const window = { from: hour }
    const list = cached(window, nightly, talk, fair)
    expect(list.docs.map((d) => d.occurrence.startsAt)).toEqual([
      '2026-12-01T11:30:00.000Z',
      '2026-12-01T12:00:00.000Z',
      '2026-11-30T02:00:00.000Z',
    ])
    const asOf = eventListAsOf(list, window, now)
    expect(asOf.docs.map((d) => d.occurrence.startsAt)).toEqual([
      '2026-12-02T11:30:00.000Z',
      '2026-11-30T02:00:00.000Z',
    ])
    expect(asOf.totalDocs).toBe(12)
    // The cached answer itself is left as it was, for the next reader.
    expect(list.docs).toHaveLength(3)
  })

  it('drops a series with no screening left in the window', () => {
    const today = { from: hour, to: '2026-12-01T15:59:59.999Z' }
    expect(eventListAsOf(cached(today, nightly, fair), today, now).docs).toEqual([
      expect.objectContaining(fair),
    ])
  })

  it('leaves the past and a window that has not begun as they are', () => {
    const past = { to: hour, past: true }
    const earlier = cached(past, talk)
    expect(eventListAsOf(earlier, past, now)).toBe(earlier)
    const later = { from: '2026-12-02T16:00:00.000Z' }
    const list = cached(later, nightly)
    expect(eventListAsOf(list, later, now)).toEqual(list)
  })
})
