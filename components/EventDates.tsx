import { useTranslations } from 'next-intl'

import type { Locale } from '@/i18n/locales'
import {
  eventOccurrences,
  repeatRule,
  type Occurrence,
  type Repeating,
} from '@/lib/eventOccurrences'
import { formatDate, formatEventWhen } from '@/lib/format'

/** Enough to plan a visit by; the .ics download carries them all. */
const listed = 6

type Props = { event: Repeating; shown: Occurrence; locale: Locale }

/** A repeating event's rule in words, and its dates after the one shown above it. */
export function EventDates({ event, shown, locale }: Props) {
  const t = useTranslations('events')
  const all = eventOccurrences(event)
  if (all.length < 2) return null
  const rule = repeatRule(event)
  const later = all.filter((o) => o.startsAt > shown.startsAt)
  return (
    <div className="mt-3 text-sm">
      <p>
        {rule
          ? t(`repeats.${rule.frequency}`, { until: formatDate(rule.lastStart, locale) })
          : t('extraDates')}
      </p>
      {later.length > 0 && (
        <>
          <p id="later-dates" className="mt-2 font-semibold text-stone">
            {t('laterDates')}
          </p>
          <ul aria-labelledby="later-dates" className="mt-1 space-y-1">
            {later.slice(0, listed).map((o) => (
              <li key={o.startsAt}>
                <time dateTime={o.startsAt}>
                  {formatEventWhen({ ...o, allDay: event.allDay }, locale)}
                </time>
              </li>
            ))}
          </ul>
          {later.length > listed && (
            <p className="mt-1 text-stone">{t('moreDates', { count: later.length - listed })}</p>
          )}
        </>
      )}
    </div>
  )
}
