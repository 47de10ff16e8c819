/**
 * The category lists, each defined once. Labels live in messages/<locale>.json under
 * `taxonomy.<list>.<value>`, so the admin options and the visitor filters never drift apart.
 */
export const articleCategories = ['economy', 'business', 'culture', 'travel', 'city'] as const
export const attractionCategories = [
  'industrial-heritage',
  'historic-street',
  'shopping',
  'museum',
  'nature',
  'food',
  'landmark',
] as const
export const eventCategories = [
  'expo',
  'forum',
  'festival',
  'exhibition',
  'performance',
  'sport',
  'competition',
  'market',
] as const
export const businessSectors = [
  'semiconductors',
  'electronics',
  'automotive',
  'logistics',
  'finance',
  'retail',
  'hospitality',
  'materials',
  'culture',
  'exhibitions',
] as const
export const eventStatuses = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const
export const reviewStatuses = ['draft', 'pending', 'approved', 'rejected'] as const

export type ArticleCategory = (typeof articleCategories)[number]
export type AttractionCategory = (typeof attractionCategories)[number]
export type EventCategory = (typeof eventCategories)[number]
export type BusinessSector = (typeof businessSectors)[number]
export type EventStatus = (typeof eventStatuses)[number]
export type ReviewStatus = (typeof reviewStatuses)[number]

/** Admin select options: the value, title-cased, as the editor-facing label. */
export function options(values: readonly string[]) {
  return values.map((value) => ({
    value,
    label: value.replace(
      /(^|-)(\w)/g,
      (_, dash: string, c: string) => (dash ? ' ' : '') + c.toUpperCase(),
    ),
  }))
}

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value)
}
