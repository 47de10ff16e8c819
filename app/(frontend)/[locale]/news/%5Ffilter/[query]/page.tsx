import type { Metadata } from 'next'

import { getTranslations } from 'next-intl/server'

import { ArticleCard } from '@/components/ArticleCard'
import { ChipLinks } from '@/components/ChipLinks'
import { ListResults } from '@/components/ListResults'
import { PageHeader } from '@/components/PageHeader'
import { ResultCount } from '@/components/ResultCount'
import { filteredLists } from '@/lib/filters/filteredLists'
import { getArticleList } from '@/lib/queries/articles'
import {
  assertPageExists,
  listLoader,
  listMetadata,
  loadListFilters,
  type ListParams,
} from '@/lib/listPage'
import { articleCategories } from '@/lib/taxonomy'
import { urls, withQuery } from '@/lib/urls'

type Props = { params: ListParams }

/** None at build time: each filter combination renders on its first visit, then comes from the
 * cache until a publish revalidates its tags (lib/filters/filteredLists). */
export function generateStaticParams() {
  return []
}

export const revalidate = 3600

/** The filters and their page of articles: a 404 for the page and its metadata alike. */
const load = listLoader(async (address) => {
  const { locale, filters } = loadListFilters(address, filteredLists.news)
  const result = await getArticleList(locale, filters)
  assertPageExists(filters.page, result.totalPages)
  return { locale, filters, result }
})

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return listMetadata(params, 'news', load)
}

export default async function NewsPage({ params }: Props) {
  const { locale, filters, result } = await load(params)
  const t = await getTranslations()
  const href = (query: Record<string, string | number | undefined>) =>
    withQuery(urls.news(locale), query)
  return (
    <>
      <PageHeader
        title={t('news.title')}
        lead={t('news.lead')}
        breadcrumbs={[
          { name: t('nav.home'), href: urls.home(locale) },
          { name: t('news.title'), href: urls.news(locale) },
        ]}
      />
      <div className="shell py-10">
        <ChipLinks
          label={t('filters.category')}
          chips={[
            { href: href({}), label: t('filters.all'), current: !filters.category },
            ...articleCategories.map((category) => ({
              href: href({ category }),
              label: t(`taxonomy.articleCategories.${category}`),
              current: filters.category === category,
            })),
          ]}
        />
        <ListResults
          summary={<ResultCount text={t('results.articles', { count: result.totalDocs })} />}
          items={result.docs}
          card={(article) => <ArticleCard article={article} locale={locale} headingLevel="h2" />}
          empty={{ title: t('results.none') }}
          page={filters.page}
          totalPages={result.totalPages}
          href={(page) => href({ category: filters.category, page })}
        />
      </div>
    </>
  )
}
