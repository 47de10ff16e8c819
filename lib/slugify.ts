/** Lowercase ASCII words joined by hyphens; letters with accents lose them, everything else goes. */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A URL segment that could be a slug; anything else is a 404 without asking the database. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 80 && slugPattern.test(value)
}
