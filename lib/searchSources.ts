import { currentHour } from './dates'
import { docCollections, type DocCollection } from './docCollections'
import { occurrenceIn, type Repeating } from './eventOccurrences'

/** Every visitor collection but districts, which are places to browse rather than results. */
export type SearchType = Exclude<DocCollection, 'districts'>
export const searchTypes = docCollections.filter((c): c is SearchType => c !== 'districts')

/** The date a hit shows: the fields it is read from, and how. */
type HitDate = { fields: string[]; of: (doc: Record<string, unknown>) => string | null }

export type SearchSource = { title: string; summary?: string; image: string; date?: HitDate }

const fieldDate = (field: string): HitDate => ({
  fields: [field],
  of: (doc) => (doc[field] as string | null) ?? null,
})

/** An event's next date, as its cards show it, rather than the first of a series. */
const nextDate: HitDate = {
  fields: ['startsAt', 'endsAt', 'allDay', 'recurrence'],
  of: (doc) => occurrenceIn(doc as Repeating, { from: currentHour() }).startsAt,
}

/**
 * The fields a hit of each type shows. Search matches the localized `title` and `summary` text,
 * which the database indexes for it (lib/database/addIndexes.ts).
 */
export const searchSources: Record<SearchType, SearchSource> = {
  articles: {
    title: 'title',
    summary: 'excerpt',
    image: 'heroImage',
    date: fieldDate('publishedAt'),
  },
  attractions: { title: 'name', summary: 'summary', image: 'images' },
  events: { title: 'title', summary: 'summary', image: 'images', date: nextDate },
  businesses: { title: 'name', image: 'logo' },
}

/** The localized text search matches: the title, and the summary where there is one. */
export function searchedFields(source: SearchSource): string[] {
  return [source.title, source.summary].filter((field): field is string => Boolean(field))
}
