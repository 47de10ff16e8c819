import type { Metadata } from 'next'

import { getTranslations } from 'next-intl/server'

import { SearchView } from '@/components/SearchView'
import { filteredLists } from '@/lib/filters/filteredLists'
import { assertPageExists, listLoader, loadListFilters, type ListParams } from '@/lib/listPage'
import { searchResults } from '@/lib/search'
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

/**
 * The words, type and page asked for, and their hits: a 404 for the page and its metadata alike.
 */
const load = listLoader(async (address) => {
  const { locale, filters } = loadListFilters(address, filteredLists.search)
  const results = await searchResults(locale, filters)
  // Only one type's hits come in pages.
  if (filters.type) assertPageExists(filters.page, results.totalPages)
  return { locale, filters, results }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // As listMetadata does: a search past its last page answers with the 404's title.
  const { locale } = await load(params)
  const t = await getTranslations({ locale, namespace: 'search' })
  return siteMetadata(locale, {
    path: (l) => urls.search(l),
    title: t('title'),
    description: t('lead'),
    noIndex: true,
  })
}

export default async function SearchPage({ params }: Props) {
  const { locale, filters, results } = await load(params)
  return <SearchView locale={locale} filters={filters} results={results} />
}
