import { describe, expect, it } from 'vitest'

import { escapeText, foldLine, icsCalendar } from '@/lib/ics'

const event = {
  uid: 'event-1@example.com',
  title: 'Dragon dance; Jiefangbei, night',
  description: 'Line one\nLine two',
  location: 'Jiefangbei',
  geo: { lat: 29.557, lng: 106.577 },
  url: 'https://example.com/en/events/dragon',
  startsAt: '2026-06-12T11:00:00.000Z',
  endsAt: '2026-06-12T12:30:00.000Z',
  status: 'scheduled' as const,
  updatedAt: '2026-06-01T00:00:00.000Z',
}

describe('ics', () => {
  it('writes a calendar with Chongqing local times and a VTIMEZONE', () => {
    const ics = icsCalendar('Events', [event])
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai')
    expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20260612T190000')
    expect(ics).toContain('DTEND;TZID=Asia/Shanghai:20260612T203000')
    expect(ics).toContain('SUMMARY:Dragon dance\\; Jiefangbei\\, night')
    expect(ics).toContain('STATUS:CONFIRMED')
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true)
  })

  it('gives all-day events exclusive date ends, and cancelled ones their status', () => {
    const ics = icsCalendar('Events', [
      {
        ...event,
        allDay: true,
        startsAt: '2026-06-11T16:00:00.000Z',
        endsAt: '2026-06-13T15:59:00.000Z',
        status: 'cancelled',
      },
    ])
    expect(ics).toContain('DTSTART;VALUE=DATE:20260612')
    expect(ics).toContain('DTEND;VALUE=DATE:20260614')
    expect(ics).toContain('STATUS:CANCELLED')
  })

  it('writes a repeat as an RRULE ending with its last start, and extra dates as RDATEs', () => {
    const timed = icsCalendar('Events', [
      {
        ...event,
        repeat: { frequency: 'weekly', lastStart: '2026-07-03T11:00:00.000Z' },
        extraStarts: ['2026-07-10T02:00:00.000Z', '2026-07-11T02:00:00.000Z'],
      },
    ])
    expect(timed).toContain('RRULE:FREQ=WEEKLY;UNTIL=20260703T110000Z\r\n')
    expect(timed).toContain('RDATE;TZID=Asia/Shanghai:20260710T100000,20260711T100000\r\n')
    const allDay = icsCalendar('Events', [
      {
        ...event,
        allDay: true,
        startsAt: '2026-06-11T16:00:00.000Z',
        endsAt: '2026-06-12T15:59:00.000Z',
        repeat: { frequency: 'daily', lastStart: '2026-06-13T16:00:00.000Z' },
        extraStarts: ['2026-06-20T16:00:00.000Z'],
      },
    ])
    expect(allDay).toContain('RRULE:FREQ=DAILY;UNTIL=20260614\r\n')
    expect(allDay).toContain('RDATE;VALUE=DATE:20260621\r\n')
  })

  it('escapes text and folds long lines without splitting characters', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
    // A bare CR or LF would end the line in calendar apps, and the text would start a property.
    expect(escapeText('a\rATTACH:x\nURL:y\r\nz\u0007')).toBe('a\\nATTACH:x\\nURL:y\\nz')
    const folded = foldLine('SUMMARY:' + '重庆'.repeat(40))
    for (const line of folded.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(folded.replace(/\r\n /g, '')).toBe('SUMMARY:' + '重庆'.repeat(40))
  })
})
