import { docCollections, type DocCollection } from './docCollections'

/** Every visitor collection but districts, which are places to browse rather than results. */
export type SearchType = Exclude<DocCollection, 'districts'>
export const searchTypes = docCollections.filter((c): c is SearchType => c !== 'districts')

export type SearchSource = { title: string; summary?: string; image: string; date?: string }

/**
 * The fields a hit of each type shows. Search matches the localized `title` and `summary` text,
 * which the database indexes for it (lib/database/addIndexes.ts).
 */
export const searchSources: Record<SearchType, SearchSource> = {
  articles: { title: 'title', summary: 'excerpt', image: 'heroImage', date: 'publishedAt' },
  attractions: { title: 'name', summary: 'summary', image: 'images' },
  events: { title: 'title', summary: 'summary', image: 'images', date: 'startsAt' },
  businesses: { title: 'name', image: 'logo' },
}

/** The localized text search matches: the title, and the summary where there is one. */
export function searchedFields(source: SearchSource): string[] {
  return [source.title, source.summary].filter((field): field is string => Boolean(field))
}
