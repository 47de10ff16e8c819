import type { MetadataRoute } from 'next'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { getPublishedSlugs } from '@/lib/queries/publishedSlugs'
import { docCollections } from '@/lib/docCollections'
import { absoluteUrl, docUrl, urls } from '@/lib/urls'

// Read at request time (from the data cache): the build has no database to list documents from.
export const dynamic = 'force-dynamic'

const sectionPages = [
  'home',
  'news',
  'attractions',
  'events',
  'businesses',
  'districts',
  'partners',
  'contact',
  'privacy',
] as const

/** One entry per page per locale, each listing all nine languages (and x-default) as alternates. */
function entries(path: (locale: Locale) => string, lastModified?: string): MetadataRoute.Sitemap {
  const languages = Object.fromEntries([
    ...locales.map((l) => [l.hreflang, absoluteUrl(path(l.code))]),
    ['x-default', absoluteUrl(path(defaultLocale))],
  ])
  return locales.map((l) => ({
    url: absoluteUrl(path(l.code)),
    lastModified,
    alternates: { languages },
  }))
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const documents = await Promise.all(docCollections.map((c) => getPublishedSlugs(c)))
  return [
    ...sectionPages.flatMap((page) => entries(urls[page])),
    ...docCollections.flatMap((collection, i) =>
      documents[i].flatMap(({ slug, updatedAt }) =>
        entries((locale) => docUrl(collection, slug, locale), updatedAt),
      ),
    ),
  ]
}
