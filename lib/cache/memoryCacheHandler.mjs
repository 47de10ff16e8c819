// Next's own page and data cache (its FileSystemCache: the same memory LRU, tags and revalidation)
// without the disk half, which wrote one set of files per address asked, made-up slugs and search
// words included, and kept them until a restart. In memory, the least recently used page goes
// first, within next.config.mjs's cacheMaxMemorySize. Next's optimised images keep their own
// disk cache, bounded by its LRU: a custom handler serves them only if asked to.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

// Node hands this CommonJS module over whole (the class is its `default`); Turbopack, which also
// bundles this file into the proxy, hands over the class itself.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache

/** The tag of search results' data (lib/cacheTags.ts: `searchResults`). */
const searchResultsTag = 'search'
const rememberedMax = 10_000
/** Keys of answers anyone can invent that were rendered once, oldest first. */
const renderedOnce = new Map()

/**
 * What anyone can invent without end: a search (its page, under lib/filters/filterSegment's
 * folder, and its data) and a made-up address (its 404; not the one 404 page per language that
 * proxy.ts sends unroutable addresses to). Kept from its second render on, as lib/http keeps a
 * page's gzip, so a flood of one-off words or slugs never pushes out of memory the pages everyone
 * reads. The names are written out here: Node loads this file as it is, so it cannot import
 * those TypeScript modules.
 */
function inventable(key, data, context) {
  if (data?.kind === 'APP_PAGE')
    return key.includes('/search/_filter/') || (data.status === 404 && !key.endsWith('/_missing'))
  return data?.kind === 'FETCH' && Boolean(context?.tags?.includes(searchResultsTag))
}

/** Whether this key was rendered before; remembers it either way, the most recent `rememberedMax`. */
function renderedBefore(key) {
  const before = renderedOnce.delete(key)
  renderedOnce.set(key, true)
  if (renderedOnce.size > rememberedMax) renderedOnce.delete(renderedOnce.keys().next().value)
  return before
}

export default class MemoryCacheHandler extends FileSystemCache {
  constructor(context) {
    super({ ...context, flushToDisk: false })
  }

  async set(key, data, context) {
    if (inventable(key, data, context) && !renderedBefore(key)) return
    return super.set(key, data, context)
  }
}
