import { articleCategories, type ArticleCategory } from '@/lib/taxonomy'

import { oneOfParam, pageParam, type SearchParams } from './params'

export type ArticleFilters = { category?: ArticleCategory; page: number }

export function parseArticleFilters(params: SearchParams): ArticleFilters {
  return { category: oneOfParam(params, 'category', articleCategories), page: pageParam(params) }
}
