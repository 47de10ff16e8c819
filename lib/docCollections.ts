/**
 * The collections a visitor reads, each document with a public page of its own. The sitemap,
 * search, preview, URL builder and seed all take the list from here.
 */
export const docCollections = [
  'articles',
  'attractions',
  'events',
  'businesses',
  'districts',
] as const

export type DocCollection = (typeof docCollections)[number]

export function isDocCollection(value: unknown): value is DocCollection {
  return typeof value === 'string' && (docCollections as readonly string[]).includes(value)
}
