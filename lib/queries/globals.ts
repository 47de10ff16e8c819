import type { Article, Attraction, Business, HomePage } from '@/payload-types'

import { defaultLocale, type Locale } from '@/i18n/locales'

import { tags } from '../cacheTags'
import { cachedQuery } from '../cachedQuery'
import { getPayload } from '../payload'
import { populatedList } from '../populatedList'
import { withFallback, type WithFallback } from '../withFallback'
import { markFallback } from './markFallback'

export const getSiteSettings = cachedQuery(
  'global:site-settings',
  async (locale: Locale) =>
    (await getPayload()).findGlobal({ slug: 'site-settings', locale, depth: 0 }),
  { tags: () => [tags.global('site-settings')] },
)

export const getNavigation = cachedQuery(
  'global:navigation',
  async () => (await getPayload()).findGlobal({ slug: 'navigation', depth: 0 }),
  { tags: () => [tags.global('navigation')] },
)

/** The home page global, with which of its texts fell back to English in this locale. */
export const getHomePage = cachedQuery(
  'global:home-page',
  async (locale: Locale): Promise<WithFallback<HomePage>> => {
    const payload = await getPayload()
    const doc = await payload.findGlobal({
      slug: 'home-page',
      locale,
      depth: 2,
      overrideAccess: false,
    })
    if (locale === defaultLocale) return { doc, fallback: [] }
    // The featured cards, like every list's, mark their texts that fell back to English.
    const [articles, attractions, businesses] = await Promise.all([
      markFallback('articles', locale, populatedList<Article>(doc.featuredArticles)),
      markFallback('attractions', locale, populatedList<Attraction>(doc.featuredAttractions)),
      markFallback('businesses', locale, populatedList<Business>(doc.featuredBusinesses)),
    ])
    doc.featuredArticles = articles
    doc.featuredAttractions = attractions
    doc.featuredBusinesses = businesses
    const own = await payload.findGlobal({
      slug: 'home-page',
      locale,
      depth: 0,
      fallbackLocale: false,
    })
    const figures = (doc.keyFigures ?? []).flatMap((_, i) =>
      ['label', 'unit', 'period'].map((field) => `keyFigures.${i}.${field}`),
    )
    return withFallback(doc, own, ['heroTitle', 'heroText', ...figures])
  },
  {
    tags: () => [
      tags.global('home-page'),
      tags.collection('articles'),
      tags.collection('attractions'),
      tags.collection('businesses'),
      // Featured places and businesses name their district.
      tags.collection('districts'),
    ],
  },
)
