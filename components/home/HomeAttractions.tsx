import type { Attraction, HomePage } from '@/payload-types'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import { formatNumber } from '@/lib/format'
import { getAttractionCategoryCounts } from '@/lib/queries/attractions'
import { attractionCategories } from '@/lib/taxonomy'
import { urls, withQuery } from '@/lib/urls'
import type { WithFallback } from '@/lib/withFallback'

import { AttractionCard } from '../AttractionCard'
import { CardGrid } from '../CardGrid'
import { SectionHeading } from '../SectionHeading'

/** Places by kind (each a filtered list) and the editor's picks. */
export async function HomeAttractions({
  home,
  locale,
}: {
  home: WithFallback<HomePage>
  locale: Locale
}) {
  const [t, counts] = await Promise.all([getTranslations(), getAttractionCategoryCounts()])
  const featured = (home.doc.featuredAttractions ?? []).filter(
    (a): a is Attraction => typeof a === 'object',
  )
  return (
    <section aria-labelledby="places">
      <SectionHeading
        id="places"
        title={t('home.places')}
        moreHref={urls.attractions(locale)}
        moreLabel={t('home.allAttractions')}
      />
      <ul className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
        {attractionCategories
          .filter((c) => counts[c])
          .map((category) => (
            <li key={category}>
              <Link
                href={withQuery(urls.attractions(locale), { category })}
                className="flex min-h-20 flex-col justify-between rounded-xl bg-river p-3 text-white no-underline hover:bg-river-dark"
              >
                <span className="font-semibold leading-tight">
                  {t(`taxonomy.attractionCategories.${category}`)}
                </span>
                <span className="text-sm text-white/85">
                  {t('home.placesCount', {
                    count: counts[category],
                    formatted: formatNumber(counts[category], locale),
                  })}
                </span>
              </Link>
            </li>
          ))}
      </ul>
      {featured.length > 0 && (
        <CardGrid columns={4}>
          {featured.slice(0, 4).map((attraction) => (
            <li key={attraction.slug}>
              <AttractionCard attraction={attraction} locale={locale} />
            </li>
          ))}
        </CardGrid>
      )}
    </section>
  )
}
