import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'

import { tags } from './cacheTags'
import { getPayload } from './payload'

export const getLatestArticles = (locale: Locale, limit: number) =>
  unstable_cache(
    async () => {
      const payload = await getPayload()
      const { docs } = await payload.find({
        collection: 'articles',
        locale,
        limit,
        depth: 1,
        sort: '-publishedAt',
        where: { _status: { equals: 'published' } },
        overrideAccess: false,
      })
      return docs
    },
    ['articles:latest', locale, String(limit)],
    { tags: [tags.collection('articles')] },
  )()
