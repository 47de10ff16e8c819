import type { Metadata } from 'next'

import { getTranslations } from 'next-intl/server'

import { defaultLocale, isLocale } from '@/i18n/locales'

/**
 * A 404's title, for the tab and the history. A detail page with an unknown slug and the pages for
 * unknown addresses return it as their own metadata: Next writes not-found.tsx's title into the
 * HTML, but the metadata in the page's RSC payload, which React applies on hydration, is the
 * page's, so the tab then read the site's name. (A list page that finds nothing to show throws
 * notFound() from its metadata instead: lib/listPage's listMetadata.)
 */
export async function notFoundMetadata(locale: string): Promise<Metadata> {
  const t = await getTranslations({
    locale: isLocale(locale) ? locale : defaultLocale,
    namespace: 'notFound',
  })
  return { title: t('title') }
}

/**
 * The same as a route's `generateMetadata`, for not-found.tsx and the pages that only answer 404.
 * Next hands not-found.tsx the segment's params, though not the page: the locale comes from them,
 * as reading it from the request would turn the cached 404 (`_missing`) dynamic.
 */
export async function notFoundPageMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  return notFoundMetadata((await params).locale)
}
