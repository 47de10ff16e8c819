import type { Metadata } from 'next'

import { getTranslations } from 'next-intl/server'

import { districtLink } from '@/components/DistrictLink'
import { EventCard } from '@/components/EventCard'
import { FactPanel } from '@/components/FactPanel'
import { FallbackNotice } from '@/components/FallbackNotice'
import { JsonLd } from '@/components/JsonLd'
import { LocationMap } from '@/components/LocationMap'
import { PageHeader } from '@/components/PageHeader'
import { PhoneLink } from '@/components/PhoneLink'
import { RelatedCards } from '@/components/RelatedCards'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { RichText } from '@/components/RichText'
import { websiteLink } from '@/components/WebsiteLink'
import type { Locale } from '@/i18n/locales'
import { currentHour } from '@/lib/dates'
import { countryName, formatNumber } from '@/lib/format'
import { localBusinessLd } from '@/lib/jsonLd'
import { picture } from '@/lib/media'
import { getBusiness } from '@/lib/queries/businesses'
import { getEventList } from '@/lib/queries/events'
import { detailMetadata, loadDetail } from '@/lib/detailPage'
import { richTextSummary } from '@/lib/richTextSummary'
import { urls } from '@/lib/urls'
import { fallbackLang } from '@/lib/withFallback'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

/** None at build time; each document renders on its first visit and is then served from the
 * cache (ISR) until a publish revalidates its tag. Without this the page renders per request. */
export function generateStaticParams() {
  return []
}

// Lists this organisation's upcoming events, which move with the clock.
export const revalidate = 3600

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return detailMetadata(params, getBusiness, (doc, slug) => ({
    path: (l) => urls.business(slug, l),
    title: doc.seo?.title || doc.name,
    description: doc.seo?.description || richTextSummary(doc.description),
    image: picture(doc.seo?.image || doc.logo, 'og'),
  }))
}

export default async function BusinessPage({ params }: Props) {
  const { locale, slug, found, doc } = await loadDetail(params, getBusiness)
  const [t, events] = await Promise.all([
    getTranslations(),
    getEventList(locale, { window: { from: currentHour() }, organizerId: doc.id, limit: 6 }),
  ])
  const logo = picture(doc.logo, 'card')
  const path = urls.business(slug, locale)
  const lang = (field: string) => fallbackLang(found, field)
  return (
    <article>
      <JsonLd data={localBusinessLd(doc, path)} />
      <PageHeader
        title={doc.name}
        titleLang={lang('name')}
        eyebrow={t(`taxonomy.businessSectors.${doc.sector}`)}
        breadcrumbs={[
          { name: t('nav.home'), href: urls.home(locale) },
          { name: t('businesses.title'), href: urls.businesses(locale) },
          { name: doc.name, href: path },
        ]}
      />
      <div className="shell grid gap-12 py-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="profile">
          <h2 id="profile" className="steps-heading mb-6 text-2xl font-semibold">
            {t('businesses.profile')}
          </h2>
          <FallbackNotice fields={found.fallback} />
          <RichText data={doc.description} locale={locale} lang={lang('description')} />
        </section>
        <aside className="space-y-8" aria-label={t('businesses.contact')}>
          {logo && <ResponsiveImage image={logo} sizes="352px" className="w-full rounded-2xl" />}
          <FactPanel
            heading={{ id: 'contact', title: t('businesses.contact') }}
            facts={[
              { label: t('businesses.address'), value: doc.address, lang: lang('address') },
              { label: t('attractions.district'), value: districtLink(doc.district, locale) },
              { label: t('businesses.website'), value: websiteLink(doc.website) },
              { label: t('businesses.phone'), value: doc.phone && <PhoneLink phone={doc.phone} /> },
              {
                label: t('businesses.email'),
                value: doc.email ? (
                  <a href={`mailto:${doc.email}`} className="link break-all">
                    {doc.email}
                  </a>
                ) : null,
              },
              {
                label: t('businesses.founded'),
                value: doc.founded
                  ? formatNumber(doc.founded, locale, { useGrouping: false })
                  : null,
              },
              {
                label: t('businesses.origin'),
                value: doc.originCountry ? countryName(doc.originCountry, locale) : null,
              },
            ]}
          />
          {doc.location?.lat != null && doc.location.lng != null && (
            <LocationMap
              lat={doc.location.lat}
              lng={doc.location.lng}
              name={doc.name}
              address={doc.address}
              locale={locale}
            />
          )}
        </aside>
      </div>
      <RelatedCards
        id="events"
        title={t('businesses.events')}
        className="shell py-6"
        cards={events.docs.map((event) => (
          <EventCard key={event.slug} event={event} locale={locale} />
        ))}
      />
    </article>
  )
}
