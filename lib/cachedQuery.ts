import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { tags as cacheTags } from './cacheTags'
import { rethrowMarkingOutage } from './outage/databaseOutage'

type Options<A extends unknown[]> = {
  /** Cache tags for these arguments; the revalidation hooks clear them on publish. */
  tags: (args: NoInfer<A>) => string[]
  /** Seconds, for queries whose answer changes with the clock (upcoming events). */
  revalidate?: number
}

/**
 * Wraps a query in Next's data cache, keyed by its name and arguments, so a cached page render
 * issues no SQL at all. Arguments must be JSON-serialisable (locales, slugs, parsed filters).
 *
 * React's cache() on top shares one answer among the parts of a single render: the layout,
 * header, footer, metadata and page all ask for the site settings or the districts, and each
 * data-cache hit would otherwise look the entry up and parse its JSON again. It matches
 * arguments by identity, so calls with the same strings share; a fresh filter object does not.
 *
 * A failure for want of the database is marked for the error page (lib/outage/outageDigest): a
 * document the proxy does not see (proxy.ts) and that was never cached cannot get its 503.
 */
export function cachedQuery<A extends unknown[], R>(
  name: string,
  query: (...args: A) => Promise<R>,
  { tags, revalidate }: Options<A>,
): (...args: A) => Promise<R> {
  return cache((...args: A) =>
    unstable_cache(() => query(...args).catch(rethrowMarkingOutage), [name, JSON.stringify(args)], {
      // Every answer may show an image, so every answer also goes when media changes.
      tags: [...tags(args), cacheTags.collection('media')],
      revalidate,
    })(),
  )
}
