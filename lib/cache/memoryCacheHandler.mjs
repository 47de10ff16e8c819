// Next's own page and data cache (its FileSystemCache: the same memory LRU, tags and revalidation)
// without the disk half, which wrote one set of files per address asked, made-up slugs and search
// words included, and kept them until a restart. In memory, the least recently used page goes
// first, within next.config.mjs's cacheMaxMemorySize. Next's optimised images keep their own
// disk cache, bounded by its LRU: a custom handler serves them only if asked to.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

// Node hands this CommonJS module over whole (the class is its `default`); Turbopack, which also
// bundles this file into the proxy, hands over the class itself.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache

export default class MemoryCacheHandler extends FileSystemCache {
  constructor(context) {
    super({ ...context, flushToDisk: false })
  }
}
