/**
 * Calendar arithmetic in Chongqing's time zone. Asia/Shanghai is UTC+8 all year (no daylight
 * saving), so a local day is a fixed 24-hour window and plain offsets are exact.
 */
export const timeZone = 'Asia/Shanghai'
const offsetHours = 8
const offset = `+0${offsetHours}:00`
/** The same offset in milliseconds, for wall-clock times (lib/ics). */
export const utcOffsetMs = offsetHours * 60 * 60 * 1000
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/

// Built once: every calendar request asks for today, and building a formatter is the slow part.
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone })

/** The local calendar day (YYYY-MM-DD) of an instant. */
export function localDay(instant: Date): string {
  return dayFormat.format(instant)
}

/** The first instant of a local day. */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00${offset}`)
}

/** The first instant after a local day. */
export function endOfDay(day: string): Date {
  return startOfDay(addDays(day, 1))
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7
}

/** A strict YYYY-MM-DD that names a real day (so 2026-13-45 and 2026-02-30 are refused). */
export function parseDay(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const match = dayPattern.exec(value)
  if (!match) return null
  const [y, m, d] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  const real =
    date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
  return real && y >= 2000 && y <= 2100 ? value : null
}

/** The instant rounded down to the hour: a stable cache key for "from now on" queries. */
export function currentHour(now = new Date()): string {
  const hour = new Date(now)
  hour.setUTCMinutes(0, 0, 0)
  return hour.toISOString()
}
