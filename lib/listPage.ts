import type { Metadata } from 'next'

import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'

import type { FilteredList, FilteredSection } from './filters/filteredLists'
import { noFilters, queryOfSegment } from './filters/filterSegment'
import { findDistrict, getDistricts } from './queries/districts'
import { siteMetadata } from './siteMetadata'
import { urls } from './urls'

/** A filtered list's address: its language and the segment that names its filters. */
type ListAddress = { locale: Locale; query: string }
export type ListParams = Promise<ListAddress>

/**
 * A list page (or its metadata) as the unfiltered list at the bare address (`/en/events`): a plain
 * visit needs no proxy there (proxy.ts), and a query with any filter still goes through it.
 */
export const unfiltered =
  <R>(page: (props: { params: ListParams }) => R) =>
  ({ params }: { params: Promise<{ locale: Locale }> }) =>
    page({ params: params.then(({ locale }) => ({ locale, query: noFilters })) })

/**
 * The opening every filtered list page shares (lib/filters/filteredLists): the locale for
 * next-intl and the filters its segment names; a segment the proxy would not have written is a 404.
 */
export function loadListFilters<F>({ locale, query }: ListAddress, list: FilteredList<F>) {
  setRequestLocale(locale)
  const search = queryOfSegment(query)
  const filters = search === null ? null : list.filtersOf(search)
  if (!filters) notFound()
  return { locale, filters }
}

/**
 * What a list page loads, for the page and its metadata (listMetadata) alike: one load per render,
 * as React's cache() matches the address's two strings where the params Next hands each differ.
 */
export function listLoader<R>(load: (address: ListAddress) => Promise<R>) {
  const cached = cache((locale: Locale, query: string) => load({ locale, query }))
  return async (params: ListParams) => {
    const { locale, query } = await params
    return cached(locale, query)
  }
}

/**
 * What a list filtered by district as well loads (attractions, events, businesses): its filters,
 * the district's choices and the district they name, and the page of results `getPage` finds.
 */
export function districtListLoader<
  F extends { district?: string; page: number },
  R extends { totalPages: number },
>(list: FilteredList<F>, getPage: (locale: Locale, filters: F, districtId?: number) => Promise<R>) {
  return listLoader(async (address) => {
    const { locale, filters } = loadListFilters(address, list)
    const { districts, district } = await districtFilter(locale, filters.district)
    const result = await getPage(locale, filters, district?.id)
    assertPageExists(filters.page, result.totalPages)
    return { locale, filters, districts, district, result }
  })
}

/**
 * The district filter's choices and the district it names. Every filter combination is cached, so
 * a district that does not exist is a 404 rather than one more copy of the unfiltered list.
 */
async function districtFilter(locale: Locale, slug: string | undefined) {
  const [districts, district] = await Promise.all([
    getDistricts(locale),
    findDistrict(locale, slug),
  ])
  if (slug && !district) notFound()
  return { districts, district }
}

/** A page past the last one is a 404 (page 1 of an empty list is a page). */
export function assertPageExists(page: number, totalPages: number) {
  if (page > Math.max(1, totalPages)) notFound()
}

/**
 * A list's title and lead; every filtered or later page is noindex, since they all name the
 * unfiltered first page as canonical. `load` is what the page loads: where it finds no page (past
 * the last one, an unknown district), its notFound() here gives the 404 its own title, where the
 * list's title would otherwise replace it once the page hydrates (lib/notFoundMetadata).
 */
export async function listMetadata(
  params: ListParams,
  section: FilteredSection,
  load: (params: ListParams) => Promise<unknown>,
): Promise<Metadata> {
  await load(params)
  const { locale, query } = await params
  const t = await getTranslations({ locale, namespace: section })
  return siteMetadata(locale, {
    path: urls[section],
    title: t('title'),
    description: t('lead'),
    noIndex: query !== noFilters,
  })
}
