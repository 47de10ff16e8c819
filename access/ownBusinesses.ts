import type { Access, Where } from 'payload'

import { businessIdsOf } from './businessIdsOf'
import { partnerOwns } from './partnerOwns'
import { hasRole, isStaffUser } from './roles'

/** Read: published profiles, plus a partner's own drafts. */
export const readBusinesses: Access = ({ req: { user } }): boolean | Where => {
  if (isStaffUser(user)) return true
  const own = hasRole(user, 'partner') ? businessIdsOf(user) : []
  if (own.length === 0) return { _status: { equals: 'published' } }
  return { or: [{ _status: { equals: 'published' } }, partnerOwns.businesses(user)] }
}

/** Update: staff, or a partner on their own businesses' profiles. */
export const updateBusinesses: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  if (!hasRole(user, 'partner')) return false
  return partnerOwns.businesses(user)
}
