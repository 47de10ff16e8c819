import { describe, expect, it } from 'vitest'

import {
  eventOccurrences,
  maxOccurrences,
  occurrenceIn,
  repeatRule,
  repeats,
} from '@/lib/eventOccurrences'

// 19:30–21:30 in Chongqing (UTC+8) on Tuesday 1 December 2026.
const evening = { startsAt: '2026-12-01T11:30:00.000Z', endsAt: '2026-12-01T13:30:00.000Z' }
const starts = (event: Parameters<typeof eventOccurrences>[0]) =>
  eventOccurrences(event).map((o) => o.startsAt.slice(0, 16))

describe('eventOccurrences', () => {
  it('gives a single event its own start and end', () => {
    expect(eventOccurrences(evening)).toEqual([evening])
    expect(repeats(evening)).toBe(false)
    expect(repeatRule(evening)).toBeNull()
  })

  it('lets an all-day event without an end last until 23:59 of its day in Chongqing', () => {
    expect(eventOccurrences({ startsAt: '2026-11-30T16:00:00.000Z', allDay: true })).toEqual([
      { startsAt: '2026-11-30T16:00:00.000Z', endsAt: '2026-12-01T15:59:00.000Z' },
    ])
  })

  it('puts an all-day event’s extra starts at the start of their day, whatever time was picked', () => {
    const event = {
      startsAt: '2026-11-30T16:00:00.000Z',
      allDay: true,
      recurrence: { dates: [{ date: '2026-12-05T11:30:00.000Z' }] },
    }
    expect(starts(event)).toEqual(['2026-11-30T16:00', '2026-12-04T16:00'])
  })

  it('takes a broken date in a draft (which skips validation) without throwing', () => {
    const broken = { ...evening, recurrence: { frequency: 'weekly' as const, until: 'not a date' } }
    expect(eventOccurrences(broken)).toEqual([evening])
    expect(eventOccurrences({ startsAt: 'not a date', recurrence: broken.recurrence })).toEqual([])
  })

  it('repeats daily up to and including the last day, at the same local time', () => {
    const event = {
      ...evening,
      recurrence: { frequency: 'daily' as const, until: '2026-12-07T00:00:00.000+08:00' },
    }
    const all = eventOccurrences(event)
    expect(all).toHaveLength(7)
    expect(all.at(-1)).toEqual({
      startsAt: '2026-12-07T11:30:00.000Z',
      endsAt: '2026-12-07T13:30:00.000Z',
    })
    expect(repeatRule(event)).toEqual({ frequency: 'daily', lastStart: '2026-12-07T11:30:00.000Z' })
  })

  it('repeats weekly, and a frequency without a last day gives nothing more', () => {
    const weekly = { frequency: 'weekly' as const, until: '2026-12-22T10:00:00.000Z' }
    expect(starts({ ...evening, recurrence: weekly })).toEqual([
      '2026-12-01T11:30',
      '2026-12-08T11:30',
      '2026-12-15T11:30',
      '2026-12-22T11:30',
    ])
    expect(starts({ ...evening, recurrence: { frequency: 'weekly' } })).toHaveLength(1)
  })

  it('repeats monthly on the same day and skips months without it, as an RRULE does', () => {
    const event = {
      startsAt: '2027-01-31T02:00:00.000Z',
      recurrence: { frequency: 'monthly' as const, until: '2027-06-30T00:00:00.000Z' },
    }
    expect(starts(event)).toEqual(['2027-01-31T02:00', '2027-03-31T02:00', '2027-05-31T02:00'])
  })

  it('adds extra starts, as long as the first, in order and without repeats', () => {
    const event = {
      ...evening,
      recurrence: {
        dates: [
          { date: '2026-12-20T02:00:00.000Z' },
          { date: '2026-11-25T11:30:00.000Z' },
          { date: evening.startsAt },
        ],
      },
    }
    expect(eventOccurrences(event)).toEqual([
      { startsAt: '2026-11-25T11:30:00.000Z', endsAt: '2026-11-25T13:30:00.000Z' },
      evening,
      { startsAt: '2026-12-20T02:00:00.000Z', endsAt: '2026-12-20T04:00:00.000Z' },
    ])
    expect(repeats(event)).toBe(true)
    expect(repeatRule(event)).toBeNull()
  })

  it('stops a rule one past the most it may give, so validation can refuse it', () => {
    const event = {
      ...evening,
      recurrence: { frequency: 'daily' as const, until: '2030-01-01T00:00:00.000Z' },
    }
    expect(eventOccurrences(event)).toHaveLength(maxOccurrences + 1)
    expect(eventOccurrences(event, 3)).toHaveLength(3)
  })
})

describe('occurrenceIn', () => {
  const weekly = {
    ...evening,
    recurrence: { frequency: 'weekly' as const, until: '2026-12-29T00:00:00.000Z' },
  }

  it('picks the first occurrence that overlaps the window', () => {
    expect(occurrenceIn(weekly, { from: '2026-12-09T00:00:00.000Z' }).startsAt).toBe(
      '2026-12-15T11:30:00.000Z',
    )
    // An occurrence under way is still in a window that starts during it.
    expect(occurrenceIn(weekly, { from: '2026-12-08T12:00:00.000Z' }).startsAt).toBe(
      '2026-12-08T11:30:00.000Z',
    )
    expect(
      occurrenceIn(weekly, { from: '2026-12-10T00:00:00.000Z', to: '2026-12-16T00:00:00.000Z' })
        .startsAt,
    ).toBe('2026-12-15T11:30:00.000Z')
  })

  it('picks the last occurrence that is over in the past view', () => {
    expect(occurrenceIn(weekly, { to: '2026-12-16T00:00:00.000Z', past: true }).startsAt).toBe(
      '2026-12-15T11:30:00.000Z',
    )
  })

  it('falls back to the last of a series that is over, and the first of one to come', () => {
    expect(occurrenceIn(weekly, { from: '2027-02-01T00:00:00.000Z' }).startsAt).toBe(
      '2026-12-29T11:30:00.000Z',
    )
    expect(
      occurrenceIn(weekly, { from: '2026-11-01T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z' })
        .startsAt,
    ).toBe(evening.startsAt)
  })
})
