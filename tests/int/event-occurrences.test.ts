import type { Payload } from 'payload'

import { ValidationError } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { addDays, currentHour, localDay, startOfDay, weekday } from '@/lib/dates'
import { eventListUncached } from '@/lib/queries/events'
import { searchUncached } from '@/lib/search'

import { createBusiness, createEvent, unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

const hour = 3600_000
const at = (day: string, hours: number) =>
  new Date(startOfDay(day).getTime() + hours * hour).toISOString()

/** A repeating event is found in the calendar windows it takes place in, and only those. */
describe('repeating events', () => {
  let payload: Payload
  let organizerId: number
  // A weekly series on Tuesdays, 19:30–21:30 Chongqing time, four weeks from about two weeks on.
  const today = localDay(new Date())
  const tuesday = addDays(today, 14 + ((8 - weekday(today)) % 7))
  const tuesdays = [0, 7, 14, 21].map((n) => addDays(tuesday, n))
  let seriesId: number
  let singleId: number

  const list = (window: Parameters<typeof eventListUncached>[1]['window']) =>
    eventListUncached('en', { window, organizerId, limit: 50 })

  beforeAll(async () => {
    payload = await testPayload()
    organizerId = (await createBusiness(payload, 'Series organiser')).id
    const series = await createEvent(payload, organizerId, true, {
      startsAt: at(tuesday, 19.5),
      endsAt: at(tuesday, 21.5),
      recurrence: { frequency: 'weekly', until: startOfDay(tuesdays[3]).toISOString() },
      // Whatever a request sends, the occurrences come from the times and the rule.
      occurrences: [{ startsAt: '2001-01-01T00:00:00.000Z', endsAt: '2001-01-01T01:00:00.000Z' }],
    })
    seriesId = series.id
    // A one-off between the first and second Tuesday.
    const single = await createEvent(payload, organizerId, true, {
      startsAt: at(addDays(tuesday, 3), 10),
      endsAt: at(addDays(tuesday, 3), 12),
    })
    singleId = single.id
  })

  it('stores every occurrence, ignoring those a request sends', async () => {
    const doc = await payload.findByID({ collection: 'events', id: seriesId })
    expect(doc.occurrences?.map((o) => o.startsAt)).toEqual(tuesdays.map((d) => at(d, 19.5)))
  })

  it('finds the series in a window holding one of its dates, and not in a weekend between them', async () => {
    const third = await list({
      from: startOfDay(tuesdays[2]).toISOString(),
      to: startOfDay(addDays(tuesdays[2], 1)).toISOString(),
    })
    expect(third.docs.map((d) => d.id)).toEqual([seriesId])
    expect(third.docs[0].occurrence.startsAt).toBe(at(tuesdays[2], 19.5))

    // Saturday and Sunday after the second Tuesday: the series starts before the window ends and
    // its last date ends after the window starts, but no single date overlaps it.
    const saturday = addDays(tuesdays[1], 4)
    const weekend = await list({
      from: startOfDay(saturday).toISOString(),
      to: startOfDay(addDays(saturday, 2)).toISOString(),
    })
    expect(weekend.docs.map((d) => d.id)).toEqual([])
    expect(weekend.totalDocs).toBe(0)
  })

  it('orders upcoming events by their next date in the window', async () => {
    const fromNow = await list({ from: new Date().toISOString() })
    expect(fromNow.docs.map((d) => d.id)).toEqual([seriesId, singleId])
    // After the first Tuesday the series comes next on the second, after the one-off.
    const later = await list({ from: at(addDays(tuesday, 1), 0) })
    expect(later.docs.map((d) => d.id)).toEqual([singleId, seriesId])
    expect(later.docs[1].occurrence.startsAt).toBe(at(tuesdays[1], 19.5))
  })

  it('lists the series in the past view once a date is over, by its latest', async () => {
    const past = await list({ to: at(tuesdays[2], 23), past: true })
    expect(past.docs.map((d) => d.id)).toEqual([seriesId, singleId])
    expect(past.docs[0].occurrence.startsAt).toBe(at(tuesdays[2], 19.5))
  })

  it('keeps the occurrences through a partial update and follows a changed rule', async () => {
    await payload.update({
      collection: 'events',
      id: seriesId,
      data: { title: 'Renamed series' },
      context: { disableRevalidate: true },
    })
    let doc = await payload.findByID({ collection: 'events', id: seriesId })
    expect(doc.occurrences).toHaveLength(4)
    await payload.update({
      collection: 'events',
      id: seriesId,
      data: { recurrence: { frequency: 'weekly', until: startOfDay(tuesdays[1]).toISOString() } },
      context: { disableRevalidate: true },
    })
    doc = await payload.findByID({ collection: 'events', id: seriesId })
    expect(doc.occurrences?.map((o) => o.startsAt)).toEqual(
      tuesdays.slice(0, 2).map((d) => at(d, 19.5)),
    )
  })

  it('dates a series that began weeks ago by its next date in search results', async () => {
    const word = `series${unique()}`
    const begun = addDays(today, -14)
    await createEvent(payload, organizerId, true, {
      title: `Evening ${word}`,
      startsAt: at(begun, 19.5),
      endsAt: at(begun, 21.5),
      recurrence: { frequency: 'weekly', until: startOfDay(addDays(today, 14)).toISOString() },
    })
    const [hit] = (await searchUncached(word, 'en', { type: 'events', page: 1 }))[0]!.hits
    const next = [0, 7, 14, 21, 28]
      .map((n) => at(addDays(begun, n), 19.5))
      // Not over at the start of this hour: lists and search share hourly answers.
      .find((start) => Date.parse(start) + 2 * hour >= Date.parse(currentHour()))
    expect(hit.date).toBe(next)
  })

  async function refusal(recurrence: Record<string, unknown>) {
    const error = await createEvent(payload, organizerId, true, { recurrence }).then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).data.errors
  }

  it('refuses a repeat without a last day, before the start, or of more than a year of days', async () => {
    expect((await refusal({ frequency: 'daily' })).map((e) => e.path)).toEqual(['recurrence.until'])
    expect(
      (await refusal({ frequency: 'weekly', until: '2001-01-01T00:00:00.000Z' }))[0].message,
    ).toMatch(/before the first start/)
    const twoYears = new Date(Date.now() + 800 * 24 * hour).toISOString()
    expect((await refusal({ frequency: 'daily', until: twoYears }))[0].message).toMatch(
      /at most 366 dates/,
    )
    expect((await refusal({ frequency: 'daily', until: 'soon' })).map((e) => e.path)).toEqual([
      'recurrence.until',
    ])
  })

  it('refuses an extra start before the first', async () => {
    const errors = await refusal({ dates: [{ date: '2001-01-01T00:00:00.000Z' }] })
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['recurrence.dates.0.date', 'An extra start must come after the first start.'],
    ])
  })
})
