import { localeInfo, type Locale } from '@/i18n/locales'

import { timeZone } from './dates'
import { dateTimeFormat, numberFormat, regionNames } from './intlFormatters'

/** Every date, number and price a visitor sees goes through Intl in their locale. */
const tag = (locale: Locale) => localeInfo(locale).hreflang

export function formatDate(iso: string, locale: Locale, dateStyle: 'long' | 'medium' = 'long') {
  return dateTimeFormat(tag(locale), { dateStyle, timeZone }).format(new Date(iso))
}

export function formatDateTime(iso: string, locale: Locale) {
  return dateTimeFormat(tag(locale), { dateStyle: 'full', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  )
}

/** The parts of a calendar leaf: the day of the month and the short month name, in Chongqing. */
export function formatDayAndMonth(iso: string, locale: Locale) {
  const date = new Date(iso)
  return {
    day: dateTimeFormat(tag(locale), { day: 'numeric', timeZone }).format(date),
    month: dateTimeFormat(tag(locale), { month: 'short', timeZone }).format(date),
  }
}

/** "Sat 6 Jun, 19:30 – 21:30", or a day range for all-day events, in Chongqing time. */
export function formatEventWhen(
  event: { startsAt: string; endsAt?: string | null; allDay?: boolean | null },
  locale: Locale,
  style: 'short' | 'long' = 'short',
) {
  const options: Intl.DateTimeFormatOptions = event.allDay
    ? { weekday: style, day: 'numeric', month: style, timeZone }
    : { weekday: style, day: 'numeric', month: style, hour: 'numeric', minute: '2-digit', timeZone }
  if (style === 'long') options.year = 'numeric'
  const format = dateTimeFormat(tag(locale), options)
  const start = new Date(event.startsAt)
  return withPeriodKept(
    event.endsAt
      ? format.formatRangeToParts(start, new Date(event.endsAt))
      : format.formatToParts(start),
  )
}

/**
 * The parts joined, with no line break between a time and its day period: "9:30 م" never leaves
 * "م" alone on a line, nor a Korean "PM 7:30" its "PM". Only that space: the date, the time and
 * a range's dash may still wrap.
 */
function withPeriodKept(parts: Intl.DateTimeFormatPart[]) {
  const isTime = (part?: Intl.DateTimeFormatPart) =>
    part?.type === 'hour' || part?.type === 'minute'
  const isPeriod = (part?: Intl.DateTimeFormatPart) => part?.type === 'dayPeriod'
  const betweenTimeAndPeriod = (i: number) =>
    (isTime(parts[i - 1]) && isPeriod(parts[i + 1])) ||
    (isPeriod(parts[i - 1]) && isTime(parts[i + 1]))
  return parts
    .map((part, i) =>
      part.type === 'literal' && betweenTimeAndPeriod(i)
        ? part.value.replace(/ /g, '\u00a0')
        : part.value,
    )
    .join('')
}

export function formatPrice(cny: number, locale: Locale) {
  return numberFormat(tag(locale), {
    style: 'currency',
    currency: 'CNY',
    maximumFractionDigits: Number.isInteger(cny) ? 0 : 2,
  }).format(cny)
}

export function formatNumber(
  value: number,
  locale: Locale,
  options: Intl.NumberFormatOptions = {},
) {
  return numberFormat(tag(locale), options).format(value)
}

/** A percentage change with its sign: "+32.2%". */
export function formatChange(percent: number, locale: Locale) {
  return numberFormat(tag(locale), {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: 1,
  }).format(percent / 100)
}

export function countryName(code: string, locale: Locale) {
  try {
    return regionNames(tag(locale)).of(code) ?? code
  } catch {
    return code
  }
}
