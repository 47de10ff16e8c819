import type { Metadata } from 'next'

import { getTranslations } from 'next-intl/server'

import { SearchView } from '@/components/SearchView'
import { filteredLists } from '@/lib/filters/filteredLists'
import { loadListFilters, type ListParams } from '@/lib/listPage'
import { siteMetadata } from '@/lib/siteMetadata'
import { urls } from '@/lib/urls'

type Props = { params: ListParams }

/**
 * None at build time: each search (words, type, page) renders on its first visit, then comes from
 * the cache until a publish in any searched collection revalidates it (lib/search). Words asked
 * only once are not kept (lib/cache/memoryCacheHandler.mjs).
 */
export function generateStaticParams() {
  return []
}

// An event hit shows its next date, which moves on without a publish.
export const revalidate = 3600

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

export default async function SearchPage({ params }: Props) {
  const { locale, filters } = await loadListFilters(params, filteredLists.search)
  return <SearchView locale={locale} q={filters.q ?? ''} type={filters.type} page={filters.page} />
}
