import type { Access, Where } from 'payload'

import { idOf } from '@/lib/idOf'

import { businessIdsOf } from './businessIdsOf'
import { partnerOwns } from './partnerOwns'
import { hasRole, isStaffUser } from './roles'

/** Read: published events for everyone, plus a partner's own organisations' drafts. */
export const readEvents: Access = ({ req: { user } }): boolean | Where => {
  if (isStaffUser(user)) return true
  const own = hasRole(user, 'partner') ? businessIdsOf(user) : []
  if (own.length === 0) return { _status: { equals: 'published' } }
  return { or: [{ _status: { equals: 'published' } }, partnerOwns.events(user)] }
}

/** Create: staff, or a partner organising the event for one of their own businesses. */
export const createEvents: Access = ({ req: { user }, data }) => {
  if (isStaffUser(user)) return true
  if (!hasRole(user, 'partner')) return false
  const organizer = idOf(data?.organizer)
  // Without data (the admin asking "may I create at all?") a partner with a business may.
  if (organizer === undefined) return businessIdsOf(user).length > 0
  return businessIdsOf(user).includes(Number(organizer))
}

/** Update: staff, or a partner on their own organisations' events. */
export const updateEvents: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  if (!hasRole(user, 'partner')) return false
  return partnerOwns.events(user)
}

/** Delete: staff; a partner only their own events that never went live. */
export const deleteEvents: Access = ({ req: { user } }): boolean | Where => {
  if (isStaffUser(user)) return true
  if (!hasRole(user, 'partner')) return false
  return { and: [partnerOwns.events(user), { _status: { equals: 'draft' } }] }
}
