/** Cache tag names, shared by the cached queries in lib/ and the revalidation hooks. */
export const tags = {
  collection: (slug: string) => `c:${slug}`,
  doc: (collection: string, slug: string) => `d:${collection}:${slug}`,
  global: (slug: string) => `g:${slug}`,
  /** Search results' data, which lib/cache/memoryCacheHandler.mjs keeps only when asked again. */
  searchResults: 'search',
}
