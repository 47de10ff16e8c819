import type { Business, HomePage } from '@/payload-types'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { urls } from '@/lib/urls'
import type { WithFallback } from '@/lib/withFallback'

import { BusinessCard } from '../BusinessCard'
import { CardGrid } from '../CardGrid'
import { SectionHeading } from '../SectionHeading'

export async function HomeBusinesses({
  home,
  locale,
}: {
  home: WithFallback<HomePage>
  locale: Locale
}) {
  const t = await getTranslations('home')
  const featured = (home.doc.featuredBusinesses ?? []).filter(
    (b): b is Business => typeof b === 'object',
  )
  if (featured.length === 0) return null
  return (
    <section aria-labelledby="business">
      <SectionHeading
        id="business"
        title={t('business')}
        moreHref={urls.businesses(locale)}
        moreLabel={t('allBusinesses')}
      />
      <CardGrid columns={4}>
        {featured.slice(0, 4).map((business) => (
          <li key={business.slug}>
            <BusinessCard business={business} locale={locale} />
          </li>
        ))}
      </CardGrid>
    </section>
  )
}
