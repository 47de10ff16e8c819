/** The id of a relationship value, whether it is populated (`{ id }`) or not. */
export const idOf = (value: unknown): number | undefined =>
  value && typeof value === 'object'
    ? (value as { id: number }).id
    : typeof value === 'number' || typeof value === 'string'
      ? Number(value)
      : undefined
