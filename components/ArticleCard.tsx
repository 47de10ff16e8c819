import { useTranslations } from 'next-intl'

import type { Article } from '@/payload-types'

import type { Locale } from '@/i18n/locales'
import { formatDate } from '@/lib/format'
import { picture } from '@/lib/media'
import { urls } from '@/lib/urls'
import { fallbackLang } from '@/lib/withFallback'

import { Card } from './Card'

type Props = {
  article: Pick<
    Article,
    'slug' | 'title' | 'excerpt' | 'heroImage' | 'category' | 'publishedAt' | 'updatedAt'
  > & { fallback?: string[] }
  locale: Locale
  headingLevel?: 'h2' | 'h3'
}

export function ArticleCard({ article, locale, headingLevel }: Props) {
  const t = useTranslations('taxonomy.articleCategories')
  const date = article.publishedAt ?? article.updatedAt
  return (
    <Card
      href={urls.article(article.slug, locale)}
      title={article.title}
      titleLang={fallbackLang(article, 'title')}
      image={picture(article.heroImage, 'card')}
      eyebrow={t(article.category)}
      summary={article.excerpt}
      summaryLang={fallbackLang(article, 'excerpt')}
      meta={<time dateTime={date}>{formatDate(date, locale)}</time>}
      headingLevel={headingLevel}
    />
  )
}
