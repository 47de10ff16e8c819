import type { Where } from 'payload'

import type { User } from '@/payload-types'

import { defaultLocale, type Locale } from '@/i18n/locales'
import type { DocCollection } from '@/lib/docCollections'

import { getPayload } from '../payload'
import { withFallback, type WithFallback } from '../withFallback'

type Options = {
  depth: number
  /** Localized fields whose fallback to English the visitor should be told about. */
  fallbackFields: readonly string[]
  /** A staff member in draft mode sees the latest draft; everyone else the published version. */
  viewer?: User | null
}

/**
 * One document by slug in one locale, plus which of its fields fell back to English. Two reads
 * at most: the document as served, and (outside English) the same without fallback.
 */
export async function findDocBySlug<T>(
  collection: DocCollection,
  slug: string,
  locale: Locale,
  { depth, fallbackFields, viewer }: Options,
): Promise<WithFallback<T> | null> {
  const payload = await getPayload()
  const where: Where = { slug: { equals: slug } }
  const common = {
    collection,
    where,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    draft: Boolean(viewer),
    user: viewer ?? undefined,
    locale,
  } as const
  const { docs } = await payload.find({ ...common, depth })
  const doc = docs[0] as T | undefined
  if (!doc) return null
  if (locale === defaultLocale) return { doc, fallback: [] }
  const own = await payload.find({ ...common, depth: 0, fallbackLocale: false })
  return withFallback(doc, own.docs[0], fallbackFields)
}
