import type { Metadata } from 'next'

import { getTranslations } from 'next-intl/server'

import { AttractionCard } from '@/components/AttractionCard'
import { CheckboxField } from '@/components/CheckboxField'
import { FilterForm } from '@/components/FilterForm'
import { ListResults } from '@/components/ListResults'
import { PageHeader } from '@/components/PageHeader'
import { ResultCount } from '@/components/ResultCount'
import { SelectField } from '@/components/SelectField'
import { filteredLists } from '@/lib/filters/filteredLists'
import { getAttractionCategoryCounts, getAttractionList } from '@/lib/queries/attractions'
import { districtListLoader, listMetadata, type ListParams } from '@/lib/listPage'
import { attractionCategories } from '@/lib/taxonomy'
import { urls, withQuery } from '@/lib/urls'

type Props = { params: ListParams }

/** None at build time: each filter combination renders on its first visit, then comes from the
 * cache until a publish revalidates its tags (lib/filters/filteredLists). */
export function generateStaticParams() {
  return []
}

export const revalidate = 3600

/** The filters and their page of attractions, or a 404: for the page and its metadata alike. */
const load = districtListLoader(filteredLists.attractions, (locale, filters, districtId) =>
  getAttractionList(locale, {
    category: filters.category,
    free: filters.free,
    page: filters.page,
    districtId,
  }),
)

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return listMetadata(params, 'attractions', load)
}

export default async function AttractionsPage({ params }: Props) {
  const [{ locale, filters, districts, district, result }, counts] = await Promise.all([
    load(params),
    getAttractionCategoryCounts(),
  ])
  const t = await getTranslations()
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
            // Categories with nothing in them yet would only lead to an empty list.
            options={attractionCategories
              .filter((c) => counts[c] || filters.category === c)
              .map((c) => ({ value: c, label: t(`taxonomy.attractionCategories.${c}`) }))}
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
        <ListResults
          summary={<ResultCount text={t('results.attractions', { count: result.totalDocs })} />}
          items={result.docs}
          card={(attraction) => (
            <AttractionCard attraction={attraction} locale={locale} headingLevel="h2" />
          )}
          empty={{ title: t('results.none'), hint: t('results.noneHint') }}
          page={filters.page}
          totalPages={result.totalPages}
          href={(page) => withQuery(urls.attractions(locale), { ...query, page })}
        />
      </div>
    </>
  )
}
