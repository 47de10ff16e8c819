type UserWithBusinesses =
  | {
      businesses?: (number | { id: number } | null)[] | null
    }
  | null
  | undefined

/** The ids of the businesses a partner belongs to, whether the relationship is populated or not. */
export function businessIdsOf(user: UserWithBusinesses): number[] {
  return (user?.businesses ?? [])
    .map((b) => (b && typeof b === 'object' ? b.id : b))
    .filter((id): id is number => typeof id === 'number')
}
