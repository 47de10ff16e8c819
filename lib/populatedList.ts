/** The populated documents of a relationship list (ids mean the relation was not populated). */
export const populatedList = <T>(list: unknown[] | null | undefined): T[] =>
  (list ?? []).filter((item): item is T => Boolean(item) && typeof item === 'object')
