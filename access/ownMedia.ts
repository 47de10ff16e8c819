import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Staff manage all media; anyone else only what they uploaded. */
export const ownMedia: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  if (!user) return false
  return { uploadedBy: { equals: user.id } }
}
