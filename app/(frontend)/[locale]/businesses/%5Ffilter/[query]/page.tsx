import type { Metadata } from 'next'

import { getTranslations } from 'next-intl/server'

import { BusinessCard } from '@/components/BusinessCard'
import { ChipLinks } from '@/components/ChipLinks'
import { FilterForm } from '@/components/FilterForm'
import { ListResults } from '@/components/ListResults'
import { PageHeader } from '@/components/PageHeader'
import { ResultCount } from '@/components/ResultCount'
import { SelectField } from '@/components/SelectField'
import { letters } from '@/lib/filters/businessFilters'
import { filteredLists } from '@/lib/filters/filteredLists'
import { countryName } from '@/lib/format'
import { localeInfo } from '@/i18n/locales'
import { getBusinessFacets, getBusinessList } from '@/lib/queries/businesses'
import { districtListLoader, listMetadata, type ListParams } from '@/lib/listPage'
import { businessSectors } from '@/lib/taxonomy'
import { urls, withQuery } from '@/lib/urls'

type Props = { params: ListParams }

/** None at build time: each filter combination renders on its first visit, then comes from the
 * cache until a publish revalidates its tags (lib/filters/filteredLists). */
export function generateStaticParams() {
  return []
}

export const revalidate = 3600

/** The filters and their page of businesses, or a 404: for the page and its metadata alike. */
const load = districtListLoader(filteredLists.businesses, (locale, filters, districtId) =>
  getBusinessList(locale, {
    sector: filters.sector,
    origin: filters.origin,
    letter: filters.letter,
    page: filters.page,
    districtId,
  }),
)

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return listMetadata(params, 'businesses', load)
}

export default async function BusinessesPage({ params }: Props) {
  const [{ locale, filters, districts, district, result }, { origins, initials }] =
    await Promise.all([load(params), getBusinessFacets()])
  const t = await getTranslations()
  const kept = { sector: filters.sector, district: district?.slug, origin: filters.origin }
  const href = (query: Record<string, string | number | undefined>) =>
    withQuery(urls.businesses(locale), query)
  return (
    <>
      <PageHeader
        title={t('businesses.title')}
        lead={t('businesses.lead')}
        breadcrumbs={[
          { name: t('nav.home'), href: urls.home(locale) },
          { name: t('businesses.title'), href: urls.businesses(locale) },
        ]}
      />
      <div className="shell py-10">
        <FilterForm
          action={urls.businesses(locale)}
          resetHref={urls.businesses(locale)}
          hidden={{ letter: filters.letter }}
        >
          <SelectField
            name="sector"
            label={t('filters.sector')}
            anyLabel={t('filters.all')}
            value={filters.sector}
            options={businessSectors.map((s) => ({
              value: s,
              label: t(`taxonomy.businessSectors.${s}`),
            }))}
          />
          <SelectField
            name="district"
            label={t('filters.district')}
            anyLabel={t('filters.all')}
            value={district?.slug}
            options={districts.map((d) => ({ value: d.slug, label: d.name }))}
          />
          <SelectField
            name="origin"
            label={t('filters.origin')}
            anyLabel={t('filters.all')}
            value={filters.origin}
            options={origins
              .map((code) => ({ value: code, label: countryName(code, locale) }))
              .sort((a, b) => a.label.localeCompare(b.label, locale))}
          />
        </FilterForm>
        {/* Letters a name starts with in this language's alphabet, and only those. */}
        {localeInfo(locale).script === 'Latn' && (
          <div className="mt-6">
            <ChipLinks
              label={t('businesses.letterLabel')}
              chips={[
                { href: href(kept), label: t('filters.all'), current: !filters.letter },
                ...letters
                  .filter((letter) => initials.includes(letter) || filters.letter === letter)
                  .map((letter) => ({
                    href: href({ ...kept, letter }),
                    label: letter.toUpperCase(),
                    current: filters.letter === letter,
                  })),
              ]}
            />
          </div>
        )}
        <ListResults
          summary={<ResultCount text={t('results.businesses', { count: result.totalDocs })} />}
          items={result.docs}
          card={(business) => (
            <BusinessCard business={business} locale={locale} headingLevel="h2" />
          )}
          columns={4}
          empty={{ title: t('results.none'), hint: t('results.noneHint') }}
          page={filters.page}
          totalPages={result.totalPages}
          href={(page) => href({ ...kept, letter: filters.letter, page })}
        />
      </div>
    </>
  )
}
