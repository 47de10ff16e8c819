import type { Metadata } from 'next'

import { defaultLocale, localeInfo, locales, type Locale } from '@/i18n/locales'

import type { Picture } from './media'

type PageMeta = {
  locale: Locale
  /** The same page in any locale: canonical, hreflang alternates and og:url come from it. */
  path: (locale: Locale) => string
  title: string
  description?: string | null
  image?: Picture | null
  siteName: string
  type?: 'website' | 'article'
  /** Filtered, paged and search views are not worth indexing; their canonical is the plain list. */
  noIndex?: boolean
}

/** Title, description, canonical, hreflang for all nine locales plus x-default, OG and Twitter. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  image,
  siteName,
  type = 'website',
  noIndex = false,
}: PageMeta): Metadata {
  const languages: Record<string, string> = Object.fromEntries(
    locales.map((l) => [l.hreflang, path(l.code)]),
  )
  languages['x-default'] = path(defaultLocale)
  const images = image
    ? [{ url: image.src, width: image.width, height: image.height, alt: image.alt }]
    : undefined
  const text = description?.slice(0, 200) || undefined
  return {
    title,
    description: text,
    alternates: { canonical: path(locale), languages },
    openGraph: {
      type,
      title,
      description: text,
      url: path(locale),
      siteName,
      locale: localeInfo(locale).hreflang.replace('-', '_'),
      images,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description: text, images },
    ...(noIndex ? { robots: { index: false, follow: true } } : {}),
  }
}
