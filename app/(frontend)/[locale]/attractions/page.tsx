import type { Metadata } from 'next'

import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { AttractionCard } from '@/components/AttractionCard'
import { CardGrid } from '@/components/CardGrid'
import { CheckboxField } from '@/components/CheckboxField'
import { EmptyState } from '@/components/EmptyState'
import { FilterForm } from '@/components/FilterForm'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { ResultCount } from '@/components/ResultCount'
import { SelectField } from '@/components/SelectField'
import type { Locale } from '@/i18n/locales'
import { parseAttractionFilters } from '@/lib/filters/attractionFilters'
import type { SearchParams } from '@/lib/filters/params'
import { getAttractionList } from '@/lib/queries/attractions'
import { findDistrict, getDistricts } from '@/lib/queries/districts'
import { siteMetadata } from '@/lib/siteMetadata'
import { attractionCategories } from '@/lib/taxonomy'
import { urls, withQuery } from '@/lib/urls'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> }

// Filters live in the query string, so the page renders per request; its data still comes from
// the tagged data cache, so a repeated view issues no SQL.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  const { page, ...filters } = parseAttractionFilters(await searchParams)
  const t = await getTranslations({ locale, namespace: 'attractions' })
  return siteMetadata(locale, {
    path: urls.attractions,
    title: t('title'),
    description: t('lead'),
    noIndex: page > 1 || Object.values(filters).some(Boolean),
  })
}

export default async function AttractionsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const filters = parseAttractionFilters(await searchParams)
  const [districts, district] = await Promise.all([
    getDistricts(locale),
    findDistrict(locale, filters.district),
  ])
  const [t, result] = await Promise.all([
    getTranslations(),
    getAttractionList(locale, {
      category: filters.category,
      free: filters.free,
      page: filters.page,
      districtId: district?.id,
    }),
  ])
  if (filters.page > Math.max(1, result.totalPages)) notFound()
  const query = { category: filters.category, district: district?.slug, free: filters.free }
  return (
    <>
      <PageHeader
        title={t('attractions.title')}
        lead={t('attractions.lead')}
        breadcrumbs={[
          { name: t('nav.home'), href: urls.home(locale) },
          { name: t('attractions.title'), href: urls.attractions(locale) },
        ]}
      />
      <div className="shell py-10">
        <FilterForm action={urls.attractions(locale)} resetHref={urls.attractions(locale)}>
          <SelectField
            name="category"
            label={t('filters.category')}
            anyLabel={t('filters.all')}
            value={filters.category}
            options={attractionCategories.map((c) => ({
              value: c,
              label: t(`taxonomy.attractionCategories.${c}`),
            }))}
          />
          <SelectField
            name="district"
            label={t('filters.district')}
            anyLabel={t('filters.all')}
            value={district?.slug}
            options={districts.map((d) => ({ value: d.slug, label: d.name }))}
          />
          <CheckboxField name="free" label={t('filters.freeOnly')} checked={filters.free} />
        </FilterForm>
        <ResultCount text={t('results.attractions', { count: result.totalDocs })} />
        {result.docs.length ? (
          <CardGrid>
            {result.docs.map((attraction) => (
              <li key={attraction.slug}>
                <AttractionCard attraction={attraction} locale={locale} headingLevel="h2" />
              </li>
            ))}
          </CardGrid>
        ) : (
          <EmptyState title={t('results.none')}>{t('results.noneHint')}</EmptyState>
        )}
        <Pagination
          page={filters.page}
          totalPages={result.totalPages}
          href={(page) => withQuery(urls.attractions(locale), { ...query, page })}
        />
      </div>
    </>
  )
}
