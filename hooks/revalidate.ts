import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { revalidateTag } from 'next/cache'

import { tags } from '@/lib/cacheTags'
import { revalidateToken } from '@/lib/revalidateToken'
import { selfOrigin } from '@/lib/selfOrigin'

type WithSlug = { id: number | string; slug?: string | null; _status?: string | null }

type Logger = { debug: (msg: string) => void; warn: (msg: string) => void }
type Req = { payloadAPI?: string; payload: { logger: Logger } }

/**
 * Cached pages are tagged by collection (lists) and by collection + slug (detail pages); slugs are
 * shared by every locale, so one tag covers all nine languages.
 *
 * Changes made through the REST or GraphQL API (the admin included) run inside a Next request,
 * where revalidateTag works. Local API changes may not: scheduled publishing runs on a timer
 * that can carry the store of a request long finished, and revalidateTag then silently does
 * nothing. Inside the Next server those go to this server's own revalidation route instead;
 * outside it (seed, tests, CLI) there is no cache to clear.
 */
export function revalidate(list: string[], req: Req) {
  const logger = req.payload.logger
  if (req.payloadAPI !== 'local') {
    for (const tag of list) revalidateTag(tag, { expire: 0 })
    return
  }
  if (!process.env.NEXT_RUNTIME) {
    logger.debug(`revalidate skipped outside Next: ${list.join(', ')}`)
    return
  }
  void fetch(`${selfOrigin()}/api/internal/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-revalidate-token': revalidateToken() },
    body: JSON.stringify({ tags: list }),
  })
    .then((res) => {
      if (!res.ok) logger.warn(`revalidation route answered ${res.status} for ${list.join(', ')}`)
    })
    .catch((error: unknown) =>
      logger.warn(`revalidation failed for ${list.join(', ')}: ${String(error)}`),
    )
}

/** Images appear on nearly every page, so a changed or removed file clears every cached query. */
export const revalidateMedia = ({
  req,
  context,
}: {
  req: { payload: { logger: Logger } }
  context: Record<string, unknown>
}) => {
  if (!context.disableRevalidate) revalidate([tags.collection('media')], req)
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
  revalidate(list, req)
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
  revalidate(list, req)
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = ({ doc, global, req, context }) => {
  if (!context.disableRevalidate) revalidate([tags.global(global.slug)], req)
  return doc
}
