import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { addDays, currentHour, endOfDay, localDay } from '@/lib/dates'
import { getEventList } from '@/lib/queries/events'
import { urls } from '@/lib/urls'

import { CardGrid } from '../CardGrid'
import { EmptyState } from '../EmptyState'
import { EventCard } from '../EventCard'
import { SectionHeading } from '../SectionHeading'

/** What is on in the next seven days, soonest first. */
export async function HomeEvents({ locale }: { locale: Locale }) {
  const t = await getTranslations('home')
  const window = {
    from: currentHour(),
    to: endOfDay(addDays(localDay(new Date()), 7)).toISOString(),
  }
  const { docs } = await getEventList(locale, { window, limit: 6 })
  return (
    <section aria-labelledby="upcoming">
      <SectionHeading
        id="upcoming"
        title={t('upcoming')}
        moreHref={urls.events(locale)}
        moreLabel={t('allEvents')}
      />
      {docs.length ? (
        <CardGrid>
          {docs.map((event) => (
            <li key={event.slug}>
              <EventCard event={event} locale={locale} />
            </li>
          ))}
        </CardGrid>
      ) : (
        <EmptyState title={t('noUpcoming')} />
      )}
    </section>
  )
}
