/**
 * iCalendar (RFC 5545) for one event or a feed: times in Asia/Shanghai with a VTIMEZONE, text
 * escaped, lines folded at 75 octets, CRLF line ends.
 */
import { timeZone, utcOffsetMs } from './dates'
import type { Frequency } from './eventOccurrences'
import type { EventStatus } from './taxonomy'

export type IcsEvent = {
  uid: string
  title: string
  description?: string | null
  location?: string | null
  geo?: { lat: number; lng: number } | null
  url: string
  startsAt: string
  endsAt?: string | null
  allDay?: boolean | null
  status: EventStatus
  updatedAt: string
  /** A repeat: how often, and the start of its last occurrence. */
  repeat?: { frequency: Frequency; lastStart: string } | null
  /** Further starts outside the repeat, each as long as the first. */
  extraStarts?: string[]
}

/**
 * RFC 5545 TEXT: backslash, semicolon and comma escaped, every line break (CRLF, and a bare CR or
 * LF, which calendar apps also read as the end of a line, so text could start a property of its
 * own) as `\n`, and the other control characters TEXT does not allow dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
}

/** Fold a content line into 75-octet pieces without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const bytes = encoder.encode(char).length
    const limit = parts.length === 0 ? 75 : 74
    if (size + bytes > limit) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += char
    size += bytes
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** YYYYMMDDTHHMMSS in Chongqing local time (the wall clock the TZID names). */
function localStamp(iso: string): string {
  const local = new Date(new Date(iso).getTime() + utcOffsetMs).toISOString()
  return local.slice(0, 19).replace(/[-:]/g, '')
}

function utcStamp(iso: string): string {
  return new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, '') + 'Z'
}

function localDate(iso: string, plusDays = 0): string {
  const ms = new Date(iso).getTime() + utcOffsetMs + plusDays * 86_400_000
  return new Date(ms).toISOString().slice(0, 10).replace(/-/g, '')
}

const statusLine = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
}

function eventLines(event: IcsEvent): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${utcStamp(event.updatedAt)}`]
  if (event.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${localDate(event.startsAt)}`)
    // DTEND of an all-day event is exclusive: the day after the last day.
    lines.push(`DTEND;VALUE=DATE:${localDate(event.endsAt ?? event.startsAt, 1)}`)
  } else {
    lines.push(`DTSTART;TZID=${timeZone}:${localStamp(event.startsAt)}`)
    if (event.endsAt) lines.push(`DTEND;TZID=${timeZone}:${localStamp(event.endsAt)}`)
  }
  if (event.repeat) {
    // UNTIL takes DTSTART's form: a date for all-day events, otherwise a UTC time.
    const until = event.allDay
      ? localDate(event.repeat.lastStart)
      : utcStamp(event.repeat.lastStart)
    lines.push(`RRULE:FREQ=${event.repeat.frequency.toUpperCase()};UNTIL=${until}`)
  }
  if (event.extraStarts?.length) {
    lines.push(
      event.allDay
        ? `RDATE;VALUE=DATE:${event.extraStarts.map((start) => localDate(start)).join(',')}`
        : `RDATE;TZID=${timeZone}:${event.extraStarts.map(localStamp).join(',')}`,
    )
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`)
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`)
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`)
  if (event.geo) lines.push(`GEO:${event.geo.lat};${event.geo.lng}`)
  lines.push(`URL:${event.url}`, `STATUS:${statusLine[event.status]}`, 'END:VEVENT')
  return lines
}

export function icsCalendar(name: string, events: IcsEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Chongqing Portal//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${timeZone}`,
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
