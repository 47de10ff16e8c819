import { useTranslations } from 'next-intl'

import type { Attraction, Event } from '@/payload-types'

import type { Locale } from '@/i18n/locales'
import { nextOccurrence, repeats, type Occurrence } from '@/lib/eventOccurrences'
import { formatEventWhen, formatPrice } from '@/lib/format'
import { picture } from '@/lib/media'
import { urls } from '@/lib/urls'
import { fallbackLang, fallbackMark, type Marked } from '@/lib/withFallback'

import { Card } from './Card'
import { DateLeaf } from './DateLeaf'
import { EventStatusBadge } from './EventStatusBadge'
import { Icon } from './Icon'

type Props = {
  event: Pick<
    Event,
    | 'slug'
    | 'title'
    | 'summary'
    | 'images'
    | 'category'
    | 'startsAt'
    | 'endsAt'
    | 'allDay'
    | 'recurrence'
    | 'eventStatus'
    | 'isFree'
    | 'price'
    | 'venue'
    | 'address'
  > & { fallback?: string[]; occurrence?: Occurrence }
  locale: Locale
  headingLevel?: 'h2' | 'h3'
}

export function EventCard({ event, locale, headingLevel }: Props) {
  const t = useTranslations()
  const venue = typeof event.venue === 'object' ? (event.venue as Marked<Attraction> | null) : null
  const place = venue?.name ?? event.address
  // A list gives the occurrence in its window; elsewhere (an article's related events) the next.
  const when = { ...event, ...(event.occurrence ?? nextOccurrence(event)) }
  return (
    <Card
      href={urls.event(event.slug, locale)}
      title={event.title}
      titleLang={fallbackLang(event, 'title')}
      image={picture(event.images?.[0], 'card')}
      aside={<DateLeaf iso={when.startsAt} locale={locale} />}
      eyebrow={t(`taxonomy.eventCategories.${event.category}`)}
      badge={<EventStatusBadge status={event.eventStatus} />}
      meta={
        <>
          <span className="inline-flex items-center gap-1">
            <Icon name="clock" className="h-4 w-4" />
            <time dateTime={when.startsAt}>{formatEventWhen(when, locale)}</time>
          </span>
          {repeats(event) && <span>{t('events.moreDatesShort')}</span>}
          {place && (
            <span className="inline-flex items-center gap-1">
              <Icon name="pin" className="h-4 w-4" />
              <span
                {...fallbackMark(
                  venue ? fallbackLang(venue, 'name') : fallbackLang(event, 'address'),
                )}
              >
                {place}
              </span>
            </span>
          )}
          <span className={event.isFree ? 'font-semibold text-jade' : undefined}>
            {event.isFree
              ? t('common.free')
              : event.price != null
                ? t('common.priceFrom', { price: formatPrice(event.price, locale) })
                : t('common.paid')}
          </span>
        </>
      }
      headingLevel={headingLevel}
    />
  )
}
