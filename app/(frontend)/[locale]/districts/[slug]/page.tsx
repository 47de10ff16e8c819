import type { Metadata } from 'next'

import { getTranslations } from 'next-intl/server'

import { AttractionCard } from '@/components/AttractionCard'
import { BusinessCard } from '@/components/BusinessCard'
import { EventCard } from '@/components/EventCard'
import { FallbackNotice } from '@/components/FallbackNotice'
import { LocationSection } from '@/components/LocationSection'
import { PageHeader } from '@/components/PageHeader'
import { RelatedCards } from '@/components/RelatedCards'
import type { Locale } from '@/i18n/locales'
import { detailMetadata, loadDetail } from '@/lib/detailPage'
import { currentHour } from '@/lib/dates'
import { picture } from '@/lib/media'
import { getAttractionList } from '@/lib/queries/attractions'
import { getBusinessList } from '@/lib/queries/businesses'
import { getDistrict } from '@/lib/queries/districts'
import { getEventList } from '@/lib/queries/events'
import { urls, withQuery } from '@/lib/urls'
import { fallbackLang } from '@/lib/withFallback'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

/** None at build time; each document renders on its first visit and is then served from the
 * cache (ISR) until a publish revalidates its tag. Without this the page renders per request. */
export function generateStaticParams() {
  return []
}

// Shows upcoming events, which move with the clock.
export const revalidate = 3600

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return detailMetadata(params, getDistrict, (doc, slug) => ({
    path: (l) => urls.district(slug, l),
    title: doc.seo?.title || doc.name,
    description: doc.seo?.description || doc.summary,
    image: picture(doc.seo?.image || doc.image, 'og'),
  }))
}

/** What there is in a district: its places, what is on, and who works there. */
export default async function DistrictPage({ params }: Props) {
  const { locale, slug, found, doc } = await loadDetail(params, getDistrict)
  const [t, attractions, events, businesses] = await Promise.all([
    getTranslations(),
    getAttractionList(locale, { districtId: doc.id, free: false, page: 1 }, 8),
    getEventList(locale, { window: { from: currentHour() }, districtId: doc.id, limit: 6 }),
    getBusinessList(locale, { districtId: doc.id, page: 1 }, 8),
  ])
  const path = urls.district(slug, locale)
  const sections = [
    {
      id: 'places',
      title: t('districts.attractions'),
      moreHref: withQuery(urls.attractions(locale), { district: slug }),
      moreLabel: t('home.allAttractions'),
      cards: attractions.docs.map((a) => (
        <AttractionCard key={a.slug} attraction={a} locale={locale} />
      )),
    },
    {
      id: 'events',
      title: t('districts.events'),
      moreHref: withQuery(urls.events(locale), { district: slug }),
      moreLabel: t('home.allEvents'),
      cards: events.docs.map((e) => <EventCard key={e.slug} event={e} locale={locale} />),
    },
    {
      id: 'businesses',
      title: t('districts.businesses'),
      moreHref: withQuery(urls.businesses(locale), { district: slug }),
      moreLabel: t('home.allBusinesses'),
      cards: businesses.docs.map((b) => <BusinessCard key={b.slug} business={b} locale={locale} />),
    },
  ]
  const none = <p className="text-stone">{t('districts.none')}</p>
  return (
    <>
      <PageHeader
        title={doc.name}
        titleLang={fallbackLang(found, 'name')}
        lead={doc.summary}
        leadLang={fallbackLang(found, 'summary')}
        breadcrumbs={[
          { name: t('nav.home'), href: urls.home(locale) },
          { name: t('districts.title'), href: urls.districts(locale) },
          { name: doc.name, href: path },
        ]}
      />
      <div className="shell space-y-14 py-10">
        <FallbackNotice fields={found.fallback} />
        {sections.map((section) => (
          <RelatedCards key={section.id} {...section} columns={4} empty={none} />
        ))}
        <LocationSection
          location={doc.location}
          name={doc.name}
          locale={locale}
          className="max-w-xl"
        />
      </div>
    </>
  )
}
