import type { Metadata } from 'next'

import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ArticleCard } from '@/components/ArticleCard'
import { CardGrid } from '@/components/CardGrid'
import { ChipLinks } from '@/components/ChipLinks'
import { EmptyState } from '@/components/EmptyState'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { ResultCount } from '@/components/ResultCount'
import type { Locale } from '@/i18n/locales'
import { parseArticleFilters } from '@/lib/filters/articleFilters'
import type { SearchParams } from '@/lib/filters/params'
import { getArticleList } from '@/lib/queries/articles'
import { siteMetadata } from '@/lib/siteMetadata'
import { articleCategories } from '@/lib/taxonomy'
import { urls, withQuery } from '@/lib/urls'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> }

// Filters live in the query string, so the page renders per request; its data still comes from
// the tagged data cache, so a repeated view issues no SQL.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  const filters = parseArticleFilters(await searchParams)
  const t = await getTranslations({ locale, namespace: 'news' })
  return siteMetadata(locale, {
    path: urls.news,
    title: t('title'),
    description: t('lead'),
    noIndex: Boolean(filters.category || filters.page > 1),
  })
}

export default async function NewsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const filters = parseArticleFilters(await searchParams)
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
