import type { Metadata } from 'next'

import type { Attraction, Business } from '@/payload-types'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'

import { EventCard } from '@/components/EventCard'
import { EventDates } from '@/components/EventDates'
import { EventStatusBadge } from '@/components/EventStatusBadge'
import { FactPanel } from '@/components/FactPanel'
import { FallbackNotice } from '@/components/FallbackNotice'
import { Icon } from '@/components/Icon'
import { JsonLd } from '@/components/JsonLd'
import { LocationSection } from '@/components/LocationSection'
import { PageHeader } from '@/components/PageHeader'
import { RelatedCards } from '@/components/RelatedCards'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { RichText } from '@/components/RichText'
import { ShareLinks } from '@/components/ShareLinks'
import type { Locale } from '@/i18n/locales'
import { currentHour } from '@/lib/dates'
import { nextOccurrence } from '@/lib/eventOccurrences'
import { formatEventWhen, formatPrice } from '@/lib/format'
import { eventLd } from '@/lib/jsonLd'
import { picture } from '@/lib/media'
import { getEvent, getEventList } from '@/lib/queries/events'
import { safeWebUrl } from '@/lib/safeUrl'
import { detailMetadata, loadDetail } from '@/lib/detailPage'
import { urls } from '@/lib/urls'
import { fallbackLang, type Marked } from '@/lib/withFallback'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

/** None at build time; each document renders on its first visit and is then served from the
 * cache (ISR) until a publish revalidates its tag. Without this the page renders per request. */
export function generateStaticParams() {
  return []
}

// The next date and "similar events" are upcoming ones, so the page follows the clock as well
// as publishes: like the calendar, a screening that is over goes within five minutes.
export const revalidate = 300

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return detailMetadata(params, getEvent, (doc, slug) => ({
    path: (l) => urls.event(slug, l),
    title: doc.seo?.title || doc.title,
    description: doc.seo?.description || doc.summary,
    image: picture(doc.seo?.image || doc.images?.[0], 'og'),
  }))
}

export default async function EventPage({ params }: Props) {
  const { locale, slug, found, doc } = await loadDetail(params, getEvent)
  const [t, similar] = await Promise.all([
    getTranslations(),
    getEventList(locale, {
      window: { from: currentHour() },
      category: doc.category,
      excludeId: doc.id,
      limit: 3,
    }),
  ])
  // Marked by getEvent with the texts that fell back to English, like a card.
  const venue = typeof doc.venue === 'object' ? (doc.venue as Marked<Attraction> | null) : null
  const organizer =
    typeof doc.organizer === 'object' ? (doc.organizer as Marked<Business> | null) : null
  const location = venue?.location?.lat != null ? venue.location : doc.location
  const hero = picture(doc.images?.[0], 'hero')
  const ticketUrl = safeWebUrl(doc.ticketUrl)
  const path = urls.event(slug, locale)
  const lang = (field: string) => fallbackLang(found, field)
  // A repeating event is shown by its next date not yet over as this page renders.
  const shown = nextOccurrence(doc)
  const when = formatEventWhen({ ...doc, ...shown }, locale, 'long')
  const statusNotice = doc.eventStatus === 'scheduled' ? null : t(`events.${doc.eventStatus}Notice`)
  return (
    <article>
      <JsonLd data={eventLd({ ...doc, ...shown }, path)} />
      <PageHeader
        title={doc.title}
        titleLang={lang('title')}
        lead={doc.summary}
        leadLang={lang('summary')}
        eyebrow={
          <span className="flex flex-wrap items-center gap-2">
            {t(`taxonomy.eventCategories.${doc.category}`)}
            <EventStatusBadge status={doc.eventStatus} />
          </span>
        }
        breadcrumbs={[
          { name: t('nav.home'), href: urls.home(locale) },
          { name: t('events.title'), href: urls.events(locale) },
          { name: doc.title, href: path },
        ]}
      >
        <p className="mt-6 flex items-center gap-2 text-lg font-semibold text-lantern">
          <Icon name="calendar" />
          <time dateTime={shown.startsAt}>{when}</time>
        </p>
      </PageHeader>
      <div className="shell grid gap-12 py-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div>
          {statusNotice && (
            <p role="note" className="mb-6 rounded-xl bg-chili px-4 py-3 font-semibold text-white">
              {statusNotice}
            </p>
          )}
          {hero && (
            <ResponsiveImage
              image={hero}
              priority
              sizes="(min-width: 1024px) 740px, 100vw"
              className="mb-8 w-full rounded-2xl"
            />
          )}
          <FallbackNotice fields={found.fallback} />
          <RichText data={doc.description} locale={locale} lang={lang('description')} />
          <div className="mt-10">
            <ShareLinks path={path} title={doc.title} />
          </div>
        </div>
        <aside className="space-y-8" aria-label={t('attractions.practical')}>
          <FactPanel
            facts={[
              {
                label: t('events.when'),
                value: (
                  <>
                    <time dateTime={shown.startsAt}>{when}</time>
                    <span className="block text-sm text-stone">{t('events.timeZone')}</span>
                    <EventDates event={doc} shown={shown} locale={locale} />
                  </>
                ),
              },
              {
                label: t('events.venue'),
                value: venue ? (
                  <Link href={urls.attraction(venue.slug, locale)} className="link">
                    {venue.name}
                  </Link>
                ) : (
                  doc.address
                ),
                lang: venue ? fallbackLang(venue, 'name') : lang('address'),
              },
              {
                label: t('events.organizer'),
                value: organizer ? (
                  <Link href={urls.business(organizer.slug, locale)} className="link">
                    {organizer.name}
                  </Link>
                ) : null,
                lang: organizer ? fallbackLang(organizer, 'name') : undefined,
              },
              {
                label: t('events.price'),
                value: doc.isFree
                  ? t('common.free')
                  : doc.price != null
                    ? t('common.priceFrom', { price: formatPrice(doc.price, locale) })
                    : t('common.paid'),
              },
              { label: t('events.audience'), value: doc.audience, lang: lang('audience') },
            ]}
          >
            <div className="mt-4 flex flex-col gap-3">
              {ticketUrl && doc.eventStatus !== 'cancelled' && (
                <a href={ticketUrl} className="button" rel="noopener noreferrer">
                  <Icon name="ticket" />
                  {t('events.tickets')}
                </a>
              )}
              <a
                href={urls.eventIcs(slug, locale)}
                className="button button-quiet"
                download={`${slug}.ics`}
              >
                <Icon name="download" />
                {t('events.addToCalendar')}
              </a>
            </div>
          </FactPanel>
          <LocationSection
            location={location}
            name={venue?.name ?? doc.title}
            address={venue?.address ?? doc.address}
            locale={locale}
          />
        </aside>
      </div>
      <RelatedCards
        id="similar"
        title={t('events.similar')}
        className="shell py-6"
        cards={similar.docs.map((event) => (
          <EventCard key={event.slug} event={event} locale={locale} />
        ))}
      />
    </article>
  )
}
