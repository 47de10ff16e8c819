import type { Access } from 'payload'

import { hasRole, isStaffUser } from './roles'

/** Admins see every account, editors see accounts (to review partners), partners only their own. */
export const readUsers: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  if (!user) return false
  return { id: { equals: user.id } }
}

export const selfOrAdmin: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!user) return false
  return { id: { equals: user.id } }
}
