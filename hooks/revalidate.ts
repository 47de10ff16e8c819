import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { revalidateTag } from 'next/cache'

import { tags } from '@/lib/cacheTags'

type WithSlug = { id: number | string; slug?: string | null; _status?: string | null }

/**
 * Cached pages are tagged by collection (lists) and by collection + slug (detail pages); slugs are
 * shared by every locale, so one tag covers all nine languages. Outside Next (seed, tests, CLI)
 * there is no cache to clear and revalidateTag throws; that is expected and ignored.
 */
export function revalidate(list: string[], payloadLogger?: { debug: (msg: string) => void }) {
  for (const tag of list) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch {
      payloadLogger?.debug(`revalidate skipped outside Next: ${tag}`)
    }
  }
}

export const revalidateAfterChange: CollectionAfterChangeHook<WithSlug> = ({
  doc,
  previousDoc,
  collection,
  req,
  context,
}) => {
  if (context.disableRevalidate) return doc
  // Draft saves do not change what visitors see.
  if (doc._status === 'draft' && previousDoc?._status !== 'published') return doc
  const list = [tags.collection(collection.slug)]
  if (doc.slug) list.push(tags.doc(collection.slug, doc.slug))
  if (previousDoc?.slug && previousDoc.slug !== doc.slug)
    list.push(tags.doc(collection.slug, previousDoc.slug))
  revalidate(list, req.payload.logger)
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook<WithSlug> = ({
  doc,
  collection,
  req,
  context,
}) => {
  if (context.disableRevalidate) return doc
  const list = [tags.collection(collection.slug)]
  if (doc?.slug) list.push(tags.doc(collection.slug, doc.slug))
  revalidate(list, req.payload.logger)
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = ({ doc, global, req, context }) => {
  if (!context.disableRevalidate) revalidate([tags.global(global.slug)], req.payload.logger)
  return doc
}
