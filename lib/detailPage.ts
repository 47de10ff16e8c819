import type { Metadata } from 'next'

import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

import { getPreviewViewer } from './previewViewer'
import { siteMetadata } from './siteMetadata'
import { isSlug } from './slugify'
import type { WithFallback } from './withFallback'

type Params = Promise<{ locale: Locale; slug: string }>
type GetDoc<T> = (
  slug: string,
  locale: Locale,
  viewer?: User | null,
) => Promise<WithFallback<T> | null>
type Describe<T> = (doc: T, slug: string) => Parameters<typeof siteMetadata>[1]

/**
 * The opening every detail page shares: the locale for next-intl, a 404 for anything that is not
 * a slug or not published (drafts only for staff previewing), and the document with its fallback.
 */
export async function loadDetail<T>(params: Params, getDoc: GetDoc<T>) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  if (!isSlug(slug)) notFound()
  const found = await getDoc(slug, locale, await getPreviewViewer())
  if (!found) notFound()
  return { locale, slug, found, doc: found.doc }
}

/**
 * A detail page's metadata from the document the page shows. Loading it as the page does, an
 * unknown slug throws the same notFound() here, so the 404 keeps its own title once the page
 * hydrates (lib/notFoundMetadata), as a list's does (lib/listPage).
 */
export async function detailMetadata<T>(
  params: Params,
  getDoc: GetDoc<T>,
  describe: Describe<T>,
): Promise<Metadata> {
  const { locale, slug, doc } = await loadDetail(params, getDoc)
  return siteMetadata(locale, describe(doc, slug))
}
