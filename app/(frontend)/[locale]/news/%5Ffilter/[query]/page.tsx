import type { Metadata } from 'next'

import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ArticleCard } from '@/components/ArticleCard'
import { CardGrid } from '@/components/CardGrid'
import { ChipLinks } from '@/components/ChipLinks'
import { EmptyState } from '@/components/EmptyState'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { ResultCount } from '@/components/ResultCount'
import { filteredLists } from '@/lib/filters/filteredLists'
import { getArticleList } from '@/lib/queries/articles'
import { loadListFilters, type ListParams } from '@/lib/listPage'
import { siteMetadata } from '@/lib/siteMetadata'
import { articleCategories } from '@/lib/taxonomy'
import { urls, withQuery } from '@/lib/urls'

type Props = { params: ListParams }

/** None at build time: each filter combination renders on its first visit, then comes from the
 * cache until a publish revalidates its tags (lib/filters/filteredLists). */
export function generateStaticParams() {
  return []
}

export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, filters } = await loadListFilters(params, filteredLists.news)
  const t = await getTranslations({ locale, namespace: 'news' })
  return siteMetadata(locale, {
    path: urls.news,
    title: t('title'),
    description: t('lead'),
    noIndex: Boolean(filters.category || filters.page > 1),
  })
}

export default async function NewsPage({ params }: Props) {
  const { locale, filters } = await loadListFilters(params, filteredLists.news)
  const [t, result] = await Promise.all([getTranslations(), getArticleList(locale, filters)])
  if (filters.page > Math.max(1, result.totalPages)) notFound()
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
        <ResultCount text={t('results.articles', { count: result.totalDocs })} />
        {result.docs.length ? (
          <CardGrid>
            {result.docs.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} locale={locale} headingLevel="h2" />
              </li>
            ))}
          </CardGrid>
        ) : (
          <EmptyState title={t('results.none')} />
        )}
        <Pagination
          page={filters.page}
          totalPages={result.totalPages}
          href={(page) => href({ category: filters.category, page })}
        />
      </div>
    </>
  )
}
