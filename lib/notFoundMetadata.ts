import type { Metadata } from 'next'

import { getTranslations } from 'next-intl/server'

import { defaultLocale, isLocale } from '@/i18n/locales'

/**
 * A 404's title, for the tab and the history, as not-found.tsx's `generateMetadata` and that of the
 * pages that only answer 404. Next writes it into the HTML, but React applies the metadata in the
 * page's RSC payload on hydration: so a page that may be a 404 throws its notFound() from its own
 * metadata too (lib/detailPage, lib/listPage), and the pages that are always one return this.
 * Next hands not-found.tsx the segment's params, though not the page: the locale comes from them,
 * as reading it from the request would turn the cached 404 (`_missing`) dynamic.
 */
export async function notFoundPageMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({
    locale: isLocale(locale) ? locale : defaultLocale,
    namespace: 'notFound',
  })
  return { title: t('title') }
}
