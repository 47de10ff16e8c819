import type { Access } from 'payload'

import { partnerOwns } from './partnerOwns'
import { isStaffUser } from './roles'

/** Staff manage all media; anyone else only what they uploaded. */
export const ownMedia: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  if (!user) return false
  return partnerOwns.media(user)
}
