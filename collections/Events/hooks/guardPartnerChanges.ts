import type { CollectionBeforeChangeHook } from 'payload'

import { Forbidden, ValidationError } from 'payload'

import { businessIdsOf } from '@/access/businessIdsOf'
import { isStaffUser } from '@/access/roles'

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: number }).id : (value as number | undefined)

/**
 * What a partner may do to an event beyond "it is theirs": only draft and pending review states,
 * and only for their own businesses (so an event can never be moved to someone else's).
 */
export const guardPartnerChanges: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const user = req.user
  if (!user || isStaffUser(user)) return data

  if (data.reviewStatus && !['draft', 'pending'].includes(data.reviewStatus)) {
    throw new Forbidden(req.t)
  }
  const organizer = idOf(data.organizer ?? originalDoc?.organizer)
  if (organizer === undefined || !businessIdsOf(user).includes(Number(organizer))) {
    throw new ValidationError({
      errors: [{ path: 'organizer', message: 'Choose one of your own businesses as organiser.' }],
    })
  }
  // A partner's change to a live event goes back to review; the published version stays up.
  if (originalDoc?.reviewStatus === 'approved' && !data.reviewStatus) data.reviewStatus = 'draft'
  return data
}
