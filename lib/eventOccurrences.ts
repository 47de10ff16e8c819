import type { Event } from '@/payload-types'

import { addDays, endOfDay, localDay, startOfDay } from './dates'
import type { EventWindow } from './eventWindow'

export type Occurrence = { startsAt: string; endsAt: string }

export type Frequency = NonNullable<NonNullable<Event['recurrence']>['frequency']>

/** What an event's dates are made of (an Event, or the raw row a migration reads). */
export type Repeating = {
  startsAt: string
  endsAt?: string | null
  allDay?: boolean | null
  recurrence?: {
    frequency?: Frequency | null
    until?: string | null
    dates?: { date: string }[] | null
  } | null
}

/** The most dates a repeat rule gives: a daily event for a year. */
export const maxOccurrences = 366

/** The most extra starts an event takes besides its rule (collections/Events). */
export const maxExtraStarts = 60

const minute = 60_000
const isValid = (date: Date) => Number.isFinite(date.getTime())

/**
 * The local day `n` steps after `day`. Monthly keeps the day of the month and skips a month
 * without it (the 31st in April), as an RFC 5545 RRULE does, so the site and the .ics agree.
 */
function stepDay(day: string, frequency: Frequency, n: number): { day: string; exists: boolean } {
  if (frequency === 'daily') return { day: addDays(day, n), exists: true }
  if (frequency === 'weekly') return { day: addDays(day, 7 * n), exists: true }
  const [y, m, d] = day.split('-').map(Number)
  const month = new Date(Date.UTC(y, m - 1 + n, 1))
  const date = new Date(Date.UTC(y, m - 1 + n, d))
  const exists = date.getUTCMonth() === month.getUTCMonth()
  return { day: (exists ? date : month).toISOString().slice(0, 10), exists }
}

/**
 * How long each occurrence lasts: the first one's length. An all-day event without an end lasts
 * until 23:59 of its day, as the seed and the admin's all-day events do, so that it neither
 * shows as running into the next day nor counts in a window that starts then.
 */
function duration(event: Repeating): number {
  const start = new Date(event.startsAt)
  const end = event.endsAt ? new Date(event.endsAt) : null
  if (end && isValid(end)) return Math.max(0, end.getTime() - start.getTime())
  if (event.allDay && isValid(start)) {
    return endOfDay(localDay(start)).getTime() - minute - start.getTime()
  }
  return 0
}

/** The starts the repeat rule gives after the first, up to its `until` day (inclusive, Chongqing time). */
function ruleStarts(event: Repeating, limit: number): number[] {
  const { frequency, until } = event.recurrence ?? {}
  if (!frequency || !until) return []
  const first = new Date(event.startsAt)
  const last = new Date(until)
  // Drafts skip validation, so a broken date must not break the save.
  if (!isValid(first) || !isValid(last)) return []
  const firstDay = localDay(first)
  const timeOfDay = first.getTime() - startOfDay(firstDay).getTime()
  const lastDay = localDay(last)
  const starts: number[] = []
  for (let n = 1; starts.length < limit; n++) {
    const { day, exists } = stepDay(firstDay, frequency, n)
    if (day > lastDay) break
    if (exists) starts.push(startOfDay(day).getTime() + timeOfDay)
  }
  return starts
}

/** An extra start, on its day in Chongqing for an all-day event, whatever time was picked. */
function extraStart(date: string, allDay: boolean | null | undefined): number {
  const start = new Date(date)
  return allDay && isValid(start) ? startOfDay(localDay(start)).getTime() : start.getTime()
}

/**
 * Every time an event takes place, in order: the first (its own start and end), those its repeat
 * rule gives, and its extra starts, each as long as the first. At most `limit` of them.
 */
export function eventOccurrences(
  event: Repeating,
  limit = maxOccurrences + maxExtraStarts,
): Occurrence[] {
  const length = duration(event)
  const starts = new Set([
    new Date(event.startsAt).getTime(),
    // With the first, up to one more than a rule may give, so that validateUntil sees a rule
    // that gives too many; and no more than asked for (`repeats` asks for two).
    ...ruleStarts(event, Math.min(limit, maxOccurrences)),
    ...(event.recurrence?.dates ?? []).map(({ date }) => extraStart(date, event.allDay)),
  ])
  return [...starts]
    .filter(Number.isFinite)
    .sort((a, b) => a - b)
    .slice(0, limit)
    .map((start) => ({
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + length).toISOString(),
    }))
}

export const repeats = (event: Repeating) => eventOccurrences(event, 2).length > 1

/** The repeat rule, when it gives more than the first date: how often, and its last start. */
export function repeatRule(event: Repeating): { frequency: Frequency; lastStart: string } | null {
  const { frequency, until } = event.recurrence ?? {}
  if (!frequency) return null
  const ruled = eventOccurrences({ ...event, recurrence: { frequency, until } })
  return ruled.length > 1 ? { frequency, lastStart: ruled.at(-1)!.startsAt } : null
}

/**
 * The occurrence a calendar view shows the event by: the first that overlaps the window (the
 * same test as lib/queries/eventWhere), or in the past view the last one that is over. Without
 * one, the nearest: the last of a series that is over, the first of one yet to come.
 */
export function occurrenceIn(event: Repeating, window: EventWindow): Occurrence {
  const all = eventOccurrences(event)
  if (window.past) {
    const over = all.filter((o) => !window.to || o.endsAt < window.to)
    return over.at(-1) ?? all[0]
  }
  const inWindow = all.find(
    (o) => (!window.from || o.endsAt >= window.from) && (!window.to || o.startsAt < window.to),
  )
  if (inWindow) return inWindow
  return window.from && all.at(-1)!.endsAt < window.from ? all.at(-1)! : all[0]
}

/**
 * The first occurrence not yet over at `now`, which a page or card shows an event by. The exact
 * instant, not the hour's start (lib/dates: currentHour), which is for queries' cache keys and
 * would show a screening that ended up to an hour ago.
 */
export const nextOccurrence = (event: Repeating, now = new Date()): Occurrence =>
  occurrenceIn(event, { from: now.toISOString() })
