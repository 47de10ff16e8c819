import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import type { Locale } from '@/i18n/locales'

import type { FilteredList } from './filters/filteredLists'
import { queryOfSegment } from './filters/filterSegment'

export type ListParams = Promise<{ locale: Locale; query: string }>

/**
 * The opening every filtered list page shares (lib/filters/filteredLists): the locale for
 * next-intl and the filters its segment names; a segment the proxy would not have written is a 404.
 */
export async function loadListFilters<F>(params: ListParams, list: FilteredList<F>) {
  const { locale, query } = await params
  setRequestLocale(locale)
  const search = queryOfSegment(query)
  const filters = search === null ? null : list.filtersOf(search)
  if (!filters) notFound()
  return { locale, filters }
}
