import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { isStaffUser } from '@/access/roles'

/**
 * Staff decisions: publishing approves, rejecting needs a reason. Who and when is kept by the
 * version history (every save is a version with its author and time).
 */
export const recordReview: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!isStaffUser(req.user) && req.user) return data
  if (data._status === 'published' && data.reviewStatus !== 'rejected')
    data.reviewStatus = 'approved'
  if (data.reviewStatus === 'rejected' && !String(data.reviewNote ?? '').trim()) {
    throw new ValidationError({
      errors: [
        { path: 'reviewNote', message: 'Give the partner a reason for rejecting the event.' },
      ],
    })
  }
  return data
}
