import type { Article } from '@/payload-types'

import type { Locale } from '@/i18n/locales'

import { tags } from '../cacheTags'
import { cachedQuery } from '../cachedQuery'
import { cardSelect } from '../cardSelect'
import type { ArticleFilters } from '../filters/articleFilters'
import { getPayload } from '../payload'
import { docQuery } from './docQuery'
import { markFallback } from './markFallback'
import { pageSize } from './pageSize'

export const getArticleList = cachedQuery(
  'articles:list',
  async (locale: Locale, filters: ArticleFilters, limit: number = pageSize) => {
    const payload = await getPayload()
    const result = await payload.find({
      collection: 'articles',
      locale,
      depth: 1,
      limit,
      page: filters.page,
      sort: '-publishedAt',
      select: cardSelect.articles,
      where: filters.category ? { category: { equals: filters.category } } : {},
      overrideAccess: false,
    })
    return { ...result, docs: await markFallback('articles', locale, result.docs) }
  },
  { tags: () => [tags.collection('articles')] },
)

export const getArticle = docQuery<Article>('articles', {
  depth: 2,
  fallbackFields: ['title', 'excerpt', 'content'],
  embeds: ['attractions', 'events', 'businesses', 'articles'],
  related: {
    relatedAttractions: 'attractions',
    relatedEvents: 'events',
    relatedBusinesses: 'businesses',
  },
})
