import type { Article, HomePage } from '@/payload-types'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getArticleList } from '@/lib/queries/articles'
import { urls } from '@/lib/urls'
import type { WithFallback } from '@/lib/withFallback'

import { ArticleCard } from '../ArticleCard'
import { CardGrid } from '../CardGrid'
import { SectionHeading } from '../SectionHeading'

/** The editor's featured stories, or the latest ones when none are chosen. */
export async function HomeStories({
  home,
  locale,
}: {
  home: WithFallback<HomePage>
  locale: Locale
}) {
  const t = await getTranslations('home')
  const featured = (home.doc.featuredArticles ?? []).filter(
    (a): a is Article => typeof a === 'object',
  )
  const stories = featured.length
    ? featured.slice(0, 3)
    : (await getArticleList(locale, { page: 1 }, 3)).docs
  if (stories.length === 0) return null
  return (
    <section aria-labelledby="stories">
      <SectionHeading
        id="stories"
        title={t('stories')}
        moreHref={urls.news(locale)}
        moreLabel={t('allNews')}
      />
      <CardGrid>
        {stories.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} locale={locale} />
          </li>
        ))}
      </CardGrid>
    </section>
  )
}
