import type { Metadata } from 'next'

import { getTranslations, setRequestLocale } from 'next-intl/server'

import { SearchView } from '@/components/SearchView'
import type { Locale } from '@/i18n/locales'
import { oneOfParam, pageParam, param, type SearchParams } from '@/lib/filters/params'
import { normaliseQuery, searchTypes } from '@/lib/search'
import { siteMetadata } from '@/lib/siteMetadata'
import { urls } from '@/lib/urls'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> }

// The query lives in the query string, so the page renders per request; its data still comes
// from the tagged data cache, so a repeated search issues no SQL. Without a query the proxy sends
// the visitor to the cached page beside it (%5Fstart).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'search' })
  return siteMetadata(locale, {
    path: (l) => urls.search(l),
    title: t('title'),
    description: t('lead'),
    noIndex: true,
  })
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = await searchParams
  return (
    <SearchView
      locale={locale}
      q={normaliseQuery(param(query, 'q'))}
      type={oneOfParam(query, 'type', searchTypes)}
      page={pageParam(query)}
    />
  )
}
