import type { Metadata } from 'next'

import { getTranslations } from 'next-intl/server'
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
import { filteredLists } from '@/lib/filters/filteredLists'
import { getAttractionList } from '@/lib/queries/attractions'
import { findDistrict, getDistricts } from '@/lib/queries/districts'
import { loadListFilters, type ListParams } from '@/lib/listPage'
import { siteMetadata } from '@/lib/siteMetadata'
import { attractionCategories } from '@/lib/taxonomy'
import { urls, withQuery } from '@/lib/urls'

type Props = { params: ListParams }

/** None at build time: each filter combination renders on its first visit, then comes from the
 * cache until a publish revalidates its tags (lib/filters/filteredLists). */
export function generateStaticParams() {
  return []
}

export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const {
    locale,
    filters: { page, ...filters },
  } = await loadListFilters(params, filteredLists.attractions)
  const t = await getTranslations({ locale, namespace: 'attractions' })
  return siteMetadata(locale, {
    path: urls.attractions,
    title: t('title'),
    description: t('lead'),
    noIndex: page > 1 || Object.values(filters).some(Boolean),
  })
}

export default async function AttractionsPage({ params }: Props) {
  const { locale, filters } = await loadListFilters(params, filteredLists.attractions)
  const [districts, district] = await Promise.all([
    getDistricts(locale),
    findDistrict(locale, filters.district),
  ])
  // Every filter combination is cached, so a district that does not exist is a 404 rather
  // than one more copy of the unfiltered list.
  if (filters.district && !district) notFound()
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
