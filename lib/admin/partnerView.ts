import type { ClientUser, CollectionConfig, GlobalConfig, PayloadRequest, Where } from 'payload'

import type { User } from '@/payload-types'

import { partnerOwns } from '@/access/partnerOwns'
import { hasRole, isStaffUser } from '@/access/roles'

type Hidden = NonNullable<NonNullable<CollectionConfig['admin']>['hidden']>
type GlobalHidden = NonNullable<NonNullable<GlobalConfig['admin']>['hidden']>

/**
 * What a partner sees in the admin, in one place: only these collections, each listing only
 * their own documents. Everything else is hidden from their navigation and admin routes (an
 * allowlist, so a new collection starts hidden). This is presentation only: access functions
 * refuse the same things through every API.
 */
const partnerLists: Record<string, (user: PayloadRequest['user']) => Where> = partnerOwns

const hiddenFromPartners =
  (hidden: Hidden | GlobalHidden | undefined) =>
  ({ user }: { user: ClientUser | User | null }): boolean =>
    (typeof hidden === 'function' ? hidden({ user: user as never }) : Boolean(hidden)) ||
    !isStaffUser(user as never)

export function withPartnerView(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((c) => {
    const ownOnly = partnerLists[c.slug]
    if (!ownOnly)
      return { ...c, admin: { ...c.admin, hidden: hiddenFromPartners(c.admin?.hidden) } }
    const base = c.admin?.baseFilter
    return {
      ...c,
      admin: {
        ...c.admin,
        baseFilter: (args) =>
          hasRole(args.req.user, 'partner') && !isStaffUser(args.req.user)
            ? ownOnly(args.req.user)
            : (base?.(args) ?? null),
      },
    }
  })
}

export function withPartnerViewGlobals(globals: GlobalConfig[]): GlobalConfig[] {
  return globals.map((g) => ({
    ...g,
    admin: { ...g.admin, hidden: hiddenFromPartners(g.admin?.hidden) },
  }))
}
