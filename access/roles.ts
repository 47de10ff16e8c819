/** The one list of roles. Admins run the site, editors run the content, partners own their businesses' events. */
export const roles = ['admin', 'editor', 'partner'] as const
export type Role = (typeof roles)[number]

type MaybeUser = { roles?: Role[] | null } | null | undefined

export const hasRole = (user: MaybeUser, ...wanted: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => wanted.includes(role)))

export const isStaffUser = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')
