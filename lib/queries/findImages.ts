import type { Locale } from '@/i18n/locales'

import { getPayload } from '../payload'

/** The first document of an upload field read at depth 0 (an id, or a list of ids). */
export function firstUploadId(value: unknown): number | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'number' ? first : undefined
}

/**
 * Media documents by id, read once for a whole page of results in the visitor's locale: what
 * `depth: 1` gives each find, without a read per find.
 */
export async function findImages(ids: (number | undefined)[], locale: Locale) {
  const wanted = [...new Set(ids)].filter((id): id is number => id !== undefined)
  if (wanted.length === 0) return new Map<number, unknown>()
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection: 'media',
    locale,
    where: { id: { in: wanted } },
    depth: 0,
    limit: wanted.length,
    pagination: false,
    overrideAccess: false,
  })
  return new Map<number, unknown>(docs.map((doc) => [doc.id, doc]))
}
