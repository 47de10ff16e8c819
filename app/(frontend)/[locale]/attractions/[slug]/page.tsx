import type { Metadata } from 'next'

import { getTranslations } from 'next-intl/server'

import { AttractionCard } from '@/components/AttractionCard'
import { districtLink } from '@/components/DistrictLink'
import { EventCard } from '@/components/EventCard'
import { FactPanel } from '@/components/FactPanel'
import { FallbackNotice } from '@/components/FallbackNotice'
import { JsonLd } from '@/components/JsonLd'
import { LocationSection } from '@/components/LocationSection'
import { OpeningHours } from '@/components/OpeningHours'
import { PageHeader } from '@/components/PageHeader'
import { PhoneLink } from '@/components/PhoneLink'
import { RelatedCards } from '@/components/RelatedCards'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { RichText } from '@/components/RichText'
import { websiteLink } from '@/components/WebsiteLink'
import type { Locale } from '@/i18n/locales'
import { currentHour } from '@/lib/dates'
import { formatPrice } from '@/lib/format'
import { touristAttractionLd } from '@/lib/jsonLd'
import { picture } from '@/lib/media'
import { getAttraction, getNearbyAttractions } from '@/lib/queries/attractions'
import { getEventList } from '@/lib/queries/events'
import { detailMetadata, loadDetail } from '@/lib/detailPage'
import { urls } from '@/lib/urls'
import { fallbackLang } from '@/lib/withFallback'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

/** None at build time; each document renders on its first visit and is then served from the
 * cache (ISR) until a publish revalidates its tag. Without this the page renders per request. */
export function generateStaticParams() {
  return []
}

// Its "upcoming events here" list moves with the clock.
export const revalidate = 3600

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return detailMetadata(params, getAttraction, (doc, slug) => ({
    path: (l) => urls.attraction(slug, l),
    title: doc.seo?.title || doc.name,
    description: doc.seo?.description || doc.summary,
    image: picture(doc.seo?.image || doc.images?.[0], 'og'),
  }))
}

export default async function AttractionPage({ params }: Props) {
  const { locale, slug, found, doc } = await loadDetail(params, getAttraction)
  const { lat, lng } = doc.location ?? {}
  const [t, nearby, events] = await Promise.all([
    getTranslations(),
    lat != null && lng != null
      ? getNearbyAttractions(locale, lat, lng, doc.id)
      : Promise.resolve([]),
    getEventList(locale, { window: { from: currentHour() }, venueId: doc.id, limit: 3 }),
  ])
  const hero = picture(doc.images?.[0], 'hero')
  const path = urls.attraction(slug, locale)
  const admission = doc.admission?.isFree
    ? t('common.free')
    : doc.admission?.price != null
      ? t('common.priceFrom', { price: formatPrice(doc.admission.price, locale) })
      : null
  const lang = (field: string) => fallbackLang(found, field)
  return (
    <article>
      <JsonLd data={touristAttractionLd(doc, path)} />
      <PageHeader
        title={doc.name}
        titleLang={lang('name')}
        lead={doc.summary}
        leadLang={lang('summary')}
        eyebrow={t(`taxonomy.attractionCategories.${doc.category}`)}
        breadcrumbs={[
          { name: t('nav.home'), href: urls.home(locale) },
          { name: t('attractions.title'), href: urls.attractions(locale) },
          { name: doc.name, href: path },
        ]}
      />
      <div className="shell grid gap-12 py-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div>
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
        </div>
        <aside className="space-y-8" aria-label={t('attractions.practical')}>
          <FactPanel
            heading={{ id: 'practical', title: t('attractions.practical') }}
            facts={[
              {
                label: t('attractions.hours'),
                value: (
                  <OpeningHours
                    hours={doc.openingHours?.hours ?? []}
                    note={doc.openingHours?.note}
                    noteLang={lang('openingHours.note')}
                  />
                ),
              },
              {
                label: t('attractions.admission'),
                value:
                  admission || doc.admission?.note ? (
                    <>
                      {admission}
                      {doc.admission?.note && (
                        <span
                          lang={lang('admission.note')}
                          dir={lang('admission.note') ? 'ltr' : undefined}
                          className="block text-sm text-stone"
                        >
                          {doc.admission.note}
                        </span>
                      )}
                    </>
                  ) : null,
              },
              {
                label: t('attractions.transport'),
                value: doc.transport,
                lang: lang('transport'),
              },
              {
                label: t('attractions.accessibility'),
                value: doc.accessibility,
                lang: lang('accessibility'),
              },
              { label: t('attractions.address'), value: doc.address, lang: lang('address') },
              { label: t('attractions.district'), value: districtLink(doc.district, locale) },
              {
                label: t('attractions.phone'),
                value: doc.phone && <PhoneLink phone={doc.phone} />,
              },
              { label: t('attractions.website'), value: websiteLink(doc.website) },
            ]}
          />
          <LocationSection
            location={doc.location}
            name={doc.name}
            address={doc.address}
            locale={locale}
          />
        </aside>
      </div>
      <RelatedCards
        id="events-here"
        title={t('attractions.eventsHere')}
        className="shell py-6"
        cards={events.docs.map((event) => (
          <EventCard key={event.slug} event={event} locale={locale} />
        ))}
      />
      <RelatedCards
        id="nearby"
        title={t('attractions.nearby')}
        className="shell py-6"
        columns={4}
        cards={nearby.map((a) => (
          <AttractionCard key={a.slug} attraction={a} locale={locale} />
        ))}
      />
    </article>
  )
}
