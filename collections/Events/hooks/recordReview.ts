import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { isStaffUser } from '@/access/roles'
import { customKey } from '@/i18n/adminTranslations'

/**
 * Staff decisions. Publishing approves; rejecting needs a reason and is saved as a draft, so a
 * live version stays up. Each decision stamps who and when on the version it creates, so the
 * version history is the review log. Saves without a user (seed, scheduled publishing of a job
 * queued by nobody) are trusted like staff.
 */
export const recordReview: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (req.user && !isStaffUser(req.user)) return data

  if (data._status === 'published') {
    if (data.reviewStatus === 'rejected') {
      throw new ValidationError({
        errors: [{ path: 'reviewStatus', message: req.t(customKey('rejectedCannotPublish')) }],
      })
    }
    data.reviewStatus = 'approved'
  }
  if (data.reviewStatus === 'rejected' && !String(data.reviewNote ?? '').trim()) {
    throw new ValidationError({
      errors: [{ path: 'reviewNote', message: req.t(customKey('rejectedNeedsReason')) }],
    })
  }
  const decided = data.reviewStatus === 'approved' || data.reviewStatus === 'rejected'
  if (decided && data.reviewStatus !== originalDoc?.reviewStatus) {
    data.reviewedBy = req.user?.id ?? null
    data.reviewedAt = new Date().toISOString()
  }
  return data
}
