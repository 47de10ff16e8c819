import { describe, expect, it } from 'vitest'

import { formatDate, formatDayAndMonth, formatEventWhen, formatPrice } from '@/lib/format'

// ICU separates times and ranges with narrow and thin spaces; compare them as plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ')

describe('format', () => {
  it('puts a date on the Chongqing calendar day, whatever the server time zone', () => {
    // 16:30 UTC on 5 June is 00:30 on 6 June in Chongqing.
    expect(formatDayAndMonth('2026-06-05T16:30:00Z', 'en')).toEqual({ day: '6', month: 'Jun' })
    expect(formatDate('2026-06-05T16:30:00Z', 'en')).toBe('June 6, 2026')
  })

  it('formats in the visitor’s locale, reusing formatters without mixing their options', () => {
    expect(formatDate('2026-06-05T16:30:00Z', 'zh')).toBe('2026年6月6日')
    expect(formatDate('2026-06-05T16:30:00Z', 'en', 'medium')).toBe('Jun 6, 2026')
    expect(formatDate('2026-06-05T16:30:00Z', 'en')).toBe('June 6, 2026')
    expect(formatPrice(80, 'en')).toBe('CN¥80')
    expect(formatPrice(80.5, 'en')).toBe('CN¥80.50')
    expect(formatPrice(80, 'en')).toBe('CN¥80')
  })

  it('gives a time range in Chongqing time for timed events and a day range for all-day ones', () => {
    const timed = { startsAt: '2026-06-06T11:30:00Z', endsAt: '2026-06-06T13:30:00Z' }
    expect(plain(formatEventWhen(timed, 'en'))).toBe('Sat, Jun 6, 7:30 – 9:30 PM')
    const allDay = { ...timed, endsAt: '2026-06-08T11:30:00Z', allDay: true }
    expect(plain(formatEventWhen(allDay, 'en'))).toBe('Sat, Jun 6 – Mon, Jun 8')
  })

  it('never lets a line break part a time from its day period, and nothing else', () => {
    const timed = { startsAt: '2026-06-06T11:30:00Z', endsAt: '2026-06-06T13:30:00Z' }
    const ar = formatEventWhen(timed, 'ar')
    expect(ar).toMatch(/\d\u00a0م$/)
    expect(ar).not.toMatch(/ م/)
    const ko = formatEventWhen(timed, 'ko')
    // Korean puts the period first; the space after it is the one kept.
    expect(ko).toMatch(/(?:PM|오후)\u00a0\d/)
    expect(ko).not.toMatch(/(?:PM|오후) /)
    // Across two days the date and the range's dash may still wrap.
    const twoDays = formatEventWhen({ ...timed, endsAt: '2026-06-08T13:30:00Z' }, 'ar')
    expect(twoDays).toMatch(/ – /)
    expect(formatEventWhen({ startsAt: timed.startsAt }, 'ar')).toMatch(/\d\u00a0م$/)
  })
})
